import type { Metadata } from "next";
import Link from "next/link";
import { CloseEngagementForm, ScheduleForm } from "@/components/engagements/engagement-settings-forms";
import { EngagementStatusText, formatDueDate } from "@/components/engagements/engagement-status";
import { AddRespondentForm } from "@/components/engagements/respondent-forms";
import { RespondentList } from "@/components/engagements/respondent-list";
import { SendTeamReport } from "@/components/engagements/send-report";
import { ReportLinks } from "@/components/report/report-links";
import { Card, SectionHeading } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { Notice } from "@/components/ui/notice";
import { ProgressBar } from "@/components/ui/progress-bar";
import { CombinedView, CompareRespondentsLink } from "@/components/workspace/aggregate/combined-view";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { dueDateOf } from "@/lib/engagements/progress";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { listEngagementReportLinks } from "@/lib/services/engagement-results";
import { getEngagement } from "@/lib/services/engagements";
import { respondentLink } from "@/lib/services/engagement-email";
import { isEmailConfigured } from "@/lib/services/mailer";
import { getOrganizationAggregate } from "@/lib/services/organization-insights";

export const metadata: Metadata = { title: "Engagement" };

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** One engagement: who has answered, each person's link and status, and the team's combined view. */
export default async function EngagementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/engagements/${encodeURIComponent(id)}`);
  const engagement = await loadForPage(getEngagement(actor, recordIdOfPage(id)));
  const insights = await loadForPage(getOrganizationAggregate(actor, engagement.organization.id, { engagementId: engagement.id }));
  const { progress } = engagement;
  const open = engagement.status === "open";
  const manageable = open;
  const emailEnabled = isEmailConfigured();
  const reportLinks = open ? [] : await loadForPage(listEngagementReportLinks(actor, engagement.id));
  return (
    <div className="space-y-8">
      <div>
        <p>
          <Link href={`/workspace/organizations/${engagement.organization.id}/engagements`}>← {engagement.organization.name}: engagements</Link>
        </p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{engagement.name}</h1>
        <p className="mt-2 text-muted">
          <EngagementStatusText engagement={engagement} /> · answers due by {formatDueDate(engagement.dueAt)}
          {engagement.createdBy ? ` · run by ${engagement.createdBy}` : ""}
        </p>
      </div>

      {open && !emailEnabled ? (
        <Notice tone="info" title="Email is not set up on this server">
          <p>Nobody is emailed, reminded or notified. Copy each person&apos;s link below and send it yourself; their progress still shows here.</p>
        </Notice>
      ) : null}

      <section aria-labelledby="progress">
        <Card>
          <SectionHeading id="progress">Progress</SectionHeading>
          <ProgressBar value={progress.total === 0 ? 0 : progress.completed / progress.total} label={`${progress.completed} of ${progress.total} answered`} percentText={(percent) => `${percent}% answered`} />
          <dl className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-4">
            <Count label="Completed" value={progress.completed} />
            <Count label="Answering" value={progress.inProgress} />
            <Count label="Not started" value={progress.notStarted} />
            <Count label="Email refused" value={progress.bounced} />
          </dl>
        </Card>
      </section>

      <section aria-labelledby="team">
        <Card>
          <SectionHeading id="team" lead="Each person's link opens their own questionnaire, already filled in with their name and role, and nothing else.">
            The team
          </SectionHeading>
          <RespondentList respondents={engagement.respondents} linkOf={respondentLink} manageable={manageable} emailEnabled={emailEnabled} />
          {manageable ? (
            <div className="mt-6">
              <Disclosure summary="Add someone">
                <AddRespondentForm engagementId={engagement.id} />
              </Disclosure>
            </div>
          ) : null}
        </Card>
      </section>

      <section aria-labelledby="combined">
        <Card>
          <SectionHeading id="combined" lead="What this team recommends together, from the results its members submitted in this engagement.">
            The team together
          </SectionHeading>
          <CombinedView aggregate={insights.aggregate} respondentTotal={insights.respondentTotal} respondentLimit={insights.respondentLimit} />
          <CompareRespondentsLink aggregate={insights.aggregate} />
          {insights.aggregate.combined ? <ReportLinks organizationId={engagement.organization.id} engagementId={engagement.id} showPrint={false} className="mt-4" /> : null}
        </Card>
      </section>

      {open ? null : (
        <section aria-labelledby="send-report">
          <Card>
            <SectionHeading id="send-report">Send the team&apos;s report</SectionHeading>
            {insights.respondentTotal === 0 ? (
              <p className="text-muted">Nobody in this engagement answered, so there is no team report to send.</p>
            ) : (
              <SendTeamReport
                engagementId={engagement.id}
                links={reportLinks}
                emailEnabled={emailEnabled}
                reachable={engagement.respondents.filter((respondent) => respondent.bouncedAt === null).length}
              />
            )}
          </Card>
        </section>
      )}

      {manageable ? (
        <section aria-labelledby="settings" className="grid gap-6 lg:grid-cols-2">
          <h2 id="settings" className="sr-only">
            Schedule and closing
          </h2>
          <Card>
            <h3 className="mb-3 text-lg font-semibold">Schedule</h3>
            <ScheduleForm engagementId={engagement.id} dueDate={dueDateOf(new Date(engagement.dueAt))} reminderDays={engagement.reminderDays} notify={engagement.notify} />
          </Card>
          <Card>
            <h3 className="mb-3 text-lg font-semibold">Close the engagement</h3>
            <CloseEngagementForm engagementId={engagement.id} waitingFor={progress.total - progress.completed} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="message">
        <Card>
          <SectionHeading id="message">The invitation&apos;s message</SectionHeading>
          <p className="whitespace-pre-line [overflow-wrap:anywhere]">{engagement.message}</p>
        </Card>
      </section>
    </div>
  );
}
