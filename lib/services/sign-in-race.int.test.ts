/**
 * Parallel bursts against the sign-in limits (issue #14, finding 1): 40 parallel wrong passwords
 * once got 37 checks against the hash, because the limit was read before and counted after. Each
 * attempt is now counted before anything is checked, in one conditional UPDATE, so however many
 * arrive at once, no more reach the hash (or the second factor) than the limit allows. The checks
 * themselves are counted by wrapping the real functions; the database is the real one.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGN_IN_LIMITS } from "../auth/throttle-limits";
import { newTotpSecret } from "../auth/primitives/totp";
import { db } from "../db";
import { consumeSecondFactor } from "./second-factor";
import { SignInError, verifySignIn } from "./sign-in";
import { signUp } from "./sign-up";
import { verifyPasswordOrDummy } from "../auth/primitives/password-hash";
import { uniqueAddress } from "../testing/accounts";

vi.mock("../auth/primitives/password-hash", async (importOriginal) => {
  const real = await importOriginal<typeof import("../auth/primitives/password-hash")>();
  return { ...real, verifyPasswordOrDummy: vi.fn(real.verifyPasswordOrDummy) };
});
vi.mock("./second-factor", async (importOriginal) => {
  const real = await importOriginal<typeof import("./second-factor")>();
  return { ...real, consumeSecondFactor: vi.fn(real.consumeSecondFactor) };
});

const BURST = 50;
const PASSWORD = "correct horse battery staple 42";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.mocked(verifyPasswordOrDummy).mockClear();
  vi.mocked(consumeSecondFactor).mockClear();
});

async function newAccount(): Promise<string> {
  const email = `race-${randomUUID()}@example.com`;
  await signUp({ name: "Race Person", email, password: PASSWORD }, uniqueAddress());
  return email;
}

/** Fires every attempt at once and tallies the outcomes: "signed in", "invalid", "locked", … */
async function burst(attempts: { input: unknown; address: string }[]): Promise<Map<string, number>> {
  const outcomes = await Promise.all(
    attempts.map(({ input, address }) =>
      verifySignIn(input, { clientAddress: address }).then(
        () => "signed in",
        (error: unknown) => {
          if (error instanceof SignInError) return error.code.startsWith("locked:") ? "locked" : error.code;
          throw error;
        },
      ),
    ),
  );
  const tally = new Map<string, number>();
  for (const outcome of outcomes) tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  return tally;
}

describe("a parallel burst of sign-ins", () => {
  it(`from one address: of ${BURST} wrong passwords, exactly the limit are checked against the hash`, async () => {
    const email = await newAccount();
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const tally = await burst(Array.from({ length: BURST }, (_, index) => ({ input: { email, password: `wrong guess ${index}` }, address })));
    const limit = SIGN_IN_LIMITS.accountAtAddress.limit;
    expect(vi.mocked(verifyPasswordOrDummy)).toHaveBeenCalledTimes(limit);
    expect(Object.fromEntries(tally)).toEqual({ invalid: limit, locked: BURST - limit });
    // And the right password right after the burst is refused too: the guesses are used up.
    expect(await burst([{ input: { email, password: PASSWORD }, address }])).toEqual(new Map([["locked", 1]]));
  }, 120_000);

  it(`from ${BURST} addresses: the account is paced, so only the free attempts and the turns that come within the wait are checked`, async () => {
    const email = await newAccount();
    const prefix = `198.51.${Math.floor(Math.random() * 250)}`;
    const tally = await burst(Array.from({ length: BURST }, (_, index) => ({ input: { email, password: `wrong guess ${index}` }, address: `${prefix}.${index}` })));
    const { freeAttempts, firstSpacingMs, maxWaitMs } = SIGN_IN_LIMITS.account;
    // Turns after the free attempts come 1 s, 2 s, 4 s … apart; those within the wait are taken.
    let turns = 0;
    for (let waited = 0; waited <= maxWaitMs; turns += 1) waited += firstSpacingMs * 2 ** turns;
    const checked = vi.mocked(verifyPasswordOrDummy).mock.calls.length;
    expect(checked).toBeGreaterThanOrEqual(freeAttempts);
    expect(checked).toBeLessThanOrEqual(freeAttempts + turns);
    expect(tally.get("invalid")).toBe(checked);
    expect(tally.get("locked")).toBe(BURST - checked);
  }, 120_000);

  it(`of second-factor codes: ${BURST} wrong codes with the right password, from one address, get only the limit's worth of checks`, async () => {
    const email = await newAccount();
    await db.user.update({ where: { email }, data: { totpSecret: newTotpSecret(), totpEnabledAt: new Date() } });
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const tally = await burst(
      Array.from({ length: BURST }, (_, index) => ({ input: { email, password: PASSWORD, code: String(100_000 + index * 7919).slice(0, 6) }, address })),
    );
    const limit = SIGN_IN_LIMITS.accountAtAddress.limit;
    expect(vi.mocked(consumeSecondFactor).mock.calls.length).toBeLessThanOrEqual(limit);
    expect(tally.get("locked")).toBe(BURST - limit);
    expect((tally.get("totp_invalid") ?? 0) + (tally.get("signed in") ?? 0)).toBe(limit);
  }, 120_000);
});
