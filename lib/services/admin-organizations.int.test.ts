/** Organization management against a real SQLite file: who may use it, and what each change does to memberships and sessions. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { isConsultantOf, isMemberOf } from "../auth/permissions";
import { actorForUser } from "./sessions";
import { db } from "../db";
import {
  actorFor,
  createAdmin,
  createConsultant,
  createExecutive,
  createMemberAssessment,
  createTenant,
  createTestOrganization,
  createTestUser,
  expectDomainError,
} from "../testing/accounts";
import { addOrganizationMember as addOrganizationMemberService, changeOrganizationMemberRole as changeOrganizationMemberRoleService, createOrganizationAsAdmin as createOrganizationAsAdminService, getOrganizationMembers, listAllOrganizations, removeOrganizationMember as removeOrganizationMemberService } from "./admin-organizations";
import { parsedBy } from "../testing/parsed-by";
import { ZAdminOrganizationCreate, ZMemberAdd, ZMemberRemove, ZMemberRoleChange } from "../validation/admin-organizations";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const addOrganizationMember = parsedBy(ZMemberAdd, addOrganizationMemberService);
const changeOrganizationMemberRole = parsedBy(ZMemberRoleChange, changeOrganizationMemberRoleService);
const createOrganizationAsAdmin = parsedBy(ZAdminOrganizationCreate, createOrganizationAsAdminService);
const removeOrganizationMember = parsedBy(ZMemberRemove, removeOrganizationMemberService);

afterAll(async () => {
  await db.$disconnect();
});

async function sessionVersionOf(userId: string): Promise<number> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

async function roleOf(userId: string, organizationId: string): Promise<string | null> {
  const membership = await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } }, select: { role: true } });
  return membership?.role ?? null;
}

/** Every operation, as calls that would succeed for an administrator; started one at a time by the caller. */
function everyOperation(actor: Actor, organizationId: string, target: { id: string; email: string }): (() => Promise<unknown>)[] {
  return [
    () => listAllOrganizations(actor),
    () => createOrganizationAsAdmin(actor, { name: `Refused ${randomUUID()}` }),
    () => getOrganizationMembers(actor, organizationId),
    () => addOrganizationMember(actor, { organizationId, email: target.email, role: "consultant" }),
    () => changeOrganizationMemberRole(actor, { organizationId, userId: target.id, role: "consultant" }),
    () => removeOrganizationMember(actor, { organizationId, userId: target.id }),
  ];
}

describe("who may manage organizations", () => {
  it("anonymous callers get 401 and nothing changes", async () => {
    const { organization, executive } = await createTenant();
    const outsider = await createTestUser();
    for (const call of everyOperation(ANONYMOUS, organization.id, executive.user)) await expectDomainError(call(), 401, "unauthenticated");
    for (const call of everyOperation(ANONYMOUS, organization.id, outsider)) await expectDomainError(call(), 401, "unauthenticated");
    expect(await roleOf(executive.user.id, organization.id)).toBe("executive");
    expect(await roleOf(outsider.id, organization.id)).toBeNull();
  });

  it("executives and consultants, even of the organization itself, are told it does not exist (404)", async () => {
    const { organization, consultant, executive } = await createTenant();
    const outsider = await createTestUser();
    const version = await sessionVersionOf(executive.user.id);
    const organizationsBefore = await db.organization.count();
    for (const actor of [consultant.actor, executive.actor]) {
      for (const call of everyOperation(actor, organization.id, executive.user)) await expectDomainError(call(), 404, "not_found");
      await expectDomainError(addOrganizationMember(actor, { organizationId: organization.id, email: outsider.email, role: "consultant" }), 404, "not_found");
    }
    expect(await db.organization.count()).toBe(organizationsBefore);
    expect(await roleOf(executive.user.id, organization.id)).toBe("executive");
    expect(await roleOf(outsider.id, organization.id)).toBeNull();
    expect(await sessionVersionOf(executive.user.id)).toBe(version);
  });

  it("an administrator without two-step verification is sent to set it up (403)", async () => {
    const { organization, executive } = await createTenant();
    const admin = await createAdmin({ secondFactor: false });
    for (const call of everyOperation(admin.actor, organization.id, executive.user)) await expectDomainError(call(), 403, "totp_setup_required");
  });
});

describe("listing organizations", () => {
  it("shows every organization with its profile, consultants, executives and results, and searches by name or firm", async () => {
    const admin = await createAdmin();
    const marker = randomUUID().slice(0, 8);
    const { id } = await createOrganizationAsAdmin(admin.actor, { name: `Listed ${marker}`, industry: "retail", sizeBand: "50_249", consultantFirmName: `Firm ${marker}` });
    const other = await createTestOrganization(`Other ${marker}`);
    await createConsultant([id]);
    const [first] = await Promise.all([createExecutive([id]), createExecutive([id])]);
    await createMemberAssessment(first.actor, id);
    await createMemberAssessment(first.actor, id, { draft: true });

    const byName = await listAllOrganizations(admin.actor, { q: `LISTED ${marker.toUpperCase()}` });
    expect(byName).toEqual({
      organizations: [
        expect.objectContaining({
          id,
          name: `Listed ${marker}`,
          industry: "retail",
          sizeBand: "50_249",
          consultantFirmName: `Firm ${marker}`,
          consultants: 1,
          executives: 2,
          results: 1,
        }),
      ],
      truncated: false,
    });
    const byMarker = await listAllOrganizations(admin.actor, { q: marker });
    expect(byMarker.organizations.map((organization) => organization.id).sort()).toEqual([id, other.id].sort());
    expect(byMarker.organizations.find((organization) => organization.id === other.id)).toMatchObject({ consultants: 0, executives: 0, results: 0 });
    const byFirm = await listAllOrganizations(admin.actor, { q: `firm ${marker}` });
    expect(byFirm.organizations.map((organization) => organization.id)).toEqual([id]);
  });

  it("refuses unknown search fields with 400", async () => {
    const admin = await createAdmin();
    await expectDomainError(listAllOrganizations(admin.actor, { q: "x", isPlatformAdmin: true }), 400, "invalid_request");
  });
});

describe("creating an organization", () => {
  it("creates it with the workspace's rules, without making the administrator a member", async () => {
    const admin = await createAdmin();
    const { id } = await createOrganizationAsAdmin(admin.actor, { name: "  Tailspin Toys  ", industry: "", sizeBand: "", consultantFirmName: "" });
    const row = await db.organization.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(row).toMatchObject({ name: "Tailspin Toys", industry: null, sizeBand: null, consultantFirmName: null, memberships: [] });
  });

  it("refuses a missing name, unknown choices and extra fields with 400, creating nothing", async () => {
    const admin = await createAdmin();
    const before = await db.organization.count();
    await expectDomainError(createOrganizationAsAdmin(admin.actor, { name: "   " }), 400, "name");
    await expectDomainError(createOrganizationAsAdmin(admin.actor, { name: "Co", industry: "mining" }), 400, "industry");
    await expectDomainError(createOrganizationAsAdmin(admin.actor, { name: "Co", isPlatformAdmin: true }), 400, "invalid_request");
    expect(await db.organization.count()).toBe(before);
  });
});

describe("an organization's members", () => {
  it("lists members with name, email, role and since, consultants first", async () => {
    const admin = await createAdmin();
    const { organization, consultant, executive } = await createTenant();
    const detail = await getOrganizationMembers(admin.actor, organization.id);
    expect(detail).toMatchObject({ id: organization.id, name: organization.name });
    expect(detail.members).toEqual([
      expect.objectContaining({ userId: consultant.user.id, email: consultant.user.email, name: consultant.user.name, role: "consultant", disabled: false, twoFactorOn: true }),
      expect.objectContaining({ userId: executive.user.id, email: executive.user.email, role: "executive", twoFactorOn: false }),
    ]);
    expect(Number.isNaN(Date.parse(detail.members[0]?.since ?? ""))).toBe(false);
  });

  it("answers 404 for an unknown organization and 400 for a malformed id", async () => {
    const admin = await createAdmin();
    await expectDomainError(getOrganizationMembers(admin.actor, "nothere"), 404, "organization_not_found");
    await expectDomainError(getOrganizationMembers(admin.actor, "../etc"), 400, "organizationId");
  });
});

describe("adding a member by email", () => {
  it("adds an existing account whatever the case of the address, without ending their sessions", async () => {
    const admin = await createAdmin();
    const organization = await createTestOrganization();
    const person = await createTestUser({ name: "newconsultant", secondFactor: false });
    const version = await sessionVersionOf(person.id);

    const added = await addOrganizationMember(admin.actor, { organizationId: organization.id, email: `  ${person.email.toUpperCase()} `, role: "consultant" });
    expect(added).toMatchObject({ userId: person.id, email: person.email, role: "consultant", changed: true, needsTwoFactor: true });
    expect(await roleOf(person.id, organization.id)).toBe("consultant");
    expect(await sessionVersionOf(person.id)).toBe(version);
    // The same token keeps working, and the new role shows at the next request (once two-step verification is set up).
    const actor = await actorForUser(person.id, version);
    expect(actor).toMatchObject({ kind: "user", memberships: [{ organizationId: organization.id, role: "consultant" }], mustEnrollTotp: true });
    await db.user.update({ where: { id: person.id }, data: { totpEnabledAt: new Date() } });
    expect(isConsultantOf(await actorFor(person.id), organization.id)).toBe(true);
  });

  it("says clearly, on the email field, that an unknown address has no account, and creates none", async () => {
    const admin = await createAdmin();
    const organization = await createTestOrganization();
    const email = `nobody-${randomUUID()}@example.test`;
    const error = await expectDomainError(addOrganizationMember(admin.actor, { organizationId: organization.id, email, role: "executive" }), 422, "email");
    expect(error.code).toBe("no_account");
    expect(error.issues[0]?.message).toMatch(/No account uses this address.*not created here.*invitation/);
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await db.membership.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("updates nothing for an existing member and says so", async () => {
    const admin = await createAdmin();
    const { organization, executive } = await createTenant();
    const version = await sessionVersionOf(executive.user.id);
    const error = await expectDomainError(
      addOrganizationMember(admin.actor, { organizationId: organization.id, email: executive.user.email, role: "consultant" }),
      409,
      "email",
    );
    expect(error.code).toBe("already_member");
    expect(error.issues[0]?.message).toContain("already an executive");
    expect(error.issues[0]?.message).toContain("Nothing was changed");
    expect(await roleOf(executive.user.id, organization.id)).toBe("executive");
    expect(await sessionVersionOf(executive.user.id)).toBe(version);
  });

  it("refuses disabled accounts, unknown organizations, bad roles and extra fields", async () => {
    const admin = await createAdmin();
    const organization = await createTestOrganization();
    const disabled = await createTestUser({ disabled: true });
    const person = await createTestUser();
    const add = (input: Record<string, unknown>) => addOrganizationMember(admin.actor, { organizationId: organization.id, email: person.email, role: "executive", ...input });

    await expectDomainError(add({ email: disabled.email }), 422, "email");
    await expectDomainError(add({ organizationId: "nothere" }), 404, "organization_not_found");
    await expectDomainError(add({ role: "admin" }), 400, "role");
    await expectDomainError(add({ email: "not an email" }), 400, "email");
    await expectDomainError(add({ isPlatformAdmin: true }), 400, "invalid_request");
    expect(await db.membership.count({ where: { organizationId: organization.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).isPlatformAdmin).toBe(false);
  });
});

describe("changing a member's role", () => {
  it("changes the role and ends the member's sessions", async () => {
    const admin = await createAdmin();
    const { organization, executive } = await createTenant();
    const oldVersion = await sessionVersionOf(executive.user.id);

    const changed = await changeOrganizationMemberRole(admin.actor, { organizationId: organization.id, userId: executive.user.id, role: "consultant" });
    expect(changed).toMatchObject({ role: "consultant", changed: true, needsTwoFactor: true });
    expect(await roleOf(executive.user.id, organization.id)).toBe("consultant");
    expect(await sessionVersionOf(executive.user.id)).toBe(oldVersion + 1);
    expect(await actorForUser(executive.user.id, oldVersion)).toEqual(ANONYMOUS);
    expect(await actorFor(executive.user.id)).toMatchObject({ kind: "user", memberships: [{ organizationId: organization.id, role: "consultant" }] });
  });

  it("writes nothing and keeps sessions when the role is already the one asked for", async () => {
    const admin = await createAdmin();
    const { organization, consultant } = await createTenant();
    const version = await sessionVersionOf(consultant.user.id);
    const same = await changeOrganizationMemberRole(admin.actor, { organizationId: organization.id, userId: consultant.user.id, role: "consultant" });
    expect(same).toMatchObject({ changed: false, role: "consultant" });
    expect(await sessionVersionOf(consultant.user.id)).toBe(version);
  });

  it("refuses non-members (404) and extra fields (400), changing nothing", async () => {
    const admin = await createAdmin();
    const { organization, executive } = await createTenant();
    const stranger = await createTestUser();
    await expectDomainError(changeOrganizationMemberRole(admin.actor, { organizationId: organization.id, userId: stranger.id, role: "executive" }), 404, "member_not_found");
    await expectDomainError(
      changeOrganizationMemberRole(admin.actor, { organizationId: organization.id, userId: executive.user.id, role: "consultant", isPlatformAdmin: true }),
      400,
      "invalid_request",
    );
    expect(await roleOf(executive.user.id, organization.id)).toBe("executive");
    expect(await roleOf(stranger.id, organization.id)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: executive.user.id } })).isPlatformAdmin).toBe(false);
  });
});

describe("removing a member", () => {
  it("removes the membership and ends the member's sessions, even for the last consultant", async () => {
    const admin = await createAdmin();
    const { organization, consultant } = await createTenant();
    const oldVersion = await sessionVersionOf(consultant.user.id);

    const removed = await removeOrganizationMember(admin.actor, { organizationId: organization.id, userId: consultant.user.id });
    expect(removed).toMatchObject({ email: consultant.user.email, removedRole: "consultant", consultantsLeft: 0, executivesLeft: 1 });
    expect(await roleOf(consultant.user.id, organization.id)).toBeNull();
    expect(await actorForUser(consultant.user.id, oldVersion)).toEqual(ANONYMOUS);
    const fresh = await actorFor(consultant.user.id);
    expect(fresh).toMatchObject({ kind: "user", memberships: [] });
    expect(isMemberOf(fresh, organization.id)).toBe(false);

    await expectDomainError(removeOrganizationMember(admin.actor, { organizationId: organization.id, userId: consultant.user.id }), 404, "member_not_found");
  });

  it("refuses extra fields with 400 and keeps the member", async () => {
    const admin = await createAdmin();
    const { organization, executive } = await createTenant();
    const version = await sessionVersionOf(executive.user.id);
    await expectDomainError(removeOrganizationMember(admin.actor, { organizationId: organization.id, userId: executive.user.id, isPlatformAdmin: true }), 400, "invalid_request");
    expect(await roleOf(executive.user.id, organization.id)).toBe("executive");
    expect(await sessionVersionOf(executive.user.id)).toBe(version);
  });
});
