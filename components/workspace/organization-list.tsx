import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { OrganizationSummary } from "@/lib/services/organizations";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS, labelOf } from "@/lib/validation/organizations";
import { plural } from "@/lib/report/format";

export function OrganizationProfile({ organization }: { organization: Pick<OrganizationSummary, "industry" | "sizeBand" | "consultantFirmName"> }) {
  const parts = [
    labelOf(ORGANIZATION_INDUSTRIES, organization.industry),
    labelOf(ORGANIZATION_SIZE_BANDS, organization.sizeBand),
    organization.consultantFirmName ? `with ${organization.consultantFirmName}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? <p className="text-muted">{parts.join(" · ")}</p> : null;
}

/** The consultant's client organizations, each linking to its workspace page. */
export function OrganizationList({ organizations }: { organizations: OrganizationSummary[] }) {
  if (organizations.length === 0) {
    return <p className="text-muted">You do not serve any organization yet. Create the first one below.</p>;
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
            {organization.stats ? (
              <p className="mt-3 text-sm">
                {plural(organization.stats.executives, "executive", "executives")} · {plural(organization.stats.results, "result", "results")} ·{" "}
                {plural(organization.stats.drafts, "draft", "drafts")}
              </p>
            ) : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}
