/**
 * The top of every organization page: its name and profile, then tabs that keep the
 * findings apart from the team, its engagements and the settings, each its own page with its own address.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OrganizationDetail } from "@/lib/services/organizations";
import { OrganizationProfile } from "./organization-list";

export const ORGANIZATION_TABS = [
  { id: "findings", path: "" },
  { id: "team", path: "/team" },
  { id: "engagements", path: "/engagements" },
  { id: "webhooks", path: "/webhooks" },
  { id: "activity", path: "/activity" },
  { id: "settings", path: "/settings" },
] as const;

export type OrganizationTab = (typeof ORGANIZATION_TABS)[number]["id"];

export function organizationTabHref(organizationId: string, tab: OrganizationTab): string {
  const found = ORGANIZATION_TABS.find((item) => item.id === tab)!;
  return `/workspace/organizations/${organizationId}${found.path}`;
}

export function OrganizationHeader({ organization, current }: { organization: OrganizationDetail; current: OrganizationTab }) {
  const t = useTranslations("Organization");
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("kicker")}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{organization.name}</h1>
        <div className="mt-2">
          <OrganizationProfile organization={organization} />
        </div>
      </div>
      <nav aria-label={t("sections", { name: organization.name })} className="flex flex-wrap gap-x-6 gap-y-2 border-b border-line text-sm font-medium">
        {ORGANIZATION_TABS.map((tab) => (
          <Link
            key={tab.id}
            href={organizationTabHref(organization.id, tab.id)}
            aria-current={tab.id === current ? "page" : undefined}
            className={`-mb-px border-b-2 pb-2 no-underline ${tab.id === current ? "border-brand font-semibold text-ink" : "border-transparent hover:border-line hover:text-ink"}`}
          >
            {t(`tabs.${tab.id}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
