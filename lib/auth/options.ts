/**
 * next-auth configuration: email and password (with a second factor), optional OpenID Connect
 * single sign-on, and JWT sessions so any instance can serve any user. Revocation is checked
 * on every request by lib/auth/session.ts against the user's session version.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { cookies } from "next/headers";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../log/logger";
import { SignInError, verifySignIn } from "../services/sign-in";
import { clientAddressFrom } from "../http/client-address";
import { isSessionRevoked, revokeSession } from "./revoked-sessions";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_COOKIE_OPTIONS, isKnownDevice, knownDeviceToken } from "./known-device";

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
  const [user, revoked] = await Promise.all([
    db.user.findUnique({ where: { id: token.uid }, select: { disabledAt: true, sessionVersion: true } }),
    isSessionRevoked(token.sid),
  ]);
  return user !== null && user.disabledAt === null && user.sessionVersion === token.sv && !revoked;
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

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

function oidcProvider(): OAuthConfig<OidcProfile>[] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
      profile: (profile) => ({ id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? null }),
    },
  ];
}

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  // Secure cookies with the __Secure- prefix whenever the public URL is https (every production
  // deployment); HttpOnly and SameSite=Lax are next-auth's defaults for every cookie it sets.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // next-auth's own errors go to the app's log; an ended session is expected, not an error.
  logger: {
    error(event, metadata) {
      if (metadata instanceof SessionEndedError) return;
      logger.error({ event, err: metadata }, "next-auth error");
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
          await rememberDevice(user.email);
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
    ...oidcProvider(),
  ],
  events: {
    // The cookie is deleted by next-auth; the id makes every other copy of the token worthless too.
    async signOut({ token }) {
      if (token?.sid) await revokeSession(token.sid, new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000));
    },
  },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      const oidc = profile as OidcProfile | undefined;
      // Only a verified address from the identity provider may be linked to an account here.
      return Boolean(oidc?.email && oidc.email_verified !== false);
    },
    async jwt({ token, user, account }) {
      if (account?.provider === "oidc" && token.email) {
        const email = token.email.toLowerCase();
        const linked = await db.user.upsert({ where: { email }, create: { email, name: token.name ?? null }, update: {} });
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
