/** User management against a real SQLite file: who may use it, and what disabling does to sessions and sign-in. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { hashPassword } from "../auth/primitives/password-hash";
import { newTotpSecret } from "../auth/primitives/totp";
import { actorForUser } from "./sessions";
import { USER_LIST_LIMIT, listUsers, setUserDisabled as setUserDisabledService } from "./admin-users";
import { DomainError } from "../errors";
import { httpStatusOf } from "../http/errors";
import { SignInError, verifySignIn } from "./sign-in";
import { parsedBy } from "../testing/parsed-by";
import { ZSetUserDisabled } from "../validation/account";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const setUserDisabled = parsedBy(ZSetUserDisabled, setUserDisabledService);

const PASSWORD = "a quiet orchard at dawn";

afterAll(async () => {
  await db.$disconnect();
});

/** Consultants and administrators get TOTP switched on unless told otherwise, as they must have it to act. */
async function createUser(options: { role?: "executive" | "consultant"; admin?: boolean; totp?: boolean; name?: string } = {}) {
  const totp = options.totp ?? (options.admin === true || options.role === "consultant");
  const user = await db.user.create({
    data: {
      email: `${randomUUID()}@example.test`,
      name: options.name ?? null,
      passwordHash: await hashPassword(PASSWORD),
      isPlatformAdmin: options.admin ?? false,
      totpSecret: totp ? newTotpSecret() : null,
      totpEnabledAt: totp ? new Date() : null,
    },
  });
  if (options.role) {
    const organization = await db.organization.create({ data: { name: `Org ${user.email.slice(0, 8)}` } });
    await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: options.role } });
  }
  return user;
}

async function actorOf(userId: string): Promise<Actor> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return actorForUser(userId, sessionVersion);
}

async function expectDomainError(promise: Promise<unknown>, status: number, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect({ status: httpStatusOf(error as DomainError), code: (error as DomainError).code }).toEqual({ status, code });
}

async function signInError(email: string, password: string): Promise<string | null> {
  return verifySignIn({ email, password }, { clientAddress: `test-${randomUUID()}` }).then(
    () => null,
    (error: unknown) => (error instanceof SignInError ? error.code : String(error)),
  );
}

describe("who may manage users", () => {
  it("anonymous callers get 401", async () => {
    await expectDomainError(listUsers(ANONYMOUS), 401, "unauthenticated");
    await expectDomainError(setUserDisabled(ANONYMOUS, { userId: "x", disabled: true }), 401, "unauthenticated");
  });

  it("executives and consultants are told it does not exist (404)", async () => {
    const target = await createUser();
    for (const options of [{ role: "executive" as const }, { role: "consultant" as const }]) {
      const actor = await actorOf((await createUser(options)).id);
      await expectDomainError(listUsers(actor), 404, "not_found");
      await expectDomainError(setUserDisabled(actor, { userId: target.id, disabled: true }), 404, "not_found");
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
  });

  it("an administrator without two-step verification is sent to set it up (403)", async () => {
    const actor = await actorOf((await createUser({ admin: true, totp: false })).id);
    await expectDomainError(listUsers(actor), 403, "totp_setup_required");
  });
});

describe("listing users", () => {
  it("finds users by email or name and shows roles and 2FA, never password hashes", async () => {
    const admin = await actorOf((await createUser({ admin: true })).id);
    const marker = randomUUID().slice(0, 8);
    const consultant = await createUser({ role: "consultant", name: `Casey ${marker}` });
    const executive = await createUser({ role: "executive", name: `Eve ${marker}` });

    const byName = await listUsers(admin, { q: marker.toUpperCase() });
    expect(byName.users.map((u) => u.id).sort()).toEqual([consultant.id, executive.id].sort());
    const consultantRow = byName.users.find((u) => u.id === consultant.id);
    expect(consultantRow).toMatchObject({ twoFactor: "on", twoFactorRequired: true, disabledAt: null, hasPassword: true });
    expect(consultantRow?.roles).toEqual([expect.objectContaining({ role: "consultant" })]);
    expect(byName.users.find((u) => u.id === executive.id)).toMatchObject({ twoFactor: "off", twoFactorRequired: false });

    const byEmail = await listUsers(admin, { q: executive.email.toUpperCase() });
    expect(byEmail.users.map((u) => u.id)).toEqual([executive.id]);
    expect(JSON.stringify(await listUsers(admin, {}))).not.toContain("$argon2");
    await expectDomainError(listUsers(admin, { q: "x", team: "admin" }), 400, "invalid_request");
    await expectDomainError(listUsers(admin, { role: "owner" }), 400, "invalid_request");
  });

  it("filters by role and status and pages by email, every user once", async () => {
    const admin = await actorOf((await createUser({ admin: true })).id);
    const marker = randomUUID().slice(0, 8);
    const consultants = await Promise.all(Array.from({ length: 3 }, (_, index) => createUser({ role: "consultant", name: `Pager ${marker} ${index}` })));
    const executive = await createUser({ role: "executive", name: `Pager ${marker} exec` });
    const disabled = await setUserDisabled(admin, { userId: consultants[0]!.id, disabled: true });
    expect(disabled.disabled).toBe(true);

    const onlyConsultants = await listUsers(admin, { q: marker, role: "consultant" });
    expect(onlyConsultants.users.map((u) => u.id).sort()).toEqual(consultants.map((u) => u.id).sort());
    expect((await listUsers(admin, { q: marker, role: "executive" })).users.map((u) => u.id)).toEqual([executive.id]);
    expect((await listUsers(admin, { q: marker, status: "disabled" })).users.map((u) => u.id)).toEqual([consultants[0]!.id]);
    expect((await listUsers(admin, { q: marker, status: "active" })).users).toHaveLength(3);

    // More than a page of users without a role, written directly: how they were made does not matter here.
    await db.user.createMany({ data: Array.from({ length: USER_LIST_LIMIT + 5 }, (_, index) => ({ email: `pager-${marker}-${String(index).padStart(3, "0")}@example.com` })) });
    const seen: string[] = [];
    let after: string | null = "";
    let pages = 0;
    while (after !== null) {
      const page: Awaited<ReturnType<typeof listUsers>> = await listUsers(admin, { q: `pager-${marker}`, role: "none", ...(after ? { after } : {}) });
      seen.push(...page.users.map((u) => u.email));
      after = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(USER_LIST_LIMIT + 5);
  });
});

describe("disabling a user", () => {
  it("ends their sessions at once and makes sign-in fail with the generic error", async () => {
    const admin = await actorOf((await createUser({ admin: true })).id);
    const target = await createUser({ role: "executive" });
    expect(await actorForUser(target.id, target.sessionVersion)).toMatchObject({ kind: "user" });

    await expect(setUserDisabled(admin, { userId: target.id, disabled: "true" })).resolves.toMatchObject({ disabled: true });
    expect(await actorForUser(target.id, target.sessionVersion)).toEqual(ANONYMOUS);
    // Even a token carrying the new version gets nothing while the account is disabled.
    expect(await actorOf(target.id)).toEqual(ANONYMOUS);
    expect(await signInError(target.email, PASSWORD)).toBe("invalid");
    // The same error as a wrong password for an account that does not exist: nothing tells them apart.
    expect(await signInError(`${randomUUID()}@example.test`, PASSWORD)).toBe("invalid");

    await expect(setUserDisabled(admin, { userId: target.id, disabled: false })).resolves.toMatchObject({ disabled: false });
    expect(await signInError(target.email, PASSWORD)).toBeNull();
    // Sessions from before the account was disabled do not come back.
    expect(await actorForUser(target.id, target.sessionVersion)).toEqual(ANONYMOUS);
  });

  it("an administrator cannot disable themself, and unknown users are 404", async () => {
    const adminUser = await createUser({ admin: true });
    const admin = await actorOf(adminUser.id);
    await expectDomainError(setUserDisabled(admin, { userId: adminUser.id, disabled: true }), 403, "cannot_disable_self");
    expect((await db.user.findUniqueOrThrow({ where: { id: adminUser.id } })).disabledAt).toBeNull();
    await expectDomainError(setUserDisabled(admin, { userId: "nobody", disabled: true }), 404, "user_not_found");
    await expectDomainError(setUserDisabled(admin, { userId: adminUser.id }), 400, "invalid_request");
  });
});
