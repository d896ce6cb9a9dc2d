import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { OrganizationSummary } from "@/lib/services/organizations";
import { industryLabelIn, sizeBandLabelIn } from "./labels";

export function OrganizationProfile({ organization }: { organization: Pick<OrganizationSummary, "industry" | "sizeBand" | "consultantFirmName"> }) {
  const t = useTranslations("Organization");
  const language = useLocale();
  const parts = [
    industryLabelIn(organization.industry, language),
    sizeBandLabelIn(organization.sizeBand, language),
    organization.consultantFirmName ? t("withFirm", { firm: organization.consultantFirmName }) : null,
  ].filter(Boolean);
  return parts.length > 0 ? <p className="text-muted">{parts.join(" · ")}</p> : null;
}

/** The consultant's client organizations, each linking to its workspace page. */
export function OrganizationList({ organizations }: { organizations: OrganizationSummary[] }) {
  const t = useTranslations("Workspace.home");
  if (organizations.length === 0) {
    return <p className="text-muted">{t("empty")}</p>;
  }
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="organization-list">
      {organizations.map((organization) => (
        <li key={organization.id}>
          <Card className="h-full">
            <h3 className="text-lg font-semibold">
              <Link href={`/workspace/organizations/${organization.id}`}>{organization.name}</Link>
            </h3>
            <div className="mt-1 text-sm">
              <OrganizationProfile organization={organization} />
            </div>
            {organization.stats ? <p className="mt-3 text-sm">{t("stats", organization.stats)}</p> : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}
