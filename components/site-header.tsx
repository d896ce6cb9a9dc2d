import { getActor } from "@/lib/auth/session";
import { SiteHeaderBar } from "./site-chrome";

export { SiteFooter } from "./site-chrome";

/** Reads the session on the server; only which links to show is sent to the browser. */
export async function SiteHeader() {
  const actor = await getActor();
  const signedIn = actor.kind === "user";
  const consultant = signedIn && (actor.isPlatformAdmin || actor.memberships.some((m) => m.role === "consultant"));
  return <SiteHeaderBar access={{ signedIn, consultant, admin: signedIn && actor.isPlatformAdmin }} />;
}
