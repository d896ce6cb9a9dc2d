/**
 * The session the fuzz suite's server actions run with. Actions read the session through
 * next/headers, which only a running Next server provides; the fuzz files replace getActor
 * (vi.mock of lib/auth/session) with withFuzzSession, which re-reads the signed-in account through
 * the real actorForUser exactly as getActor does once next-auth has verified the cookie. No
 * imports of lib/auth/session here: the mock factory loads this module while that one is mocked.
 */
import { ANONYMOUS, type Actor } from "../auth/actor";

export interface FuzzSession {
  userId: string;
  /** The version the session cookie would carry: a bumped version reads as signed out. */
  sessionVersion: number;
}

let current: FuzzSession | null = null;

export function setFuzzSession(session: FuzzSession | null): void {
  current = session;
}

export function withFuzzSession<M extends { actorForUser: (userId: string, sessionVersion: number) => Promise<Actor> }>(actual: M): M & { getActor: () => Promise<Actor> } {
  return { ...actual, getActor: async () => (current ? actual.actorForUser(current.userId, current.sessionVersion) : ANONYMOUS) };
}

/** What next/headers gives an action outside a request: the app's host, and a cookie jar that holds nothing. */
export const FUZZ_NEXT_HEADERS = {
  headers: async () => new Headers({ host: "127.0.0.1:3000" }),
  cookies: async () => ({ getAll: () => [], get: () => undefined, has: () => false, set: () => undefined, delete: () => undefined }),
};
