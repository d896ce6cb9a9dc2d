import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    user?: { id?: string; sessionVersion?: number; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    /** A random id for this session, so signing out can revoke it on every instance (lib/services/sessions.ts). */
    sid?: string;
  }
}
