/**
 * Removes the session cookies from the browser. After the session version is bumped (or the
 * account deleted) the JWT no longer grants anything, but the browser should not keep presenting
 * a dead session. next-auth splits large tokens into numbered chunks; the __Secure- prefix is used on https.
 */
import "server-only";
import { cookies } from "next/headers";

export async function clearSessionCookies(): Promise<void> {
  const store = await cookies();
  for (const { name } of store.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name)) {
      store.delete({ name, path: "/", secure: name.startsWith("__Secure-"), httpOnly: true, sameSite: "lax" });
    }
  }
}
