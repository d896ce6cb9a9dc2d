/**
 * The session the fuzz suite's server actions run with. Actions read the session through
 * next/headers, which only a running Next server provides; the fuzz files replace that module
 * with FUZZ_NEXT_HEADERS, whose request headers carry the session cookie next-auth would have
 * set for the signed-in account, so every action reads its actor through the real getActor.
 */

import { randomUUID } from "node:crypto";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";

let cookie = "";

/** The session cookie the next action's request carries (lib/testing/session-cookie), or none. */
export function setFuzzSession(sessionCookie: string | null): void {
  cookie = sessionCookie ?? "";
}

/**
 * What next/headers gives an action outside a request: the app's host with the session cookie and
 * a client address of its own for each call (as scripts/serve.ts would set it: per-address limits
 * are tested on their own), and a cookie jar that holds nothing.
 */
export const FUZZ_NEXT_HEADERS = {
  headers: async () => new Headers({ host: "127.0.0.1:3000", cookie, [CLIENT_ADDRESS_HEADER]: `fuzz-${randomUUID()}` }),
  cookies: async () => ({ getAll: () => [], get: () => undefined, has: () => false, set: () => undefined, delete: () => undefined }),
};
