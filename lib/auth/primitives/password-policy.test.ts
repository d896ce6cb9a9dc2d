import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PASSWORD_HINT,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
  ZCurrentPassword,
  ZNewPassword,
  newPasswordSchema,
  passwordLength,
  passwordProblems,
} from "./password-policy";

function messagesOf(value: unknown, schema = ZNewPassword): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("ZNewPassword length", () => {
  it("refuses 7 characters with the hint towards 15", () => {
    expect(messagesOf("tangelo")).toEqual(["Use at least 8 characters; 15 or more is better."]);
    expect(messagesOf("")).toEqual([PASSWORD_MESSAGES.tooShort]);
  });

  it("accepts 8, 64 and 128 characters and refuses 129", () => {
    expect(messagesOf("tangelos")).toEqual([]);
    expect(messagesOf("x7".repeat(32))).toEqual([]);
    expect(messagesOf("x7".repeat(64))).toEqual([]);
    expect(messagesOf(`${"x7".repeat(64)}!`)).toEqual(["Use at most 128 characters."]);
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
  });

  it("counts Unicode code points, not UTF-16 units", () => {
    const emoji = "🔐"; // one code point, two UTF-16 units
    expect(emoji.length).toBe(2);
    expect(passwordLength(emoji)).toBe(1);
    expect(messagesOf(emoji.repeat(7))).toEqual([PASSWORD_MESSAGES.tooShort]); // 14 units, 7 characters
    expect(messagesOf(emoji.repeat(8))).toEqual([]);
    expect(messagesOf(emoji.repeat(128))).toEqual([]); // 256 units, 128 characters
    expect(messagesOf(emoji.repeat(129))).toEqual([PASSWORD_MESSAGES.tooLong]);
    expect(passwordLength("naïve café")).toBe(10);
  });
});

describe("ZNewPassword has no composition rules and changes nothing", () => {
  it("accepts passwords of a single character class", () => {
    for (const password of ["correct horse battery staple", "lowercaseonlypassphrase", "8271936450172", "ÄÖÜßäöüéèê", "        tabs\tand spaces"]) {
      expect(messagesOf(password)).toEqual([]);
    }
  });

  it("neither trims nor truncates", () => {
    const padded = "  tangerine elephant  ";
    expect(ZNewPassword.parse(padded)).toBe(padded);
    const long = "a quiet river runs ".repeat(6).slice(0, 110);
    expect(ZNewPassword.parse(long)).toBe(long);
  });

  it("returns exactly what it was given for any string within the length range", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH }), (password) => {
        const problems = passwordProblems(password);
        expect(problems).not.toContain(PASSWORD_MESSAGES.tooShort);
        expect(problems).not.toContain(PASSWORD_MESSAGES.tooLong);
        if (problems.length === 0) expect(ZNewPassword.parse(password)).toBe(password);
      }),
    );
  });

  it("refuses non-strings", () => {
    expect(messagesOf(12345678)).toEqual(["Enter a password."]);
    expect(messagesOf(undefined)).toEqual(["Enter a password."]);
  });
});

describe("common and context-specific passwords", () => {
  it("refuses common passwords whatever their case", () => {
    for (const password of ["password", "Password", "PASSWORD", "12345678", "qwertyuiop", "iloveyou"]) {
      expect(messagesOf(password)).toEqual(["This password is too common; choose one that is harder to guess."]);
    }
  });

  it("refuses the account's email address or its local part, ignoring case", () => {
    const email = "Alice.Liddell@example.org";
    expect(passwordProblems("alice.liddell@example.org", { email })).toEqual([PASSWORD_MESSAGES.isEmail]);
    expect(passwordProblems("ALICE.LIDDELL", { email: ` ${email} ` })).toEqual([PASSWORD_MESSAGES.isEmail]);
    expect(passwordProblems("alice.liddell.rabbit.hole", { email })).toEqual([]);
    expect(passwordProblems("alice.liddell@example.org")).toEqual([]);
    expect(messagesOf("alice.liddell@example.org", newPasswordSchema({ email }))).toEqual([PASSWORD_MESSAGES.isEmail]);
    expect(messagesOf("alice.liddell@example.org", newPasswordSchema({ email: null }))).toEqual([]);
  });

  it("refuses the site's name with digits or symbols tacked on", () => {
    expect(passwordProblems("Rolefit2024!")).toEqual([PASSWORD_MESSAGES.isSiteName]);
    expect(passwordProblems("rolefit1")).toEqual([PASSWORD_MESSAGES.isSiteName]);
    expect(passwordProblems("rolefit is where I plan my org chart")).toEqual([]);
  });

  it("reports a length problem alone", () => {
    expect(passwordProblems("123456")).toEqual([PASSWORD_MESSAGES.tooShort]);
  });
});

describe("hint and sign-in schema", () => {
  it("recommends 15 or more characters and passphrases", () => {
    expect(PASSWORD_HINT).toMatch(/15 or more/);
    expect(PASSWORD_HINT).toMatch(/passphrase/i);
  });

  it("lets any existing password through at sign-in, but not an empty or huge one", () => {
    expect(ZCurrentPassword.safeParse("123456").success).toBe(true);
    expect(ZCurrentPassword.safeParse("").success).toBe(false);
    expect(ZCurrentPassword.safeParse("x".repeat(1025)).success).toBe(false);
  });
});
