/** The per-address limits on anonymous work, against the real database, under parallel bursts. */
import { randomUUID } from "node:crypto";
import { httpStatusOf } from "../http/errors";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { REQUEST_LIMITS } from "../request-limit-rules";
import { uniqueAddress } from "../testing/accounts";
import { DomainError } from "../errors";
import { countAttempt } from "./rate-limits";
import { limitPerAddress } from "./request-limits";
import { signUp } from "./sign-up";

afterAll(async () => {
  await db.$disconnect();
});

async function outcomes(work: Promise<unknown>[]): Promise<{ allowed: number; refused: DomainError[] }> {
  const settled = await Promise.allSettled(work);
  const refused = settled.flatMap((entry) => (entry.status === "rejected" && entry.reason instanceof DomainError ? [entry.reason] : []));
  const unexpected = settled.filter((entry) => entry.status === "rejected" && !(entry.reason instanceof DomainError));
  expect(unexpected).toEqual([]);
  return { allowed: settled.filter((entry) => entry.status === "fulfilled").length, refused };
}

describe("the shared counters", () => {
  it("never ask a request that lost a race to wait longer than the window", async () => {
    const key = `race:${randomUUID()}`;
    const rule = { limit: 1, windowMs: 300_000 };
    const clock = Date.now();
    // The winner read the clock two seconds after the loser did, and its window runs from there.
    expect(await countAttempt(key, rule, new Date(clock + 2_000))).toEqual({ counted: true, count: 1 });
    expect(await countAttempt(key, rule, new Date(clock))).toEqual({ counted: false, retryAfterSeconds: 300 });
    expect(await countAttempt(key, rule, new Date(clock + 62_000))).toEqual({ counted: false, retryAfterSeconds: 240 });
  });
});

describe("per-address limits", () => {
  it("let exactly the limit through a parallel burst, refuse the rest with 429 and a wait, and keep addresses apart", async () => {
    const address = uniqueAddress();
    const { limit } = REQUEST_LIMITS.newAssessment;
    const { allowed, refused } = await outcomes(Array.from({ length: limit + 25 }, () => limitPerAddress("newAssessment", address)));
    expect(allowed).toBe(limit);
    expect(refused).toHaveLength(25);
    expect(refused[0]).toMatchObject({ kind: "rate_limited", code: "rate_limited" });
    expect(refused[0]!.retryAfterSeconds).toBeGreaterThan(REQUEST_LIMITS.newAssessment.windowMs / 1000 - 60);
    expect(refused[0]!.message).toMatch(/^Too many new assessments were started from your network just now\. Try again in \d+ minutes\.$/);
    // Another address, and another kind of request from the same one, are counted on their own.
    await expect(limitPerAddress("newAssessment", uniqueAddress())).resolves.toBeUndefined();
    await expect(limitPerAddress("reportDownload", address)).resolves.toBeUndefined();
  }, 60_000);

  it("count only sign-ups that would create an account: a form with mistakes costs nothing", async () => {
    const address = uniqueAddress();
    for (let attempt = 0; attempt < REQUEST_LIMITS.signUp.limit + 5; attempt += 1) {
      await expect(signUp({ name: "A", email: "not an email", password: "short" }, address)).rejects.toMatchObject({ kind: "invalid" });
    }
    const password = "a long and unusual passphrase 2026";
    const { allowed, refused } = await outcomes(
      Array.from({ length: REQUEST_LIMITS.signUp.limit + 3 }, () => signUp({ name: "Burst", email: `burst-${randomUUID()}@example.test`, password }, address)),
    );
    expect(allowed).toBe(REQUEST_LIMITS.signUp.limit);
    expect(refused.map((error) => httpStatusOf(error))).toEqual([429, 429, 429]);
  }, 120_000);
});
