/** Sign-up and sign-in against the real database: validation, generic failures, throttling. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { DomainError } from "../errors";
import { SIGN_IN_LIMITS } from "../auth/throttle-limits";
import { SignInError, signInKeys, verifySignIn } from "./sign-in";
import { EMAIL_UNAVAILABLE, signUp } from "./sign-up";
import { uniqueAddress } from "../testing/accounts";

afterAll(async () => {
  await db.$disconnect();
});

const PASSWORD = "correct horse battery staple 42";

async function newAccount(): Promise<string> {
  const email = `person-${randomUUID()}@example.com`;
  await signUp({ name: "Test Person", email, password: PASSWORD }, uniqueAddress());
  return email;
}

async function signInError(input: unknown, address = "203.0.113.7", knownDevice = false): Promise<string> {
  try {
    await verifySignIn(input, { clientAddress: address, knownDevice });
    return "signed in";
  } catch (error) {
    if (error instanceof SignInError) return error.code;
    throw error;
  }
}

async function fieldErrors(input: unknown): Promise<Record<string, string>> {
  try {
    await signUp(input, uniqueAddress());
    return {};
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
  }
}

describe("hostile sign-in and sign-up input", () => {
  it("reads text that is not text (a lone surrogate from a JSON body) as a wrong email or password, before any lookup", async () => {
    const email = await newAccount();
    for (const input of [{ email: "\ud800@example.com", password: PASSWORD }, { email, password: `${PASSWORD}\udfff` }, { email, password: PASSWORD, code: "12\ud83d" }]) {
      expect(await signInError(input, "198.51.100.77")).toBe("invalid");
    }
    expect(await db.rateLimitCounter.count({ where: { key: signInKeys(email, "198.51.100.77").address } })).toBe(0);
  });

  it("names unknown sign-up fields without repeating a key of any length", async () => {
    const errors = await fieldErrors({ name: "A", email: "d@example.com", password: PASSWORD, ["k".repeat(5_000)]: "x" });
    expect(errors[""]).toMatch(/^Unknown field: k+\.$/);
    expect(errors[""]?.length).toBeLessThan(220);
  });
});

describe("sign-up", () => {
  it("gives clear field errors for a bad email and a weak password", async () => {
    expect(await fieldErrors({ name: "A", email: "not-an-email", password: PASSWORD })).toEqual({ email: "Enter an email address like name@company.com." });
    expect((await fieldErrors({ name: "A", email: "a@example.com", password: "short" })).password).toContain("at least 8 characters");
    expect((await fieldErrors({ name: "A", email: "b@example.com", password: "password123" })).password).toContain("too common");
    expect(await fieldErrors({ name: "A", email: "c@example.com", password: PASSWORD, role: "admin" })).toHaveProperty([""]);
  });

  it("refuses a taken email with words that do not confirm the account exists", async () => {
    const email = await newAccount();
    const errors = await fieldErrors({ name: "Someone Else", email: email.toUpperCase(), password: "another long passphrase 99" });
    expect(errors).toEqual({ email: EMAIL_UNAVAILABLE });
    expect(EMAIL_UNAVAILABLE).not.toMatch(/exists|registered|taken/i);
  });

  it("stores an argon2id hash, never the password", async () => {
    const email = await newAccount();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(user)).not.toContain(PASSWORD);
  });
});

describe("sign-in", () => {
  it("accepts the right password whatever the email's case", async () => {
    const email = await newAccount();
    const user = await verifySignIn({ email: email.toUpperCase(), password: PASSWORD }, { clientAddress: "198.51.100.1" });
    expect(user.email).toBe(email);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const email = await newAccount();
    expect(await signInError({ email, password: "wrong password entirely" })).toBe("invalid");
    expect(await signInError({ email: `nobody-${randomUUID()}@example.com`, password: PASSWORD })).toBe("invalid");
  });

  it("refuses a disabled account with the same generic error", async () => {
    const email = await newAccount();
    await db.user.update({ where: { email }, data: { disabledAt: new Date() } });
    expect(await signInError({ email, password: PASSWORD })).toBe("invalid");
  });

  it("refuses an account at one address after 8 attempts, even with the right password, and for 15 minutes", async () => {
    const email = await newAccount();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.accountAtAddress.limit; attempt += 1) {
      expect(await signInError({ email, password: `wrong ${attempt}` }, "192.0.2.10")).toBe("invalid");
    }
    const locked = await signInError({ email, password: PASSWORD }, "192.0.2.10");
    expect(locked).toMatch(/^locked:\d+$/);
    expect(Number(locked.split(":")[1])).toBeGreaterThan(SIGN_IN_LIMITS.accountAtAddress.windowMs / 1000 - 60);
  }, 60_000);

  it("never locks the owner out from elsewhere: failures at one address leave another address free", async () => {
    const email = await newAccount();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.accountAtAddress.limit + 2; attempt += 1) {
      await signInError({ email, password: `wrong ${attempt}` }, "192.0.2.20");
    }
    expect(await signInError({ email, password: PASSWORD }, "192.0.2.21")).toBe("signed in");
  }, 60_000);

  it("paces an account guessed from many addresses instead of refusing it, and not at all on a known device", async () => {
    const email = await newAccount();
    // Spread over addresses, so no per-address limit is reached: only the account's own pace applies.
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.account.freeAttempts + 1; attempt += 1) {
      expect(await signInError({ email, password: `wrong ${attempt}` }, `192.0.2.${100 + attempt}`)).toBe("invalid");
    }
    const row = await db.rateLimitCounter.findUniqueOrThrow({ where: { key: signInKeys(email, "").account } });
    expect(row.count).toBe(SIGN_IN_LIMITS.account.freeAttempts + 1);
    expect(row.nextAt!.getTime()).toBeGreaterThan(Date.now());
    // The owner at their own browser is not made to wait.
    const started = Date.now();
    expect(await signInError({ email, password: PASSWORD }, "192.0.2.250", true)).toBe("signed in");
    expect(Date.now() - started).toBeLessThan(SIGN_IN_LIMITS.account.firstSpacingMs);
    expect(await db.rateLimitCounter.count({ where: { key: signInKeys(email, "").account } })).toBe(0);
  }, 60_000);

  it("refuses a client address that tries many accounts", async () => {
    const address = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    await db.rateLimitCounter.create({
      data: { key: signInKeys("", address).address, count: SIGN_IN_LIMITS.address.limit - 1, windowEndsAt: new Date(Date.now() + 60_000) },
    });
    expect(await signInError({ email: `x-${randomUUID()}@example.com`, password: "guess guess guess" }, address)).toBe("invalid");
    const email = await newAccount();
    expect(await signInError({ email, password: PASSWORD }, address)).toMatch(/^locked:/);
  }, 30_000);

  it("counts only failures against a shared address: successful sign-ins give their attempt back", async () => {
    const address = `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let person = 0; person < 3; person += 1) expect(await signInError({ email: await newAccount(), password: PASSWORD }, address)).toBe("signed in");
    expect((await db.rateLimitCounter.findUnique({ where: { key: signInKeys("", address).address } }))?.count ?? 0).toBe(0);
  }, 30_000);
});
