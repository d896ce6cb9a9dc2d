/**
 * The claims single sign-on decides on, from the validated ID token and, when the ID token lacks
 * the email claims, from the provider's userinfo endpoint. A conformant provider puts only `sub`
 * in the ID token when the claims were asked for by scope (OpenID Connect Core 5.4), so the
 * userinfo endpoint is where most providers' email lives.
 */
import type { SsoClaims } from "./sso-decision";

export type ClaimSet = SsoClaims & Record<string, unknown>;

/** What this needs of openid-client's TokenSet: the ID token's claims, already validated by the OAuth callback. */
export interface ValidatedTokens {
  access_token?: string;
  claims(): ClaimSet;
}

/** What this needs of openid-client's Client. */
export interface UserinfoClient {
  issuer: { metadata: { userinfo_endpoint?: string } };
  userinfo(accessToken: string): Promise<Record<string, unknown>>;
}

/**
 * next-auth types the tokens it hands to the userinfo request as plain parameters; at run time they
 * are openid-client's TokenSet, whose ID token its callback has validated. Checked, not assumed.
 */
export function validatedTokens(tokens: object): ValidatedTokens {
  if (!("claims" in tokens) || typeof tokens.claims !== "function") throw new TypeError("The OAuth callback gave no ID token claims to read");
  return tokens as ValidatedTokens;
}

export class UserinfoSubjectMismatch extends Error {
  constructor() {
    super("The userinfo endpoint answered for another subject than the ID token's");
    this.name = "UserinfoSubjectMismatch";
  }
}

/**
 * The ID token's claims, with `email`, `email_verified` and (when missing) `name` from the userinfo
 * endpoint when the ID token lacks either email claim. The address and whether it is verified come
 * as a pair from one source, never one from each. Authentication claims (`amr`, `acr`) always come
 * from the signed ID token.
 */
export async function identityClaims(tokens: ValidatedTokens, client: UserinfoClient): Promise<ClaimSet> {
  const idToken = tokens.claims();
  if (idToken.email !== undefined && idToken.email_verified !== undefined) return idToken;
  if (!client.issuer.metadata.userinfo_endpoint || !tokens.access_token) return idToken;
  const userinfo = await client.userinfo(tokens.access_token);
  // Another subject's claims would link this sign-in to someone else's address.
  if (userinfo.sub !== idToken.sub) throw new UserinfoSubjectMismatch();
  return { ...idToken, email: userinfo.email, email_verified: userinfo.email_verified, name: idToken.name ?? userinfo.name };
}
