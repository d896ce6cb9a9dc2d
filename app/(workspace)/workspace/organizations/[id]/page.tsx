import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportLinks } from "@/components/report/report-links";
import { StructureChartFigure, StructureChartNotes } from "@/components/result/structure-chart";
import { Card, SectionHeading } from "@/components/ui/card";
import { CombinedView, CompareRespondentsLink } from "@/components/workspace/aggregate/combined-view";
import { DisagreementAgendaView } from "@/components/workspace/aggregate/disagreement-agenda";
import { AssessmentTable } from "@/components/workspace/assessment-table";
import { OrganizationHeader, organizationTabHref } from "@/components/workspace/organization-header";
import Link from "next/link";
import { reportLabels } from "@/lib/report/model";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { getOrganizationAggregate } from "@/lib/services/organization-insights";
import { getOrganization } from "@/lib/services/organizations";
import { listOrganizationAssessments } from "@/lib/services/workspace";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organization");
  return { title: t("title") };
}

/** What the organization's respondents say, together and apart: the page a consultant opens before a workshop. */
export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}`);
  const locale = await getLocale();
  const [organization, assessments, insights] = await loadForPage(
    Promise.all([getOrganization(actor, id), listOrganizationAssessments(actor, id), getOrganizationAggregate(actor, id, {}, locale)]),
  );
  const { aggregate, agenda } = insights;
  const t = await getTranslations("Organization.page");
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="findings" />

      <section aria-labelledby="combined">
        <Card>
          <SectionHeading id="combined" lead={t("combinedLead", { name: organization.name })}>
            {t("combined")}
          </SectionHeading>
          <CombinedView aggregate={aggregate} respondentTotal={insights.respondentTotal} respondentLimit={insights.respondentLimit} />
          <CompareRespondentsLink aggregate={aggregate} />
          {aggregate.combined ? <ReportLinks organizationId={organization.id} className="mt-4" /> : null}
          <p className="mt-4 text-sm text-muted">
            {t.rich("weights", { link: (chunks) => <Link href={organizationTabHref(organization.id, "settings")}>{chunks}</Link> })}
          </p>
        </Card>
      </section>

      {insights.structureChart ? (
        <section aria-labelledby="structure-chart">
          <Card>
            <SectionHeading id="structure-chart" lead={`${insights.structureChart.lead} ${t("chartLead")}`}>
              {reportLabels(locale).sections.chart}
            </SectionHeading>
            <StructureChartFigure chart={insights.structureChart} />
            <StructureChartNotes chart={insights.structureChart} labels={reportLabels(locale)} withHireFirst />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="disagreement">
        <Card>
          <SectionHeading id="disagreement" lead={t("disagreementLead")}>
            {t("disagreement")}
          </SectionHeading>
          <DisagreementAgendaView agenda={agenda} />
        </Card>
      </section>

      <section aria-labelledby="assessments">
        <Card>
          <SectionHeading id="assessments" lead={t("assessmentsLead")}>
            {t("assessments")}
          </SectionHeading>
          <AssessmentTable assessments={assessments} />
          {assessments.length === 0 ? (
            <p className="mt-3">
              {t.rich("invite", { link: (chunks) => <Link href={organizationTabHref(organization.id, "team")}>{chunks}</Link> })}
            </p>
          ) : null}
        </Card>
      </section>
    </div>
  );
}
