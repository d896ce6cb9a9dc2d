import type { Metadata } from "next";
import { ReportLinks } from "@/components/report/report-links";
import { StructureChartFigure, StructureChartNotes } from "@/components/result/structure-chart";
import { Card, SectionHeading } from "@/components/ui/card";
import { CombinedView, CompareRespondentsLink } from "@/components/workspace/aggregate/combined-view";
import { DisagreementAgendaView } from "@/components/workspace/aggregate/disagreement-agenda";
import { RoleWeightsForm } from "@/components/workspace/aggregate/role-weights-form";
import { AssessmentTable } from "@/components/workspace/assessment-table";
import { formatDate } from "@/components/workspace/format";
import { InvitationForm } from "@/components/workspace/invitation-form";
import { InvitationList } from "@/components/workspace/invitation-list";
import { loadForPage } from "@/lib/http/load-for-page";
import { sectionTitle } from "@/lib/report/model";
import { OrganizationBrandingForm } from "@/components/workspace/organization-branding-form";
import { OrganizationProfile } from "@/components/workspace/organization-list";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { listInvitations } from "@/lib/services/invitations";
import { getOrganizationBranding } from "@/lib/services/organization-branding";
import { getOrganizationAggregate } from "@/lib/services/organization-insights";
import { getOrganization, type OrganizationPerson } from "@/lib/services/organizations";
import { listOrganizationAssessments } from "@/lib/services/workspace";

export const metadata: Metadata = { title: "Organization" };

function People({ people, empty }: { people: OrganizationPerson[]; empty: string }) {
  if (people.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-line">
      {people.map((person) => (
        <li key={person.userId} className="flex flex-wrap justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{person.name ?? person.email}</span>
            {person.name ? <span className="block text-sm text-muted">{person.email}</span> : null}
          </span>
          <span className="text-sm text-muted">joined {formatDate(person.joinedAt)}</span>
        </li>
      ))}
    </ul>
  );
}

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}`);
  const [organization, assessments, invitations, insights, branding] = await loadForPage(
    Promise.all([getOrganization(actor, id), listOrganizationAssessments(actor, id), listInvitations(actor, id), getOrganizationAggregate(actor, id), getOrganizationBranding(actor, id)]),
  );
  const { aggregate, agenda } = insights;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Client organization</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{organization.name}</h1>
        <div className="mt-2">
          <OrganizationProfile organization={organization} />
        </div>
      </div>

      <section aria-labelledby="assessments">
        <Card>
          <SectionHeading id="assessments" lead="Drafts in progress and submitted results, most recent first.">
            Assessments
          </SectionHeading>
          <AssessmentTable assessments={assessments} />
        </Card>
      </section>

      <section aria-labelledby="combined">
        <Card>
          <SectionHeading id="combined" lead={`What ${organization.name}'s respondents recommend together, and what each of them recommends alone.`}>
            All respondents together
          </SectionHeading>
          <CombinedView aggregate={aggregate} respondentTotal={insights.respondentTotal} respondentLimit={insights.respondentLimit} />
          <CompareRespondentsLink aggregate={aggregate} />
          {aggregate.combined ? <ReportLinks organizationId={organization.id} className="mt-4" /> : null}
          <h3 className="mt-8 mb-1 font-semibold">Weight by role</h3>
          <p className="mb-3 text-sm text-muted">How much each respondent counts in the combined view, by the role they gave.</p>
          <RoleWeightsForm organizationId={organization.id} weights={aggregate.weights} />
        </Card>
      </section>

      {insights.structureChart ? (
        <section aria-labelledby="structure-chart">
          <Card>
            <SectionHeading id="structure-chart" lead={`${insights.structureChart.lead} Today's roles are as the respondents describe them; the steps from one to the other are in the combined report.`}>
              {sectionTitle("chart")}
            </SectionHeading>
            <StructureChartFigure chart={insights.structureChart} />
            <StructureChartNotes chart={insights.structureChart} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="branding">
        <Card>
          <SectionHeading id="branding" lead="The consulting firm's name and logo on the cover of every report of this organization: each respondent's and the combined one.">
            Report branding
          </SectionHeading>
          <OrganizationBrandingForm branding={branding} />
        </Card>
      </section>

      <section aria-labelledby="disagreement">
        <Card>
          <SectionHeading id="disagreement" lead="An agenda for the workshop: the questions the respondents answered most differently, then the dimensions they see most differently.">
            Where the respondents disagree
          </SectionHeading>
          <DisagreementAgendaView agenda={agenda} />
        </Card>
      </section>

      <section aria-labelledby="invite">
        <Card>
          <SectionHeading id="invite" lead={`A link lets ${organization.name}'s executives create an account, join and start the assessment.`}>
            Invite executives
          </SectionHeading>
          <InvitationForm organizationId={organization.id} organizationName={organization.name} />
          <h3 className="mt-8 mb-3 font-semibold">Invitation links</h3>
          <InvitationList invitations={invitations} />
        </Card>
      </section>

      <section aria-labelledby="people" className="grid gap-6 md:grid-cols-2">
        <h2 id="people" className="sr-only">
          People
        </h2>
        <Card>
          <h3 className="mb-2 text-lg font-semibold">Executives</h3>
          <People people={organization.executives} empty="No executive has joined yet." />
        </Card>
        <Card>
          <h3 className="mb-2 text-lg font-semibold">Consultants</h3>
          <People people={organization.consultants} empty="No consultants." />
        </Card>
      </section>
    </div>
  );
}
