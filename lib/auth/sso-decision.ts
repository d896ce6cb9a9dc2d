/**
 * What a single sign-on may do, decided from the identity provider's claims, the account found
 * at the claimed address, and the administrator's trust settings. Pure: no I/O, so every rule
 * below is tested as a table (sso-decision.test.ts).
 *
 * The identity provider is trusted to say who someone is, not which Rolefit account they own: an
 * address links to an account only when the provider vouches for it (`email_verified: true`), or
 * when the administrator has named the provider authoritative for the address's domain. Otherwise
 * anyone able to register any address at a lax provider could sign in as that address's owner.
 */
import { ZEmail } from "../validation/auth";

export interface SsoTrust {
  /** Domains whose addresses count as verified when the provider sends no `email_verified` claim at all. */
  trustedEmailDomains: readonly string[];
  /** Whether the provider's multi-factor authentication (its `amr` or `acr` claim) stands in for the account's own code. */
  trustProviderMfa: boolean;
  /** `acr` values that mean multi-factor authentication at this provider; read only when trustProviderMfa is on. */
  mfaAcrValues: readonly string[];
}

/** The claims the decision reads, as the provider sent them: nothing about their types is assumed. */
export interface SsoClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  amr?: unknown;
  acr?: unknown;
}

export interface SsoAccount {
  id: string;
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
}

export type SsoRefusalReason = "email_missing" | "email_unverified" | "account_disabled";

export type SsoDecision =
  | {
      outcome: "refuse";
      reason: SsoRefusalReason;
      /** What the provider said about the address, when that is the reason. */
      emailVerified: "false" | "missing" | "not_a_boolean" | null;
      /** The refused account, when there is one. */
      userId: string | null;
    }
  | { outcome: "second_factor"; userId: string }
  | {
      outcome: "sign_in";
      email: string;
      name: string | null;
      /** The account to sign in to, or null to create one. */
      userId: string | null;
      emailTrustedBy: "provider" | "trusted_domain";
      /** Why no code is asked: the account has none set up, or the provider's MFA is trusted to stand in for it. */
      secondFactor: "not_set_up" | "provider_mfa";
    };

/** The claimed address as an account's email (trimmed, lower case), or null when it is not one. */
export function ssoEmail(claims: Pick<SsoClaims, "email">): string | null {
  const parsed = ZEmail.safeParse(claims.email);
  return parsed.success ? parsed.data : null;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1);

function ssoName(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const name = value.trim();
  // Stored as an account's name: within sign-up's limits, on one line, or not at all.
  return name.length > 0 && name.length <= 120 && !/[\u0000-\u001f\u007f-\u009f]/.test(name) ? name : null;
}

/**
 * RFC 8176 authentication methods by the kind of factor they prove. `mca` (several channels) and
 * `user` (presence) prove no factor of their own, and unknown values count for nothing.
 */
const FACTOR_KIND: Record<string, "knowledge" | "possession" | "inherence"> = {
  pwd: "knowledge",
  pin: "knowledge",
  kba: "knowledge",
  otp: "possession",
  hwk: "possession",
  swk: "possession",
  sms: "possession",
  tel: "possession",
  sc: "possession",
  pop: "possession",
  fpt: "inherence",
  face: "inherence",
  iris: "inherence",
  retina: "inherence",
  vbm: "inherence",
};

/** Whether the claims say the person passed multi-factor authentication at the provider. */
export function assertsMultiFactor(claims: Pick<SsoClaims, "amr" | "acr">, trust: Pick<SsoTrust, "mfaAcrValues">): boolean {
  if (typeof claims.acr === "string" && trust.mfaAcrValues.includes(claims.acr)) return true;
  if (!Array.isArray(claims.amr)) return false;
  const methods = claims.amr.filter((value): value is string => typeof value === "string");
  if (methods.includes("mfa")) return true;
  return new Set(methods.flatMap((method) => (Object.hasOwn(FACTOR_KIND, method) ? [FACTOR_KIND[method]] : []))).size >= 2;
}

function emailVerifiedClaim(value: unknown): "true" | "false" | "missing" | "not_a_boolean" {
  if (value === true) return "true";
  if (value === false) return "false";
  return value === undefined || value === null ? "missing" : "not_a_boolean";
}

/**
 * `account` is the account whose email is ssoEmail(claims), if there is one. A trusted domain
 * stands in only for a missing `email_verified`: a provider that says false, or says something
 * that is not a boolean (the string "true" included), is taken at its word and refused.
 */
export function decideSsoSignIn(claims: SsoClaims, account: SsoAccount | null, trust: SsoTrust): SsoDecision {
  const email = ssoEmail(claims);
  if (!email) return { outcome: "refuse", reason: "email_missing", emailVerified: null, userId: null };
  const verified = emailVerifiedClaim(claims.email_verified);
  const trustedDomain = verified === "missing" && trust.trustedEmailDomains.includes(domainOf(email));
  if (verified !== "true" && !trustedDomain) return { outcome: "refuse", reason: "email_unverified", emailVerified: verified, userId: null };
  if (account?.disabledAt) return { outcome: "refuse", reason: "account_disabled", emailVerified: null, userId: account.id };

  const providerMfa = trust.trustProviderMfa && assertsMultiFactor(claims, trust);
  if (account?.totpEnabledAt && !providerMfa) return { outcome: "second_factor", userId: account.id };
  return {
    outcome: "sign_in",
    email,
    name: ssoName(claims.name),
    userId: account?.id ?? null,
    emailTrustedBy: verified === "true" ? "provider" : "trusted_domain",
    secondFactor: account?.totpEnabledAt ? "provider_mfa" : "not_set_up",
  };
}
