import type { Metadata } from "next";
import { ReportLinks } from "@/components/report/report-links";
import { StructureChartFigure, StructureChartNotes } from "@/components/result/structure-chart";
import { Card, SectionHeading } from "@/components/ui/card";
import { CombinedView, CompareRespondentsLink } from "@/components/workspace/aggregate/combined-view";
import { DisagreementAgendaView } from "@/components/workspace/aggregate/disagreement-agenda";
import { AssessmentTable } from "@/components/workspace/assessment-table";
import { OrganizationHeader, organizationTabHref } from "@/components/workspace/organization-header";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { reportLabels } from "@/lib/report/model";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { getOrganizationAggregate } from "@/lib/services/organization-insights";
import { getOrganization } from "@/lib/services/organizations";
import { listOrganizationAssessments } from "@/lib/services/workspace";

export const metadata: Metadata = { title: "Organization" };

/** What the organization's respondents say, together and apart: the page a consultant opens before a workshop. */
export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}`);
  const [organization, assessments, insights] = await loadForPage(
    Promise.all([getOrganization(actor, id), listOrganizationAssessments(actor, id), getOrganizationAggregate(actor, id)]),
  );
  const { aggregate, agenda } = insights;
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="findings" />

      <section aria-labelledby="combined">
        <Card>
          <SectionHeading id="combined" lead={`What ${organization.name}'s respondents recommend together, and what each of them recommends alone.`}>
            All respondents together
          </SectionHeading>
          <CombinedView aggregate={aggregate} respondentTotal={insights.respondentTotal} respondentLimit={insights.respondentLimit} />
          <CompareRespondentsLink aggregate={aggregate} />
          {aggregate.combined ? <ReportLinks organizationId={organization.id} className="mt-4" /> : null}
          <p className="mt-4 text-sm text-muted">
            Respondents count by the weight of their role: <Link href={organizationTabHref(organization.id, "settings")}>change the weights in Settings</Link>.
          </p>
        </Card>
      </section>

      {insights.structureChart ? (
        <section aria-labelledby="structure-chart">
          <Card>
            <SectionHeading id="structure-chart" lead={`${insights.structureChart.lead} Today's roles are as the respondents describe them; the steps from one to the other are in the combined report.`}>
              {reportLabels(await getLocale()).sections.chart}
            </SectionHeading>
            <StructureChartFigure chart={insights.structureChart} />
            <StructureChartNotes chart={insights.structureChart} labels={reportLabels(await getLocale())} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="disagreement">
        <Card>
          <SectionHeading id="disagreement" lead="An agenda for the workshop: the questions the respondents answered most differently, then the dimensions they see most differently.">
            Where the respondents disagree
          </SectionHeading>
          <DisagreementAgendaView agenda={agenda} />
        </Card>
      </section>

      <section aria-labelledby="assessments">
        <Card>
          <SectionHeading id="assessments" lead="Drafts in progress and submitted results, most recent first.">
            Assessments
          </SectionHeading>
          <AssessmentTable assessments={assessments} />
          {assessments.length === 0 ? (
            <p className="mt-3">
              <Link href={organizationTabHref(organization.id, "team")}>Invite the leadership team</Link> to start.
            </p>
          ) : null}
        </Card>
      </section>
    </div>
  );
}
