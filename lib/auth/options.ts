/**
 * next-auth configuration: email and password (with a second factor), optional OpenID Connect
 * single sign-on (which asks an account with an authenticator app for its code too), and JWT
 * sessions so any instance can serve any user. Revocation is checked on every request by
 * lib/auth/session.ts against the user's session version.
 */
import "server-only";
import type { NextAuthOptions, Profile } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Provider } from "next-auth/providers/index";
import { cookies } from "next/headers";
import { randomBytes } from "node:crypto";
import { env } from "../env";
import { logger } from "../log/logger";
import { SignInError, verifySignIn } from "../services/sign-in";
import { isSessionRevoked, isUserSessionCurrent, revokeSession } from "../services/sessions";
import { completeSsoSecondFactor, decideForClaims, linkSsoAccount, startSsoSecondFactor } from "../services/sso-sign-in";
import { clientAddressFrom } from "../http/client-address";
import { HOME_PATH, safeCallbackPath } from "../validation/auth";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_COOKIE_OPTIONS, isKnownDevice, knownDeviceToken } from "./known-device";
import { identityClaims, validatedTokens, type ClaimSet } from "./sso-claims";
import { ssoEmail } from "./sso-decision";
import { logNextAuthError } from "./sso-log";
import { SSO_PENDING_COOKIE, SSO_PENDING_COOKIE_DELETION, SSO_SECOND_FACTOR_PROVIDER_ID, ssoPendingCookieOptions, ssoPendingToken } from "./sso-pending-cookie";

// Short, and renewed while the person is active (components/auth/session-keeper.tsx).
export const SESSION_MAX_AGE_SECONDS = 2 * 60 * 60;

/**
 * Thrown from the jwt callback when a session is read after its account was disabled or deleted,
 * or after its sessions were ended (sign-out everywhere, a password change, a removed role).
 * next-auth 4 answers a failing jwt callback as it answers a bad token: an empty session and a
 * cleared cookie, so /api/auth/session says "signed out" just as the pages and services already do.
 */
class SessionEndedError extends Error {
  constructor() {
    super("The session's account is disabled, deleted or signed out everywhere");
    this.name = "SessionEndedError";
  }
}

/** The same test lib/auth/session.ts applies to every request, on the user id, version and session id the token carries. */
async function isSessionCurrent(token: { uid?: string; sv?: number; sid?: string }): Promise<boolean> {
  if (!token.uid || typeof token.sv !== "number" || !token.sid) return false;
  const [current, revoked] = await Promise.all([isUserSessionCurrent(token.uid, token.sv), isSessionRevoked(token.sid)]);
  return current && !revoked;
}

const newSessionId = () => randomBytes(16).toString("base64url");

function headerValue(headers: Record<string, string | string[] | undefined> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value.join("; ") : value;
}

/** Remembers this browser for the account it just signed in to (see lib/auth/known-device.ts). */
async function rememberDevice(email: string): Promise<void> {
  const token = knownDeviceToken(email);
  if (token) (await cookies()).set(KNOWN_DEVICE_COOKIE, token, KNOWN_DEVICE_COOKIE_OPTIONS);
}

const useSecureCookies = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/**
 * Where the person was going when they chose single sign-on: next-auth keeps it in its
 * callback-url cookie, as an absolute URL on this site (its redirect callback saw to that).
 */
async function ssoCallbackPath(): Promise<string> {
  const value = (await cookies()).get(`${useSecureCookies ? "__Secure-" : ""}next-auth.callback-url`)?.value;
  if (!value) return HOME_PATH;
  try {
    const url = new URL(value, "http://callback.invalid");
    return safeCallbackPath(url.pathname + url.search, HOME_PATH);
  } catch {
    return HOME_PATH;
  }
}

/**
 * The second step of a single sign-on for an account with an authenticator app: the code, with
 * the pending sign-in the signIn callback left in a cookie.
 */
const ssoSecondFactorProvider = CredentialsProvider({
  id: SSO_SECOND_FACTOR_PROVIDER_ID,
  name: "Single sign-on code",
  credentials: { code: { type: "text" } },
  async authorize(credentials, request) {
    const cookieHeader = headerValue(request.headers, "cookie");
    let outcome: Awaited<ReturnType<typeof completeSsoSecondFactor>>;
    try {
      outcome = await completeSsoSecondFactor(ssoPendingToken(cookieHeader), credentials?.code, {
        clientAddress: clientAddressFrom(request.headers ?? {}),
        knownDevice: (email) => isKnownDevice(cookieHeader, email),
      });
    } catch (error) {
      logger.error({ err: error }, "single sign-on second factor failed unexpectedly");
      throw new Error("unavailable");
    }
    const jar = await cookies();
    if (outcome.ok) {
      jar.delete(SSO_PENDING_COOKIE_DELETION);
      logger.info({ userId: outcome.user.id, secondFactor: "code" }, "signed in with single sign-on");
      return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, sessionVersion: outcome.user.sessionVersion };
    }
    if (!outcome.pending.keep) {
      if (outcome.pending.next) jar.set(SSO_PENDING_COOKIE, outcome.pending.next.token, ssoPendingCookieOptions(outcome.pending.next.expiresAt));
      else jar.delete(SSO_PENDING_COOKIE_DELETION);
    }
    logger.warn({ reason: outcome.error, userId: outcome.userId }, "single sign-on second factor refused");
    throw new Error(outcome.error);
  },
});

/** The OpenID Connect provider, and the second step for accounts that owe their code; none without the settings. */
function ssoProviders(): Provider[] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  const oidc: OAuthConfig<ClaimSet> = {
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    // The OAuth callback validates the ID token before anything reads it; the userinfo endpoint
    // is asked only for the email claims a conformant ID token leaves out.
    idToken: true,
    checks: ["pkce", "state"],
    authorization: { params: { scope: "openid email profile" } },
    // next-auth types the answer as its own Profile; it reaches profile() and the callbacks as it is.
    userinfo: { request: async ({ tokens, client }) => (await identityClaims(validatedTokens(tokens), client)) as Profile },
    // Which account this is, is decided from the claims by the signIn and jwt callbacks.
    profile: (profile) => ({ id: profile.sub }),
  };
  return [oidc, ssoSecondFactorProvider];
}

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  // Secure cookies with the __Secure- prefix whenever the public URL is https (every production
  // deployment); HttpOnly and SameSite=Lax are next-auth's defaults for every cookie it sets.
  useSecureCookies,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // next-auth's own errors go to the app's log; an ended session is expected, not an error.
  logger: {
    error(event, metadata) {
      if (metadata instanceof SessionEndedError) return;
      logNextAuthError(event, metadata);
    },
  },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        try {
          const email = typeof credentials?.email === "string" ? credentials.email.trim().toLowerCase() : "";
          const user = await verifySignIn(credentials, {
            clientAddress: clientAddressFrom(request.headers ?? {}),
            knownDevice: isKnownDevice(headerValue(request.headers, "cookie"), email),
          });
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth passes the message to the client as the error code; keep it to our codes.
          if (error instanceof SignInError) throw new Error(error.code);
          // Anything else would put its own message (a database error, file paths) in the redirect URL.
          logger.error({ err: error }, "sign-in failed unexpectedly");
          throw new Error("unavailable");
        }
      },
    }),
    ...ssoProviders(),
  ],
  events: {
    // Here rather than in authorize(), which is the credentials check alone and runs in tests outside a request.
    async signIn({ user }) {
      if (user.email) await rememberDevice(user.email);
    },
    // The cookie is deleted by next-auth; the id makes every other copy of the token worthless too.
    async signOut({ token }) {
      if (token?.sid) await revokeSession(token.sid, new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000));
    },
  },
  callbacks: {
    // A string is a redirect instead of a session: to the sign-in page with the reason, or to the
    // page that asks for the account's code.
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      const claims = profile as unknown as ClaimSet;
      const decision = await decideForClaims(claims);
      if (decision.outcome === "refuse") {
        const domain = ssoEmail(claims)?.split("@")[1] ?? null;
        logger.warn({ reason: decision.reason, emailVerifiedClaim: decision.emailVerified, emailDomain: domain, userId: decision.userId }, "single sign-on refused");
        return `/sign-in?error=sso_${decision.reason}`;
      }
      if (decision.outcome === "second_factor") {
        const pending = await startSsoSecondFactor(decision.userId);
        (await cookies()).set(SSO_PENDING_COOKIE, pending.token, ssoPendingCookieOptions(pending.expiresAt));
        logger.info({ userId: decision.userId, reason: "second_factor_required" }, "single sign-on waits for the account's second factor");
        return `/sign-in/second-factor?callbackUrl=${encodeURIComponent(await ssoCallbackPath())}`;
      }
      return true;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === "oidc") {
        // Decided again rather than trusted from signIn, so nothing that reaches this callback can
        // get a session the rules refuse (a refusal, or an account that owes its code).
        const decision = await decideForClaims(profile as unknown as ClaimSet);
        if (decision.outcome !== "sign_in") throw new Error(`Single sign-on reached the session without passing the sign-in decision (${decision.outcome})`);
        const linked = await linkSsoAccount(decision);
        logger.info({ userId: linked.id, created: linked.created, emailTrustedBy: decision.emailTrustedBy, secondFactor: decision.secondFactor }, "signed in with single sign-on");
        token.sub = linked.id;
        token.email = linked.email;
        token.name = linked.name;
        token.uid = linked.id;
        token.sv = linked.sessionVersion;
        token.sid = newSessionId();
      } else if (user && "sessionVersion" in user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.sid = newSessionId();
      } else if (!(await isSessionCurrent(token))) {
        throw new SessionEndedError();
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid;
        session.user.sessionVersion = token.sv;
      }
      return session;
    },
  },
};

export const SSO_PROVIDER = env.OIDC_ISSUER ? { id: "oidc", name: env.OIDC_NAME } : null;
