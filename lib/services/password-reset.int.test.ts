/** Password-reset links against a real SQLite file: issued by administrators, used once, expiring, replaced. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { hashPassword } from "../auth/primitives/password-hash";
import { PASSWORD_MESSAGES } from "../auth/primitives/password-policy";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { newTotpSecret } from "../auth/primitives/totp";
import { actorForUser } from "./sessions";
import { DomainError } from "../errors";
import { httpStatusOf } from "../http/errors";
import { RESET_LINK_INVALID_MESSAGE, getPasswordResetLink, issuePasswordResetLink as issuePasswordResetLinkService, resetPasswordWithLink } from "./password-reset";
import { signInKeys, verifySignIn } from "./sign-in";
import { parsedBy } from "../testing/parsed-by";
import { ZIssueReset } from "../validation/account";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const issuePasswordResetLink = parsedBy(ZIssueReset, issuePasswordResetLinkService);

// lib/env reads the environment once, at import: a developer's own SMTP or public URL settings
// must not leak in, so they are cleared before any import runs.
vi.hoisted(() => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
});

const PASSWORD = "a quiet orchard at dawn";
const NEW_PASSWORD = "lanterns over a winter harbour";

afterAll(async () => {
  await db.$disconnect();
});

async function createUser(options: { role?: "executive" | "consultant"; admin?: boolean } = {}) {
  const totp = options.admin === true || options.role === "consultant";
  const user = await db.user.create({
    data: {
      email: `${randomUUID()}@example.test`,
      passwordHash: await hashPassword(PASSWORD),
      isPlatformAdmin: options.admin ?? false,
      totpSecret: totp ? newTotpSecret() : null,
      totpEnabledAt: totp ? new Date() : null,
    },
  });
  if (options.role) {
    const organization = await db.organization.create({ data: { name: "Test organization" } });
    await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: options.role } });
  }
  return user;
}

async function actorOf(userId: string): Promise<Actor> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return actorForUser(userId, sessionVersion);
}

async function expectDomainError(promise: Promise<unknown>, status: number, code: string): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect({ status: httpStatusOf(error as DomainError), code: (error as DomainError).code }).toEqual({ status, code });
  return error as DomainError;
}

/** Issues a link as a fresh administrator and returns its token (email is not configured in tests). */
async function issue(userId: string): Promise<string> {
  const admin = await actorOf((await createUser({ admin: true })).id);
  const outcome = await issuePasswordResetLink(admin, { userId });
  if (outcome.delivery !== "shown") throw new Error("expected the link to be shown");
  const token = outcome.url.split("/").at(-1);
  if (!token) throw new Error("no token in the link");
  return token;
}

describe("issuing a link", () => {
  it("is for platform administrators only", async () => {
    const target = await createUser();
    await expectDomainError(issuePasswordResetLink(ANONYMOUS, { userId: target.id }), 401, "unauthenticated");
    for (const options of [{ role: "executive" as const }, { role: "consultant" as const }]) {
      const actor = await actorOf((await createUser(options)).id);
      await expectDomainError(issuePasswordResetLink(actor, { userId: target.id }), 404, "not_found");
    }
    expect(await db.passwordResetToken.count({ where: { userId: target.id } })).toBe(0);
  });

  it("shows a one-time 256-bit link when email is not configured, storing only its hash, for 60 minutes", async () => {
    const target = await createUser();
    const adminUser = await createUser({ admin: true });
    const before = Date.now();
    const outcome = await issuePasswordResetLink(await actorOf(adminUser.id), { userId: target.id });
    expect(outcome).toMatchObject({ delivery: "shown", reason: "not_configured", email: target.email });
    if (outcome.delivery !== "shown") return;
    expect(outcome.url).toMatch(/^http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const token = outcome.url.split("/").at(-1) ?? "";
    const row = await db.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashOpaqueToken(token) } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ userId: target.id, createdById: adminUser.id, usedAt: null });
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(60 * 60_000 - 1_000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(60 * 60_000 + 5_000);
  });

  it("is refused for a disabled account and an unknown user", async () => {
    const admin = await actorOf((await createUser({ admin: true })).id);
    const disabled = await db.user.create({ data: { email: `${randomUUID()}@example.test`, disabledAt: new Date() } });
    await expectDomainError(issuePasswordResetLink(admin, { userId: disabled.id }), 409, "user_disabled");
    await expectDomainError(issuePasswordResetLink(admin, { userId: "nobody" }), 404, "user_not_found");
  });
});

describe("using a link", () => {
  it("works once: sets the password, ends sessions and clears the account's sign-in counters", async () => {
    const target = await createUser({ role: "executive" });
    const counters = signInKeys(target.email, "203.0.113.99");
    const windowEndsAt = new Date(Date.now() + 15 * 60_000);
    await db.rateLimitCounter.createMany({
      data: [
        { key: counters.accountAtAddress, count: 8, windowEndsAt },
        { key: counters.account, count: 40, windowEndsAt, nextAt: windowEndsAt },
      ],
    });
    const token = await issue(target.id);
    expect(await getPasswordResetLink(ANONYMOUS, token)).toEqual({ valid: true, email: target.email });

    // A refused password leaves the link usable.
    const common = await expectDomainError(resetPasswordWithLink(ANONYMOUS, { token, newPassword: "qwertyuiop" }), 400, "invalid_request");
    expect(common.issues).toEqual([{ path: "newPassword", message: PASSWORD_MESSAGES.tooCommon }]);
    expect(await getPasswordResetLink(ANONYMOUS, token)).toMatchObject({ valid: true });

    await expect(resetPasswordWithLink(ANONYMOUS, { token, newPassword: NEW_PASSWORD })).resolves.toEqual({ email: target.email });
    expect(await actorForUser(target.id, target.sessionVersion)).toEqual(ANONYMOUS);
    expect(await db.rateLimitCounter.count({ where: { key: { in: [counters.accountAtAddress, counters.account] } } })).toBe(0);
    await expect(verifySignIn({ email: target.email, password: NEW_PASSWORD }, { clientAddress: `test-${randomUUID()}` })).resolves.toMatchObject({ id: target.id });

    const again = await expectDomainError(resetPasswordWithLink(ANONYMOUS, { token, newPassword: "another winter passphrase" }), 404, "reset_link_invalid");
    expect(again.message).toBe(RESET_LINK_INVALID_MESSAGE);
    expect(await getPasswordResetLink(ANONYMOUS, token)).toEqual({ valid: false });
  });

  it("expires after its time, with the same message", async () => {
    const target = await createUser();
    const token = await issue(target.id);
    await db.passwordResetToken.update({ where: { tokenHash: hashOpaqueToken(token) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await getPasswordResetLink(ANONYMOUS, token)).toEqual({ valid: false });
    const error = await expectDomainError(resetPasswordWithLink(ANONYMOUS, { token, newPassword: NEW_PASSWORD }), 404, "reset_link_invalid");
    expect(error.message).toBe(RESET_LINK_INVALID_MESSAGE);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash).toBe(target.passwordHash);
  });

  it("is replaced by a newer link for the same user", async () => {
    const target = await createUser();
    const older = await issue(target.id);
    const newer = await issue(target.id);
    expect(await getPasswordResetLink(ANONYMOUS, older)).toEqual({ valid: false });
    await expectDomainError(resetPasswordWithLink(ANONYMOUS, { token: older, newPassword: NEW_PASSWORD }), 404, "reset_link_invalid");
    await expect(resetPasswordWithLink(ANONYMOUS, { token: newer, newPassword: NEW_PASSWORD })).resolves.toEqual({ email: target.email });
  });

  it("stops working when the account is disabled, and unknown or mangled tokens read the same", async () => {
    const target = await createUser();
    const token = await issue(target.id);
    await db.user.update({ where: { id: target.id }, data: { disabledAt: new Date() } });
    await expectDomainError(resetPasswordWithLink(ANONYMOUS, { token, newPassword: NEW_PASSWORD }), 404, "reset_link_invalid");
    for (const bad of ["A".repeat(43), "short", 42]) {
      expect(await getPasswordResetLink(ANONYMOUS, bad)).toEqual({ valid: false });
      const error = await expectDomainError(resetPasswordWithLink(ANONYMOUS, { token: bad, newPassword: NEW_PASSWORD }), 404, "reset_link_invalid");
      expect(error.message).toBe(RESET_LINK_INVALID_MESSAGE);
    }
  });

  it("only one of two simultaneous uses of a link succeeds", async () => {
    const target = await createUser();
    const token = await issue(target.id);
    const outcomes = await Promise.allSettled([
      resetPasswordWithLink(ANONYMOUS, { token, newPassword: NEW_PASSWORD }),
      resetPasswordWithLink(ANONYMOUS, { token, newPassword: "another winter passphrase" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });
});
