import { describe, expect, it } from "vitest";
import { TOTP_STEP_SECONDS, base32Decode, base32Encode, newTotpSecret, otpauthUri, totpCode, totpStep, verifyTotp } from "./totp";

// RFC 6238 appendix B uses the ASCII seed "12345678901234567890" as the SHA-1 key.
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890", "ascii"));
const STEP_MS = TOTP_STEP_SECONDS * 1000;

describe("base32 (RFC 4648)", () => {
  it("matches the RFC 4648 test vectors, without padding", () => {
    const vectors: [string, string][] = [
      ["", ""],
      ["f", "MY"],
      ["fo", "MZXQ"],
      ["foo", "MZXW6"],
      ["foob", "MZXW6YQ"],
      ["fooba", "MZXW6YTB"],
      ["foobar", "MZXW6YTBOI"],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(Buffer.from(plain))).toBe(encoded);
      expect(base32Decode(encoded).toString()).toBe(plain);
    }
  });

  it("decodes what people type (lower case, spaces, padding) and refuses other characters", () => {
    expect(base32Decode("mzxw 6ytb oi======").toString()).toBe("foobar");
    expect(() => base32Decode("MZXW1")).toThrow(/base32/);
  });

  it("encodes the RFC seed as the usual authenticator test secret", () => {
    expect(RFC_SECRET).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });
});

describe("newTotpSecret", () => {
  it("gives 160 random bits as 32 base32 characters", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
  });
});

describe("totpCode", () => {
  it("matches the RFC 6238 appendix B SHA-1 test vectors (8 digits)", () => {
    const vectors: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
      [20000000000, "65353130"],
    ];
    for (const [seconds, code] of vectors) expect(totpCode(RFC_SECRET, seconds * 1000, { digits: 8 })).toBe(code);
  });

  it("matches the RFC 4226 appendix D HOTP values when the step is the counter (6 digits by default)", () => {
    const hotp = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    hotp.forEach((code, counter) => expect(totpCode(RFC_SECRET, counter * STEP_MS)).toBe(code));
  });

  it("keeps the same code through a 30-second step", () => {
    expect(totpStep(59_999)).toBe(1);
    expect(totpCode(RFC_SECRET, 30_000)).toBe(totpCode(RFC_SECRET, 59_999));
    expect(totpCode(RFC_SECRET, 60_000)).not.toBe(totpCode(RFC_SECRET, 59_999));
  });

  it("refuses a digit count outside 6 to 9", () => {
    expect(() => totpCode(RFC_SECRET, 0, { digits: 5 })).toThrow(RangeError);
    expect(() => totpCode(RFC_SECRET, 0, { digits: 10 })).toThrow(RangeError);
  });
});

describe("verifyTotp", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 0, 15, 12, 0, 10);
  const step = totpStep(now);
  const codeAt = (offset: number) => totpCode(secret, now + offset * STEP_MS);

  it("accepts the current code and returns its step", () => {
    expect(verifyTotp(secret, codeAt(0), now, null)).toEqual({ ok: true, step });
  });

  it("accepts one step of drift either way, and no more", () => {
    expect(verifyTotp(secret, codeAt(-1), now, null)).toEqual({ ok: true, step: step - 1 });
    expect(verifyTotp(secret, codeAt(1), now, null)).toEqual({ ok: true, step: step + 1 });
    expect(verifyTotp(secret, codeAt(-2), now, null)).toEqual({ ok: false });
    expect(verifyTotp(secret, codeAt(2), now, null)).toEqual({ ok: false });
  });

  it("refuses a code from another secret", () => {
    expect(verifyTotp(newTotpSecret(), codeAt(0), now, null)).toEqual({ ok: false });
  });

  it("lets each code work once: the used step and any earlier one are refused", () => {
    const first = verifyTotp(secret, codeAt(0), now, null);
    expect(first).toEqual({ ok: true, step });
    // The same code again, still within its window.
    expect(verifyTotp(secret, codeAt(0), now + 5_000, step)).toEqual({ ok: false });
    // An older code that drift would otherwise allow.
    expect(verifyTotp(secret, codeAt(-1), now, step)).toEqual({ ok: false });
    // The next code is fine.
    expect(verifyTotp(secret, codeAt(1), now + STEP_MS, step)).toEqual({ ok: true, step: step + 1 });
  });

  it("refuses malformed codes", () => {
    const code = codeAt(0);
    const malformed = [
      "",
      code.slice(0, 5),
      `${code}0`,
      `${code.slice(0, 5)}a`,
      `+${code.slice(1)}`,
      `-${code.slice(1)}`,
      "١٢٣٤٥٦", // Arabic-Indic digits
      `${code.slice(0, 3)}.${code.slice(3)}`,
    ];
    for (const bad of malformed) expect(verifyTotp(secret, bad, now, null)).toEqual({ ok: false });
  });

  it("ignores whitespace the way authenticator apps display codes", () => {
    const code = codeAt(0);
    expect(verifyTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, now, null)).toEqual({ ok: true, step });
  });

  it("verifies 8-digit codes when asked to", () => {
    const code = totpCode(RFC_SECRET, 59_000, { digits: 8 });
    expect(verifyTotp(RFC_SECRET, code, 59_000, null, { digits: 8 })).toEqual({ ok: true, step: 1 });
    expect(verifyTotp(RFC_SECRET, code.slice(0, 6), 59_000, null, { digits: 8 })).toEqual({ ok: false });
  });
});

describe("otpauthUri", () => {
  it("builds a Key URI with the issuer in the label and as a parameter", () => {
    const uri = otpauthUri({ secret: RFC_SECRET, accountName: "ada+cto@example.com", issuer: "Rolefit" });
    expect(uri).toBe(
      "otpauth://totp/Rolefit:ada%2Bcto%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Rolefit&algorithm=SHA1&digits=6&period=30",
    );
    const parsed = new URL(uri);
    expect(parsed.protocol).toBe("otpauth:");
    expect(parsed.searchParams.get("secret")).toBe(RFC_SECRET);
  });

  it("defaults the issuer to Rolefit and encodes spaces as %20", () => {
    expect(otpauthUri({ secret: "abcd efgh", accountName: "Ada Lovelace" })).toBe(
      "otpauth://totp/Rolefit:Ada%20Lovelace?secret=ABCDEFGH&issuer=Rolefit&algorithm=SHA1&digits=6&period=30",
    );
  });
});
