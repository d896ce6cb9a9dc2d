/**
 * Where the end-to-end OpenID Connect provider (oidc-provider.ts) listens and how the app is
 * registered with it: read by playwright.config.ts, which starts both, and by the tests.
 */
const appPort = Number(process.env.E2E_PORT ?? 3100);
// Clear of the ports the specs start servers of their own on (shutdown 3101, hostile requests 3102).
const port = Number(process.env.E2E_OIDC_PORT ?? appPort + 10);
const host = "127.0.0.1";

export const E2E_OIDC = {
  host,
  port,
  issuer: `http://${host}:${port}`,
  clientId: "rolefit-e2e",
  clientSecret: "e2e-only-oidc-client-secret",
  redirectUri: `http://${host}:${appPort}/api/auth/callback/oidc`,
  /** The button reads "Sign in with <name>". */
  name: "Example ID",
} as const;
