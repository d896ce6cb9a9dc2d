import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { forbidden } from "next/navigation";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { canUseWorkspace } from "@/lib/auth/permissions";

export const metadata: Metadata = {
  title: { default: "Workspace", template: "%s · Workspace · Rolefit" },
  robots: { index: false, follow: false },
};

/**
 * The consultant workspace. This guard sends people to sign in or set up their second factor;
 * every page and action still asks its service, which enforces the rules on its own.
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await requireSecondFactorReady("/workspace");
  if (!canUseWorkspace(actor)) forbidden();
  return (
    <div className="space-y-8">
      <nav aria-label="Workspace" className="no-print flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-line pb-3 text-sm font-medium">
        <span className="font-semibold uppercase tracking-wide text-accent">Workspace</span>
        <Link href="/workspace" className="no-underline hover:underline">
          Organizations
        </Link>
        <Link href="/workspace/results" className="no-underline hover:underline">
          Results
        </Link>
        <Link href="/workspace/portfolio" className="no-underline hover:underline">
          Portfolio
        </Link>
        <Link href="/my" className="no-underline hover:underline">
          Your own assessments
        </Link>
      </nav>
      {children}
    </div>
  );
}
