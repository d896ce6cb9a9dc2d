"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

/**
 * Sliding sessions: while a page is open and in use, the session is refreshed every few minutes
 * and on returning to the tab, which re-issues the cookie; an idle session lapses after its
 * maximum age. Revocation does not depend on this: every request re-checks the account.
 */
export function SessionKeeper({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchInterval={10 * 60} refetchOnWindowFocus refetchWhenOffline={false}>
      {children}
    </SessionProvider>
  );
}
