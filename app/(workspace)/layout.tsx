import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { canUseWorkspace } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Workspace");
  return {
    title: { default: t("title"), template: `%s · ${t("title")} · Rolefit` },
    robots: { index: false, follow: false },
  };
}

/**
 * The consultant workspace. This guard sends people to sign in or set up their second factor;
 * every page and action still asks its service, which enforces the rules on its own.
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await requireSecondFactorReady("/workspace");
  if (!canUseWorkspace(actor)) forbidden();
  const t = await getTranslations("Workspace");
  return (
    <div className="space-y-8">
      <nav aria-label={t("title")} className="no-print flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-line pb-3 text-sm font-medium">
        <span className="font-semibold uppercase tracking-wide text-accent">{t("title")}</span>
        <Link href="/workspace" className="no-underline hover:underline">
          {t("nav.organizations")}
        </Link>
        <Link href="/workspace/results" className="no-underline hover:underline">
          {t("nav.results")}
        </Link>
        <Link href="/workspace/portfolio" className="no-underline hover:underline">
          {t("nav.portfolio")}
        </Link>
        <Link href="/my" className="no-underline hover:underline">
          {t("nav.own")}
        </Link>
      </nav>
      {children}
    </div>
  );
}
