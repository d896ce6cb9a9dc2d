/**
 * A real OpenID Connect provider for the single sign-on tests (playwright.config.ts starts it
 * before the app): the `oidc-provider` package with its defaults, so the ID token carries only
 * `sub` (conformIdTokenClaims) and the email comes from the userinfo endpoint, as with a
 * standards-conformant provider in production. Its own development login page takes any login
 * and password; the login names the person:
 *
 * - `verified:<email>`: the provider vouches for the address (`email_verified: true`);
 * - `unverified:<email>`: the provider sends the address without any `email_verified` claim.
 */
import Provider, { type ClaimsParameterMember, type FindAccount } from "oidc-provider";
import { E2E_OIDC } from "./oidc-settings";

const PEOPLE = /^(verified|unverified):([^\s@]+@[^\s@]+)$/;

const findAccount: FindAccount = (_context, id) => {
  const person = PEOPLE.exec(id);
  if (!person) return undefined;
  const [, kind, email] = person;
  return {
    accountId: id,
    claims: (_use: string, _scope: string, _claims: Record<string, ClaimsParameterMember | null>, _rejected: string[]) => ({
      sub: id,
      email,
      ...(kind === "verified" ? { email_verified: true } : {}),
      name: `SSO ${email!.split("@")[0]}`,
    }),
  };
};

const provider = new Provider(E2E_OIDC.issuer, {
  clients: [
    {
      client_id: E2E_OIDC.clientId,
      client_secret: E2E_OIDC.clientSecret,
      redirect_uris: [E2E_OIDC.redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  findAccount,
  cookies: { keys: ["e2e-only-oidc-provider-cookie-key"] },
});

provider.listen(E2E_OIDC.port, E2E_OIDC.host, () => {
  console.log(`OpenID Connect provider for the end-to-end tests at ${E2E_OIDC.issuer}`);
});
