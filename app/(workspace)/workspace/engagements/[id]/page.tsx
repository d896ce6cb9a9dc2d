import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Engagements");
  return { title: t("title") };
}

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
  const locale = await getLocale();
  const insights = await loadForPage(getOrganizationAggregate(actor, engagement.organization.id, { engagementId: engagement.id }, locale));
  const { progress } = engagement;
  const open = engagement.status === "open";
  const manageable = open;
  const emailEnabled = isEmailConfigured();
  const reportLinks = open ? [] : await loadForPage(listEngagementReportLinks(actor, engagement.id));
  const t = await getTranslations("Engagements");
  return (
    <div className="space-y-8">
      <div>
        <p>
          <Link href={`/workspace/organizations/${engagement.organization.id}/engagements`}>{t("backToList", { organization: engagement.organization.name })}</Link>
        </p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{engagement.name}</h1>
        <p className="mt-2 text-muted">
          <EngagementStatusText engagement={engagement} /> · {t("dueBy", { due: formatDueDate(engagement.dueAt, locale) })}
          {engagement.createdBy ? ` · ${t("runBy", { name: engagement.createdBy })}` : ""}
        </p>
      </div>

      {open && !emailEnabled ? (
        <Notice tone="info" title={t("emailOffTitle")}>
          <p>{t("emailOffPage")}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="progress">
        <Card>
          <SectionHeading id="progress">{t("progress")}</SectionHeading>
          <ProgressBar value={progress.total === 0 ? 0 : progress.completed / progress.total} label={t("progressLabel", { completed: progress.completed, total: progress.total })} percentText={(percent) => t("percentAnswered", { percent })} />
          <dl className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-4">
            <Count label={t("counts.completed")} value={progress.completed} />
            <Count label={t("counts.answering")} value={progress.inProgress} />
            <Count label={t("counts.notStarted")} value={progress.notStarted} />
            <Count label={t("counts.bounced")} value={progress.bounced} />
          </dl>
        </Card>
      </section>

      <section aria-labelledby="team">
        <Card>
          <SectionHeading id="team" lead={t("teamLead")}>
            {t("team")}
          </SectionHeading>
          <RespondentList respondents={engagement.respondents} linkOf={respondentLink} manageable={manageable} emailEnabled={emailEnabled} />
          {manageable ? (
            <div className="mt-6">
              <Disclosure summary={t("addSomeone")}>
                <AddRespondentForm engagementId={engagement.id} />
              </Disclosure>
            </div>
          ) : null}
        </Card>
      </section>

      <section aria-labelledby="combined">
        <Card>
          <SectionHeading id="combined" lead={t("togetherLead")}>
            {t("together")}
          </SectionHeading>
          <CombinedView aggregate={insights.aggregate} respondentTotal={insights.respondentTotal} respondentLimit={insights.respondentLimit} />
          <CompareRespondentsLink aggregate={insights.aggregate} />
          {insights.aggregate.combined ? <ReportLinks organizationId={engagement.organization.id} engagementId={engagement.id} showPrint={false} className="mt-4" /> : null}
        </Card>
      </section>

      {open ? null : (
        <section aria-labelledby="send-report">
          <Card>
            <SectionHeading id="send-report">{t("sendReportHeading")}</SectionHeading>
            {insights.respondentTotal === 0 ? (
              <p className="text-muted">{t("nobodyAnswered")}</p>
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
            {t("scheduleAndClosing")}
          </h2>
          <Card>
            <h3 className="mb-3 text-lg font-semibold">{t("schedule")}</h3>
            <ScheduleForm engagementId={engagement.id} dueDate={dueDateOf(new Date(engagement.dueAt))} reminderDays={engagement.reminderDays} notify={engagement.notify} />
          </Card>
          <Card>
            <h3 className="mb-3 text-lg font-semibold">{t("closeHeading")}</h3>
            <CloseEngagementForm engagementId={engagement.id} waitingFor={progress.total - progress.completed} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="message">
        <Card>
          <SectionHeading id="message">{t("invitationMessage")}</SectionHeading>
          <p className="whitespace-pre-line [overflow-wrap:anywhere]">{engagement.message}</p>
        </Card>
      </section>
    </div>
  );
}
