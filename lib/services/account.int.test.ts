/** Account security against a real SQLite file: TOTP enrolment, recovery codes, password changes, sessions. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/primitives/password-hash";
import { PASSWORD_MESSAGES } from "../auth/primitives/password-policy";
import { hashRecoveryCode } from "../auth/primitives/recovery-codes";
import { newTotpSecret, totpCode } from "../auth/primitives/totp";
import { actorForUser } from "./sessions";
import { changePassword as changePasswordService, confirmTotpEnrollment as confirmTotpEnrollmentService, disableTotp as disableTotpService, getPendingTotpEnrollment, getSecurityOverview, regenerateRecoveryCodes as regenerateRecoveryCodesService, signOutEverywhere, startTotpEnrollment } from "./account";
import { DomainError } from "../errors";
import { httpStatusOf } from "../http/errors";
import { SignInError, verifySignIn } from "./sign-in";
import { parsedBy } from "../testing/parsed-by";
import { ZChangePassword, ZConfirmTotp, ZReauthenticate } from "../validation/account";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const changePassword = parsedBy(ZChangePassword, changePasswordService);
const confirmTotpEnrollment = parsedBy(ZConfirmTotp, confirmTotpEnrollmentService);
const disableTotp = parsedBy(ZReauthenticate, disableTotpService);
const regenerateRecoveryCodes = parsedBy(ZReauthenticate, regenerateRecoveryCodesService);

const PASSWORD = "a quiet orchard at dawn";
const NEXT_STEP_MS = 30_000;

afterAll(async () => {
  await db.$disconnect();
});

/** A user straight in the database; a role adds a membership in a fresh organization. */
async function createUser(options: { role?: "executive" | "consultant"; admin?: boolean; totp?: boolean } = {}) {
  const secret = options.totp ? newTotpSecret() : null;
  const user = await db.user.create({
    data: {
      email: `${randomUUID()}@example.test`,
      passwordHash: await hashPassword(PASSWORD),
      isPlatformAdmin: options.admin ?? false,
      totpSecret: secret,
      totpEnabledAt: secret ? new Date() : null,
    },
  });
  if (options.role) {
    const organization = await db.organization.create({ data: { name: "Test organization" } });
    await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: options.role } });
  }
  return user;
}

/** The actor a session holding the user's current session version would get. */
async function actorOf(userId: string): Promise<Actor> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return actorForUser(userId, sessionVersion);
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

async function expectDomainError(promise: Promise<unknown>, status: number, code: string): Promise<DomainError> {
  const error = await caught(promise);
  expect(error).toBeInstanceOf(DomainError);
  expect({ status: httpStatusOf(error as DomainError), code: (error as DomainError).code }).toEqual({ status, code });
  return error as DomainError;
}

function fieldErrors(error: DomainError): Record<string, string> {
  return Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
}

/** A fresh client address per call, so the per-address throttle of one test never slows another. */
const address = () => `test-${randomUUID()}`;

/** Whether the secret would accept the code now, within the drift window of one step either side. */
function acceptsNow(secret: string, code: string): boolean {
  return [-1, 0, 1].some((step) => totpCode(secret, Date.now() + step * NEXT_STEP_MS) === code);
}

/** A well-formed code that the secret does not accept right now. */
function wrongCode(secret: string): string {
  return ["000000", "111111", "222222", "333333"].find((code) => !acceptsNow(secret, code)) ?? "444444";
}

async function enrol(userId: string) {
  const actor = await actorOf(userId);
  const { secret } = await startTotpEnrollment(actor);
  const { recoveryCodes } = await confirmTotpEnrollment(actor, { code: totpCode(secret, Date.now()) });
  return { secret, recoveryCodes };
}

describe("anonymous callers", () => {
  it("get 401 from every account function", async () => {
    const calls: Promise<unknown>[] = [
      getSecurityOverview(ANONYMOUS),
      getPendingTotpEnrollment(ANONYMOUS),
      startTotpEnrollment(ANONYMOUS),
      confirmTotpEnrollment(ANONYMOUS, { code: "123456" }),
      regenerateRecoveryCodes(ANONYMOUS, { password: PASSWORD, code: "123456" }),
      disableTotp(ANONYMOUS, { password: PASSWORD, code: "123456" }),
      changePassword(ANONYMOUS, { currentPassword: PASSWORD, newPassword: "another long passphrase" }),
      signOutEverywhere(ANONYMOUS),
    ];
    for (const call of calls) await expectDomainError(call, 401, "unauthenticated");
  });
});

describe("TOTP enrolment", () => {
  it("requires a valid current code before it turns anything on", async () => {
    const user = await createUser({ role: "consultant" });
    const actor = await actorOf(user.id);
    expect(actor).toMatchObject({ kind: "user", mustEnrollTotp: true });

    await expectDomainError(confirmTotpEnrollment(actor, { code: "123456" }), 409, "totp_not_started");
    const { secret, otpauthUri } = await startTotpEnrollment(actor);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(await getPendingTotpEnrollment(actor)).toEqual({ secret, otpauthUri });

    const wrong = await expectDomainError(confirmTotpEnrollment(actor, { code: wrongCode(secret) }), 400, "wrong_code");
    expect(fieldErrors(wrong).code).toMatch(/not right/);
    const stale = totpCode(secret, Date.now() - 5 * 60_000);
    if (!acceptsNow(secret, stale)) await expectDomainError(confirmTotpEnrollment(actor, { code: stale }), 400, "wrong_code");
    const malformed = await expectDomainError(confirmTotpEnrollment(actor, { code: "12ab56" }), 400, "invalid_request");
    expect(Object.keys(fieldErrors(malformed))).toEqual(["code"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const { recoveryCodes } = await confirmTotpEnrollment(actor, { code: totpCode(secret, Date.now()) });
    expect(recoveryCodes).toHaveLength(10);
    expect(await actorOf(user.id)).toMatchObject({ kind: "user", mustEnrollTotp: false });
    expect(await getSecurityOverview(actor)).toMatchObject({ totpEnabled: true, totpRequired: true, canDisableTotp: false, recoveryCodesLeft: 10 });
  });

  it("does not accept a used code twice: not to enable again, nor to sign in", async () => {
    const user = await createUser();
    const actor = await actorOf(user.id);
    const { secret } = await startTotpEnrollment(actor);
    const code = totpCode(secret, Date.now());
    await confirmTotpEnrollment(actor, { code });
    await expectDomainError(confirmTotpEnrollment(actor, { code }), 409, "totp_already_enabled");
    await expectDomainError(startTotpEnrollment(actor), 409, "totp_already_enabled");

    const replay = await caught(verifySignIn({ email: user.email, password: PASSWORD, code }, { clientAddress: address() }));
    expect(replay).toBeInstanceOf(SignInError);
    expect((replay as SignInError).code).toBe("totp_invalid");
    const next = totpCode(secret, Date.now() + NEXT_STEP_MS);
    await expect(verifySignIn({ email: user.email, password: PASSWORD, code: next }, { clientAddress: address() })).resolves.toMatchObject({ id: user.id });
  });

  it("starting again replaces an unconfirmed secret", async () => {
    const user = await createUser();
    const actor = await actorOf(user.id);
    const first = await startTotpEnrollment(actor);
    const second = await startTotpEnrollment(actor);
    expect(second.secret).not.toBe(first.secret);
    // The first secret's current code is refused unless it happens to match the second's.
    const code = totpCode(first.secret, Date.now());
    if (!acceptsNow(second.secret, code)) await expectDomainError(confirmTotpEnrollment(actor, { code }), 400, "wrong_code");
    await confirmTotpEnrollment(actor, { code: totpCode(second.secret, Date.now()) });
  });
});

describe("recovery codes", () => {
  it("are stored only as hashes", async () => {
    const user = await createUser();
    const { recoveryCodes } = await enrol(user.id);
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.codeHash))).toEqual(new Set(recoveryCodes.map(hashRecoveryCode)));
    const stored = JSON.stringify(rows);
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ""));
    }
  });

  it("each sign in through verifySignIn exactly once, even when two requests race", async () => {
    const user = await createUser();
    const { recoveryCodes } = await enrol(user.id);
    const [first, second] = recoveryCodes as [string, string];

    await expect(verifySignIn({ email: user.email, password: PASSWORD, code: first }, { clientAddress: address() })).resolves.toMatchObject({ id: user.id });
    const again = await caught(verifySignIn({ email: user.email, password: PASSWORD, code: first }, { clientAddress: address() }));
    expect((again as SignInError).code).toBe("totp_invalid");

    const raced = await Promise.allSettled([
      verifySignIn({ email: user.email, password: PASSWORD, code: second.toUpperCase() }, { clientAddress: address() }),
      verifySignIn({ email: user.email, password: PASSWORD, code: second }, { clientAddress: address() }),
    ]);
    expect(raced.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
  });

  it("are replaced after re-authentication, and the old ones stop working", async () => {
    const user = await createUser();
    const { secret, recoveryCodes } = await enrol(user.id);
    const actor = await actorOf(user.id);
    const [oldCode, reauthCode] = recoveryCodes as [string, string];

    const wrongPassword = await expectDomainError(regenerateRecoveryCodes(actor, { password: "not my password", code: reauthCode }), 403, "wrong_password");
    expect(Object.keys(fieldErrors(wrongPassword))).toEqual(["password"]);
    // The wrong password was refused before the code was looked at, so the code is still unused.
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);
    await expectDomainError(regenerateRecoveryCodes(actor, { password: PASSWORD, code: "000000-bad" }), 403, "wrong_code");

    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(actor, { password: PASSWORD, code: totpCode(secret, Date.now() + NEXT_STEP_MS) });
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(oldCode);
    const old = await caught(verifySignIn({ email: user.email, password: PASSWORD, code: oldCode }, { clientAddress: address() }));
    expect((old as SignInError).code).toBe("totp_invalid");
    await expect(verifySignIn({ email: user.email, password: PASSWORD, code: fresh[0] }, { clientAddress: address() })).resolves.toMatchObject({ id: user.id });
  });
});

describe("turning two-step verification off", () => {
  it("is allowed for an executive with password and code", async () => {
    const user = await createUser({ role: "executive" });
    const { recoveryCodes } = await enrol(user.id);
    const actor = await actorOf(user.id);
    expect(await getSecurityOverview(actor)).toMatchObject({ totpRequired: false, canDisableTotp: true });
    await expectDomainError(disableTotp(actor, { password: PASSWORD }), 400, "invalid_request");
    await disableTotp(actor, { password: PASSWORD, code: recoveryCodes[0] });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpEnabledAt: null, totpSecret: null });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    await expect(verifySignIn({ email: user.email, password: PASSWORD }, { clientAddress: address() })).resolves.toMatchObject({ id: user.id });
  });

  it("is refused for consultants and platform administrators", async () => {
    for (const options of [{ role: "consultant" as const }, { admin: true }]) {
      const user = await createUser(options);
      const { recoveryCodes } = await enrol(user.id);
      const actor = await actorOf(user.id);
      await expectDomainError(disableTotp(actor, { password: PASSWORD, code: recoveryCodes[0] }), 403, "totp_required");
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    }
  });
});

describe("changing the password", () => {
  it("refuses a wrong current password with a field error and changes nothing", async () => {
    const user = await createUser();
    const actor = await actorOf(user.id);
    const error = await expectDomainError(
      changePassword(actor, { currentPassword: "not my password", newPassword: "a brand new passphrase" }),
      403,
      "wrong_password",
    );
    expect(fieldErrors(error)).toEqual({ currentPassword: "That is not your current password." });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBe(user.passwordHash);
  });

  it("refuses a common new password, or the email, with a field error", async () => {
    const user = await createUser();
    const actor = await actorOf(user.id);
    const common = await expectDomainError(changePassword(actor, { currentPassword: PASSWORD, newPassword: "Password123" }), 400, "invalid_request");
    expect(fieldErrors(common)).toEqual({ newPassword: PASSWORD_MESSAGES.tooCommon });
    const email = await expectDomainError(changePassword(actor, { currentPassword: PASSWORD, newPassword: user.email }), 400, "invalid_request");
    expect(fieldErrors(email)).toEqual({ newPassword: PASSWORD_MESSAGES.isEmail });
    const short = await expectDomainError(changePassword(actor, { currentPassword: PASSWORD, newPassword: "short" }), 400, "invalid_request");
    expect(fieldErrors(short)).toEqual({ newPassword: PASSWORD_MESSAGES.tooShort });
    await expectDomainError(changePassword(actor, { currentPassword: PASSWORD, newPassword: "a fine passphrase", extra: 1 }), 400, "invalid_request");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("keeps sessions unless asked to sign out the others", async () => {
    const user = await createUser();
    const actor = await actorOf(user.id);
    const newPassword = "lanterns over a winter harbour";
    await expect(changePassword(actor, { currentPassword: PASSWORD, newPassword })).resolves.toEqual({ sessionsEnded: false });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(user.sessionVersion);
    expect(await actorForUser(user.id, user.sessionVersion)).toMatchObject({ kind: "user" });
    expect(await verifyPassword(row.passwordHash ?? "", newPassword)).toBe(true);
    const old = await caught(verifySignIn({ email: user.email, password: PASSWORD }, { clientAddress: address() }));
    expect((old as SignInError).code).toBe("invalid");
    await expect(verifySignIn({ email: user.email, password: newPassword }, { clientAddress: address() })).resolves.toMatchObject({ id: user.id });
  });

  it("ends every session when asked: the old session version becomes anonymous", async () => {
    const user = await createUser();
    const actor = await actorOf(user.id);
    await expect(
      changePassword(actor, { currentPassword: PASSWORD, newPassword: "lanterns over a winter harbour", signOutOthers: "on" }),
    ).resolves.toEqual({ sessionsEnded: true });
    expect(await actorForUser(user.id, user.sessionVersion)).toEqual(ANONYMOUS);
    expect(await actorOf(user.id)).toMatchObject({ kind: "user" });
  });
});

describe("signing out everywhere", () => {
  it("bumps the session version so every existing session is anonymous", async () => {
    const user = await createUser({ role: "executive" });
    await signOutEverywhere(await actorOf(user.id));
    expect(await actorForUser(user.id, user.sessionVersion)).toEqual(ANONYMOUS);
    const signedIn = await verifySignIn({ email: user.email, password: PASSWORD }, { clientAddress: address() });
    expect(signedIn.sessionVersion).toBe(user.sessionVersion + 1);
  });
});
