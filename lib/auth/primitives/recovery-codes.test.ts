import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_BITS,
  hashRecoveryCode,
  isWellFormedRecoveryCode,
  newRecoveryCodes,
  normaliseRecoveryCode,
} from "./recovery-codes";

const FORMAT = /^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/;

describe("newRecoveryCodes", () => {
  it("gives ten distinct codes like abcd-efgh-jkmn by default", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(FORMAT);
      expect(isWellFormedRecoveryCode(code)).toBe(true);
    }
  });

  it("honours the count and refuses a nonsensical one", () => {
    expect(newRecoveryCodes(3)).toHaveLength(3);
    expect(() => newRecoveryCodes(0)).toThrow(RangeError);
    expect(() => newRecoveryCodes(2.5)).toThrow(RangeError);
  });

  it("uses a 32-symbol alphabet without look-alikes, for at least 60 bits per code", () => {
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[ilou]/);
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(60);
  });

  it("draws every symbol of the alphabet", () => {
    const seen = new Set(newRecoveryCodes(1000).join("").replace(/-/g, ""));
    expect(seen.size).toBe(32);
  });
});

describe("normaliseRecoveryCode", () => {
  it("lowercases and drops dashes and whitespace", () => {
    expect(normaliseRecoveryCode("ABCD-EFGH-JKMN")).toBe("abcdefghjkmn");
    expect(normaliseRecoveryCode(" abcd efgh\tjkmn \n")).toBe("abcdefghjkmn");
    expect(normaliseRecoveryCode("abcd–efgh—jkmn")).toBe("abcdefghjkmn"); // typographic dashes from a word processor
  });

  it("reads the letters left out of the alphabet as the digits they resemble", () => {
    expect(normaliseRecoveryCode("OIL0-1abc-defg")).toBe("0110" + "1abcdefg");
  });
});

describe("isWellFormedRecoveryCode", () => {
  it("refuses wrong lengths and foreign characters", () => {
    expect(isWellFormedRecoveryCode("abcd-efgh")).toBe(false);
    expect(isWellFormedRecoveryCode("abcd-efgh-jkmnp")).toBe(false);
    expect(isWellFormedRecoveryCode("abcd-efgh-jkm!")).toBe(false);
    expect(isWellFormedRecoveryCode("abcu-efgh-jkmn")).toBe(false);
    expect(isWellFormedRecoveryCode("ABCD EFGH JKMN")).toBe(true);
  });
});

describe("hashRecoveryCode", () => {
  it("is the SHA-256 hex of the normalised code", () => {
    expect(hashRecoveryCode("abcd-efgh-jkmn")).toBe(createHash("sha256").update("abcdefghjkmn").digest("hex"));
    expect(hashRecoveryCode("abcd-efgh-jkmn")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same hash however the code is typed, and different hashes for different codes", () => {
    const [code, other] = newRecoveryCodes(2) as [string, string];
    const hash = hashRecoveryCode(code);
    expect(hashRecoveryCode(code.toUpperCase())).toBe(hash);
    expect(hashRecoveryCode(code.replace(/-/g, " "))).toBe(hash);
    expect(hashRecoveryCode(code.replace(/-/g, ""))).toBe(hash);
    expect(hashRecoveryCode(other)).not.toBe(hash);
  });
});
