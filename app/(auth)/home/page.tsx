import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { canUseWorkspace } from "@/lib/auth/permissions";
import { HOME_PATH } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Home", robots: { index: false, follow: false } };

/** Where signing in leads by default: consultants and administrators to their workspace, everyone else to their assessments. */
export default async function HomePage() {
  const actor = await requireSecondFactorReady(HOME_PATH);
  redirect(canUseWorkspace(actor) ? "/workspace" : "/my");
}
