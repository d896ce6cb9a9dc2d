/** Organizations against a real SQLite file: who may create them, who sees them. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import {
  createAdmin,
  createConsultant,
  createExecutive,
  createOutsider,
  createTenant,
  createTestOrganization,
  expectDomainError,
  userActorFor,
} from "../testing/accounts";
import { startAssessmentForMember } from "./assessments";
import { createOrganization as createOrganizationService, getOrganization, listOrganizations } from "./organizations";
import { parsedBy } from "../testing/parsed-by";
import { ZOrganizationCreate } from "../validation/organizations";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createOrganization = parsedBy(ZOrganizationCreate, createOrganizationService);

afterAll(async () => {
  await db.$disconnect();
});

describe("creating an organization", () => {
  it("makes the creating consultant its consultant, with the profile as entered", async () => {
    const { organization: first, consultant } = await createTenant();
    const { id } = await createOrganization(consultant.actor, {
      name: "  Contoso Health  ",
      industry: "healthcare",
      sizeBand: "1000_4999",
      consultantFirmName: "Fabrikam Advisory",
    });
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId: consultant.user.id, organizationId: id } } });
    expect(membership.role).toBe("consultant");

    const refreshed = await userActorFor(consultant.user.id);
    const detail = await getOrganization(refreshed, id);
    expect(detail).toMatchObject({ name: "Contoso Health", industry: "healthcare", sizeBand: "1000_4999", consultantFirmName: "Fabrikam Advisory" });
    expect(detail.consultants.map((person) => person.userId)).toEqual([consultant.user.id]);
    expect(detail.executives).toEqual([]);
    const listed = await listOrganizations(refreshed);
    expect(listed.map((organization) => organization.id).sort()).toEqual([first.id, id].sort());
    expect(listed.every((organization) => organization.access === "consultant")).toBe(true);
  });

  it("lets a platform administrator create one, and keeps optional fields empty when left blank", async () => {
    const admin = await createAdmin();
    const { id } = await createOrganization(admin.actor, { name: "Admin Co", industry: "", sizeBand: "", consultantFirmName: "" });
    const row = await db.organization.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(row).toMatchObject({ industry: null, sizeBand: null, consultantFirmName: null });
    expect(row.memberships).toMatchObject([{ userId: admin.user.id, role: "consultant" }]);
  });

  it("refuses executives, people without an organization, consultants without a second factor and anonymous visitors", async () => {
    const { organization } = await createTenant();
    const executive = await createExecutive([organization.id]);
    const outsider = await createOutsider();
    const unenrolled = await createConsultant([organization.id], { secondFactor: false });
    const name = `Refused ${organization.id}`;
    await expectDomainError(createOrganization(executive.actor, { name }), 403, "consultants_only");
    await expectDomainError(createOrganization(outsider.actor, { name }), 403, "consultants_only");
    await expectDomainError(createOrganization(unenrolled.actor, { name }), 403, "consultants_only");
    await expectDomainError(createOrganization(ANONYMOUS, { name }), 401, "sign_in_required");
    expect(await db.organization.count({ where: { name } })).toBe(0);
  });

  it("refuses extra fields such as organizationId or role, and invalid values, writing nothing", async () => {
    const { consultant } = await createTenant();
    const name = `Strict ${consultant.user.id}`;
    await expectDomainError(createOrganization(consultant.actor, { name, organizationId: "someone-elses" }), 400, "invalid_request");
    await expectDomainError(createOrganization(consultant.actor, { name, role: "executive" }), 400, "invalid_request");
    await expectDomainError(createOrganization(consultant.actor, { name: "   " }), 400, "name");
    await expectDomainError(createOrganization(consultant.actor, { name: "x".repeat(201) }), 400, "name");
    await expectDomainError(createOrganization(consultant.actor, { name, industry: "unicorns" }), 400, "industry");
    await expectDomainError(createOrganization(consultant.actor, { name, sizeBand: "huge" }), 400, "sizeBand");
    await expectDomainError(createOrganization(consultant.actor, "not an object"), 400, "invalid_request");
    expect(await db.organization.count({ where: { name } })).toBe(0);
  });
});

describe("listing and reading organizations", () => {
  it("shows executives only their own organizations, without review statistics", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const listed = await listOrganizations(a.executive.actor);
    expect(listed).toEqual([expect.objectContaining({ id: a.organization.id, access: "executive", stats: null })]);
    expect(JSON.stringify(listed)).not.toContain(b.organization.id);
  });

  it("counts executives, drafts and results for the organizations a consultant serves", async () => {
    const { organization, consultant, executive } = await createTenant();
    await startAssessmentForMember(executive.actor, organization.id);
    const [summary] = await listOrganizations(consultant.actor);
    expect(summary).toMatchObject({ id: organization.id, access: "consultant", stats: { executives: 1, drafts: 1, results: 0 } });
  });

  it("shows administrators every organization", async () => {
    const { organization } = await createTenant();
    const admin = await createAdmin();
    expect((await listOrganizations(admin.actor)).map((o) => o.id)).toContain(organization.id);
    const unenrolled = await createAdmin({ secondFactor: false });
    expect(await listOrganizations(unenrolled.actor)).toEqual([]);
  });

  it("answers 404 to a consultant of another organization and 403 to the organization's executives", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const other = await createTestOrganization();
    const error = await expectDomainError(getOrganization(b.consultant.actor, a.organization.id), 404, "organization_not_found");
    expect(error.message).not.toContain(a.organization.name);
    await expectDomainError(getOrganization(a.executive.actor, a.organization.id), 403, "consultants_only");
    await expectDomainError(getOrganization(ANONYMOUS, a.organization.id), 401);
    await expectDomainError(getOrganization(a.consultant.actor, other.id), 404);
    await expectDomainError(getOrganization(a.consultant.actor, "not an id!"), 400, "organizationId");
    await expectDomainError(getOrganization(a.consultant.actor, undefined), 400, "organizationId");
  });

  it("tells a consultant without a second factor to set one up", async () => {
    const { organization } = await createTenant();
    const unenrolled = await createConsultant([organization.id], { secondFactor: false });
    await expectDomainError(getOrganization(unenrolled.actor, organization.id), 403, "second_factor_required");
  });
});
