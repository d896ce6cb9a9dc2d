import { describe, expect, it } from "vitest";
import { assertsMultiFactor, decideSsoSignIn, ssoEmail, type SsoAccount, type SsoClaims, type SsoTrust } from "./sso-decision";

const DEFAULTS: SsoTrust = { trustedEmailDomains: [], trustProviderMfa: false, mfaAcrValues: [] };
const ADMIN = "admin@demo.rolefit.test";
const active: SsoAccount = { id: "u1", disabledAt: null, totpEnabledAt: null };
const withTotp: SsoAccount = { id: "u2", disabledAt: null, totpEnabledAt: new Date() };
const disabled: SsoAccount = { id: "u3", disabledAt: new Date(), totpEnabledAt: new Date() };

const claims = (extra: Partial<SsoClaims>): SsoClaims => ({ sub: "subject-1", ...extra });

describe("linking by email", () => {
  it("links only an address the provider says is verified with the boolean true", () => {
    expect(decideSsoSignIn(claims({ email: ADMIN, email_verified: true }), active, DEFAULTS)).toMatchObject({ outcome: "sign_in", userId: "u1", emailTrustedBy: "provider" });
  });

  it.each([
    ["missing", undefined, "missing"],
    ["null", null, "missing"],
    ["false", false, "false"],
    ['the string "false"', "false", "not_a_boolean"],
    ['the string "true"', "true", "not_a_boolean"],
    ["a number", 1, "not_a_boolean"],
  ] as const)("refuses an address whose email_verified is %s, even for an existing administrator", (_label, value, said) => {
    expect(decideSsoSignIn(claims({ email: ADMIN, email_verified: value }), withTotp, DEFAULTS)).toEqual({ outcome: "refuse", reason: "email_unverified", emailVerified: said, userId: null });
    expect(decideSsoSignIn(claims({ email: "new@example.com", email_verified: value }), null, DEFAULTS)).toMatchObject({ outcome: "refuse", reason: "email_unverified" });
  });

  it("counts an address at a trusted domain as verified only when the claim is missing, never when the provider says otherwise", () => {
    const trust = { ...DEFAULTS, trustedEmailDomains: ["demo.rolefit.test"] };
    expect(decideSsoSignIn(claims({ email: ADMIN }), active, trust)).toMatchObject({ outcome: "sign_in", emailTrustedBy: "trusted_domain" });
    expect(decideSsoSignIn(claims({ email: "Person@DEMO.rolefit.test" }), null, trust)).toMatchObject({ outcome: "sign_in", email: "person@demo.rolefit.test" });
    expect(decideSsoSignIn(claims({ email: ADMIN, email_verified: false }), active, trust)).toMatchObject({ outcome: "refuse", reason: "email_unverified", emailVerified: "false" });
    expect(decideSsoSignIn(claims({ email: ADMIN, email_verified: "false" }), active, trust)).toMatchObject({ outcome: "refuse", reason: "email_unverified" });
  });

  it("trusts a domain exactly: neither its subdomains nor a look-alike", () => {
    const trust = { ...DEFAULTS, trustedEmailDomains: ["rolefit.test"] };
    for (const email of [ADMIN, "someone@evilrolefit.test", "someone@rolefit.test.evil.example"]) {
      expect(decideSsoSignIn(claims({ email }), null, trust)).toMatchObject({ outcome: "refuse", reason: "email_unverified" });
    }
  });

  it("refuses claims without a usable address", () => {
    for (const email of [undefined, "", "not an address", ["a@example.com"], 42, `${"a".repeat(320)}@example.com`]) {
      expect(decideSsoSignIn(claims({ email, email_verified: true }), null, DEFAULTS)).toMatchObject({ outcome: "refuse", reason: "email_missing" });
    }
  });

  it("creates an account for a new verified address, with the provider's name when it is a plausible one", () => {
    expect(decideSsoSignIn(claims({ email: " New.Person@Example.com ", email_verified: true, name: "  Ada Lovelace " }), null, DEFAULTS)).toEqual({
      outcome: "sign_in",
      email: "new.person@example.com",
      name: "Ada Lovelace",
      userId: null,
      emailTrustedBy: "provider",
      secondFactor: "not_set_up",
    });
    for (const name of ["line\nbreak", "x".repeat(121), 7, ""]) {
      expect(decideSsoSignIn(claims({ email: "n@example.com", email_verified: true, name }), null, DEFAULTS)).toMatchObject({ name: null });
    }
  });

  it("refuses a disabled account after the address is verified, and says nothing about it before", () => {
    expect(decideSsoSignIn(claims({ email: ADMIN, email_verified: true }), disabled, DEFAULTS)).toEqual({ outcome: "refuse", reason: "account_disabled", emailVerified: null, userId: "u3" });
    expect(decideSsoSignIn(claims({ email: ADMIN }), disabled, DEFAULTS)).toMatchObject({ reason: "email_unverified" });
  });
});

describe("the second factor after single sign-on", () => {
  const verified = { email: ADMIN, email_verified: true };

  it("asks an account with an authenticator app for its code, whatever the provider says, by default", () => {
    expect(decideSsoSignIn(claims(verified), withTotp, DEFAULTS)).toEqual({ outcome: "second_factor", userId: "u2" });
    expect(decideSsoSignIn(claims({ ...verified, amr: ["mfa", "pwd", "otp"], acr: "urn:mfa" }), withTotp, { ...DEFAULTS, mfaAcrValues: ["urn:mfa"] })).toEqual({
      outcome: "second_factor",
      userId: "u2",
    });
  });

  it("lets the provider's multi-factor authentication stand in for the code only when the administrator trusts it", () => {
    const trust = { ...DEFAULTS, trustProviderMfa: true, mfaAcrValues: ["http://schemas.openid.net/pape/policies/2007/06/multi-factor"] };
    expect(decideSsoSignIn(claims({ ...verified, amr: ["pwd", "mfa"] }), withTotp, trust)).toMatchObject({ outcome: "sign_in", secondFactor: "provider_mfa" });
    expect(decideSsoSignIn(claims({ ...verified, acr: "http://schemas.openid.net/pape/policies/2007/06/multi-factor" }), withTotp, trust)).toMatchObject({ outcome: "sign_in" });
    expect(decideSsoSignIn(claims({ ...verified, amr: ["pwd"] }), withTotp, trust)).toMatchObject({ outcome: "second_factor" });
    expect(decideSsoSignIn(claims({ ...verified, acr: "urn:other" }), withTotp, trust)).toMatchObject({ outcome: "second_factor" });
    expect(decideSsoSignIn(claims(verified), withTotp, trust)).toMatchObject({ outcome: "second_factor" });
  });

  it("asks nothing more of an account that has no authenticator app", () => {
    expect(decideSsoSignIn(claims(verified), active, DEFAULTS)).toMatchObject({ outcome: "sign_in", secondFactor: "not_set_up" });
  });
});

describe("multi-factor authentication in amr and acr", () => {
  const trust = { mfaAcrValues: ["phrh"] };
  it.each([
    [["mfa"], true],
    [["pwd", "otp"], true],
    [["pwd", "hwk"], true],
    [["hwk", "pin"], true],
    [["swk", "fpt"], true],
    [["pwd"], false],
    [["otp"], false],
    [["otp", "sms", "hwk"], false],
    [["pwd", "kba", "pin"], false],
    [["pwd", "mca"], false],
    [["pwd", "user"], false],
    [["pwd", "toString"], false],
    [["pwd", 7], false],
    ["mfa", false],
    [undefined, false],
  ])("amr %j is multi-factor: %s", (amr, expected) => {
    expect(assertsMultiFactor({ amr }, trust)).toBe(expected);
  });

  it("reads an acr only when it is one the administrator listed", () => {
    expect(assertsMultiFactor({ acr: "phrh" }, trust)).toBe(true);
    expect(assertsMultiFactor({ acr: "phr" }, trust)).toBe(false);
    expect(assertsMultiFactor({ acr: ["phrh"] }, trust)).toBe(false);
  });
});

describe("ssoEmail", () => {
  it("reads the address as an account's email, or not at all", () => {
    expect(ssoEmail({ email: " Admin@Demo.Rolefit.TEST" })).toBe(ADMIN);
    expect(ssoEmail({ email: null })).toBeNull();
  });
});
