import { hash as rawArgon2Hash, type Algorithm } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { PASSWORD_HASH_PARAMS, dummyHash, hashPassword, needsRehash, verifyPassword, verifyPasswordOrDummy } from "./password-hash";

// Each argon2id hash costs tens of milliseconds by design; allow for a slow CI machine.
const SLOW = 20_000;

describe("hashPassword and verifyPassword", () => {
  it("uses argon2id v1.3 with m=19456, t=2, p=1", { timeout: SLOW }, async () => {
    const encoded = await hashPassword("a long and quiet passphrase");
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(PASSWORD_HASH_PARAMS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
  });

  it("round-trips 64- and 128-character passwords", { timeout: SLOW }, async () => {
    for (const length of [64, 128]) {
      const password = "abcdefghij".repeat(13).slice(0, length);
      expect(password).toHaveLength(length);
      const encoded = await hashPassword(password);
      expect(await verifyPassword(encoded, password)).toBe(true);
      expect(await verifyPassword(encoded, password.slice(0, -1))).toBe(false);
    }
  });

  it("does not truncate: a 100-character password differing only in its last character fails", { timeout: SLOW }, async () => {
    const password = `${"x".repeat(99)}a`;
    const encoded = await hashPassword(password);
    expect(await verifyPassword(encoded, `${"x".repeat(99)}b`)).toBe(false);
    expect(await verifyPassword(encoded, password)).toBe(true);
  });

  it("keeps spaces and non-ASCII characters significant", { timeout: SLOW }, async () => {
    const password = " naïve 🔐 café ";
    const encoded = await hashPassword(password);
    expect(await verifyPassword(encoded, password)).toBe(true);
    expect(await verifyPassword(encoded, password.trim())).toBe(false);
    expect(await verifyPassword(encoded, " naive 🔐 cafe ")).toBe(false);
  });

  it("salts each hash", { timeout: SLOW }, async () => {
    expect(await hashPassword("same password twice")).not.toBe(await hashPassword("same password twice"));
  });

  it("returns false instead of throwing on a malformed hash", async () => {
    for (const bad of ["", "garbage", "$argon2id$v=19$m=19456,t=2,p=1$bad", "$2b$12$abcdefghijklmnopqrstuv"]) {
      await expect(verifyPassword(bad, "whatever")).resolves.toBe(false);
    }
  });
});

describe("needsRehash", () => {
  it("is false for a hash made with the current parameters", { timeout: SLOW }, async () => {
    expect(needsRehash(await hashPassword("current settings"))).toBe(false);
  });

  it("is true for weaker parameters, another argon2 variant or an unreadable hash", { timeout: SLOW }, async () => {
    const argon2id = 2 as Algorithm;
    const argon2i = 1 as Algorithm;
    const weaker = await rawArgon2Hash("old", { algorithm: argon2id, memoryCost: 4096, timeCost: 2, parallelism: 1 });
    const fewerPasses = await rawArgon2Hash("old", { algorithm: argon2id, memoryCost: 19456, timeCost: 1, parallelism: 1 });
    const otherVariant = await rawArgon2Hash("old", { algorithm: argon2i, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const stronger = await rawArgon2Hash("old", { algorithm: argon2id, memoryCost: 65536, timeCost: 3, parallelism: 1 });
    expect(needsRehash(weaker)).toBe(true);
    expect(needsRehash(fewerPasses)).toBe(true);
    expect(needsRehash(otherVariant)).toBe(true);
    expect(needsRehash("not a hash")).toBe(true);
    expect(needsRehash(stronger)).toBe(false);
  });
});

describe("the dummy hash", () => {
  it("is computed once with the current parameters", { timeout: SLOW }, async () => {
    const first = dummyHash();
    expect(dummyHash()).toBe(first);
    const encoded = await first;
    expect(encoded).toContain("m=19456,t=2,p=1");
    expect(needsRehash(encoded)).toBe(false);
  });

  it("lets a sign-in for a missing account do the same work and fail", { timeout: SLOW }, async () => {
    expect(await verifyPasswordOrDummy(null, "anything")).toBe(false);
    expect(await verifyPasswordOrDummy(undefined, "")).toBe(false);
    const encoded = await hashPassword("real account");
    expect(await verifyPasswordOrDummy(encoded, "real account")).toBe(true);
    expect(await verifyPasswordOrDummy(encoded, "wrong")).toBe(false);
  });
});
