import { describe, expect, it, vi } from "vitest";
import { identityClaims, UserinfoSubjectMismatch, validatedTokens, type ClaimSet, type UserinfoClient } from "./sso-claims";

/** What oidc-provider's defaults (conformIdTokenClaims) put in an ID token asked for with scopes. */
const CONFORMANT_ID_TOKEN: ClaimSet = { sub: "subject-1", iss: "https://id.example.com", aud: "rolefit", amr: ["pwd", "otp"], acr: "urn:mfa" };

function client(answer: Record<string, unknown>, hasEndpoint = true) {
  const userinfo = vi.fn<UserinfoClient["userinfo"]>(async () => answer);
  return { issuer: { metadata: { userinfo_endpoint: hasEndpoint ? "https://id.example.com/me" : undefined } }, userinfo };
}

const tokens = (claims: ClaimSet, accessToken: string | null = "access-token") => ({ access_token: accessToken ?? undefined, claims: () => claims });

describe("identityClaims", () => {
  it("reads the email claims from the userinfo endpoint when the ID token carries only sub", async () => {
    const provider = client({ sub: "subject-1", email: "ana@example.com", email_verified: true, name: "Ana" });
    expect(await identityClaims(tokens(CONFORMANT_ID_TOKEN), provider)).toEqual({ ...CONFORMANT_ID_TOKEN, email: "ana@example.com", email_verified: true, name: "Ana" });
    expect(provider.userinfo).toHaveBeenCalledWith("access-token");
  });

  it("asks nothing more when the ID token has both email claims", async () => {
    const provider = client({});
    const idToken = { ...CONFORMANT_ID_TOKEN, email: "ana@example.com", email_verified: false };
    expect(await identityClaims(tokens(idToken), provider)).toEqual(idToken);
    expect(provider.userinfo).not.toHaveBeenCalled();
  });

  it("takes the address and its verification as a pair from the userinfo endpoint, never one from each source", async () => {
    const provider = client({ sub: "subject-1", email: "other@example.com", email_verified: true });
    const claims = await identityClaims(tokens({ ...CONFORMANT_ID_TOKEN, email: "ana@example.com", name: "From the ID token" }), provider);
    expect(claims).toMatchObject({ email: "other@example.com", email_verified: true, name: "From the ID token" });
  });

  it("keeps amr and acr from the signed ID token, whatever the userinfo endpoint says", async () => {
    const provider = client({ sub: "subject-1", email: "ana@example.com", email_verified: true, amr: ["mfa"], acr: "forged" });
    expect(await identityClaims(tokens({ sub: "subject-1" }), provider)).not.toHaveProperty("amr");
    expect(await identityClaims(tokens(CONFORMANT_ID_TOKEN), provider)).toMatchObject({ amr: ["pwd", "otp"], acr: "urn:mfa" });
  });

  it("refuses a userinfo answer about another subject", async () => {
    const provider = client({ sub: "someone-else", email: "admin@demo.rolefit.test", email_verified: true });
    await expect(identityClaims(tokens(CONFORMANT_ID_TOKEN), provider)).rejects.toBeInstanceOf(UserinfoSubjectMismatch);
  });

  it("stays with the ID token when the provider has no userinfo endpoint or gave no access token", async () => {
    const without = client({ sub: "subject-1", email: "ana@example.com" }, false);
    expect(await identityClaims(tokens(CONFORMANT_ID_TOKEN), without)).toEqual(CONFORMANT_ID_TOKEN);
    const provider = client({ sub: "subject-1", email: "ana@example.com" });
    expect(await identityClaims(tokens(CONFORMANT_ID_TOKEN, null), provider)).toEqual(CONFORMANT_ID_TOKEN);
    expect(provider.userinfo).not.toHaveBeenCalled();
  });
});

describe("validatedTokens", () => {
  it("accepts only tokens that can give their ID token's claims", () => {
    expect(() => validatedTokens({ access_token: "x" })).toThrow(TypeError);
    const set = tokens(CONFORMANT_ID_TOKEN);
    expect(validatedTokens(set)).toBe(set);
  });
});
