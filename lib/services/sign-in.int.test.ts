/** Sign-up and sign-in against the real database: validation, generic failures, throttling. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { ServiceError } from "./errors";
import { SignInError, verifySignIn } from "./sign-in";
import { THROTTLE } from "./sign-in-throttle";
import { EMAIL_UNAVAILABLE, signUp } from "./sign-up";

afterAll(async () => {
  await db.$disconnect();
});

const PASSWORD = "correct horse battery staple 42";

async function newAccount(): Promise<string> {
  const email = `person-${randomUUID()}@example.com`;
  await signUp({ name: "Test Person", email, password: PASSWORD });
  return email;
}

async function signInError(input: unknown, address = "203.0.113.7"): Promise<string> {
  try {
    await verifySignIn(input, address);
    return "signed in";
  } catch (error) {
    if (error instanceof SignInError) return error.code;
    throw error;
  }
}

async function fieldErrors(input: unknown): Promise<Record<string, string>> {
  try {
    await signUp(input);
    return {};
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
  }
}

describe("hostile sign-in and sign-up input", () => {
  it("reads text that is not text (a lone surrogate from a JSON body) as a wrong email or password, before any lookup", async () => {
    const email = await newAccount();
    for (const input of [{ email: "\ud800@example.com", password: PASSWORD }, { email, password: `${PASSWORD}\udfff` }, { email, password: PASSWORD, code: "12\ud83d" }]) {
      expect(await signInError(input, "198.51.100.77")).toBe("invalid");
    }
    expect(await db.signInThrottle.count({ where: { key: "address:198.51.100.77" } })).toBe(0);
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
    const user = await verifySignIn({ email: email.toUpperCase(), password: PASSWORD }, "198.51.100.1");
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

  it("locks an account after repeated failures from any address, even for the right password, and the lock is stored", async () => {
    const email = await newAccount();
    for (let attempt = 0; attempt < THROTTLE.account.lockAfter; attempt += 1) {
      // Spread over addresses: the per-account counter still adds up.
      expect(await signInError({ email, password: `wrong ${attempt}` }, `192.0.2.${attempt}`)).toBe("invalid");
    }
    const locked = await signInError({ email, password: PASSWORD }, "192.0.2.200");
    expect(locked).toMatch(/^locked:\d+$/);
    expect(Number(locked.split(":")[1])).toBeGreaterThan(THROTTLE.lockMs / 1000 - 60);
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  }, 60_000);

  it("locks a client address that tries many accounts", async () => {
    const address = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    await db.signInThrottle.create({
      data: { key: `address:${address}`, failures: THROTTLE.address.lockAfter - 1, windowStartsAt: new Date() },
    });
    expect(await signInError({ email: `x-${randomUUID()}@example.com`, password: "guess guess guess" }, address)).toBe("invalid");
    const email = await newAccount();
    expect(await signInError({ email, password: PASSWORD }, address)).toMatch(/^locked:/);
  }, 30_000);
});
