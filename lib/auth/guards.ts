/** Page-level guards: they redirect people, while services still enforce every rule themselves. */
import "server-only";
import { redirect } from "next/navigation";
import type { UserActor } from "./actor";
import { getActor } from "./session";

/** The signed-in user, or a redirect to sign in that returns here afterwards. */
export async function requireSignedIn(returnTo: string): Promise<UserActor> {
  const actor = await getActor();
  if (actor.kind !== "user") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** Consultants and administrators who have not yet set up a second factor are sent to do it first. */
export async function requireSecondFactorReady(returnTo: string): Promise<UserActor> {
  const actor = await requireSignedIn(returnTo);
  if (actor.mustEnrollTotp) redirect(`/account/security?setup=required&callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
