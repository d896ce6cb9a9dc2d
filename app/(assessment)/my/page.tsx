import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import { shortDateIn as shortDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import { StartAssessmentButton } from "@/components/workspace/start-assessment-button";
import { resumeOwnDraftAction } from "./actions";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { listOrganizations } from "@/lib/services/organizations";
import { listMyTeamsProgress } from "@/lib/services/engagements";
import { ProgressBar } from "@/components/ui/progress-bar";
import { listMyAssessments, type AssessmentSummary } from "@/lib/services/workspace";
import { respondentNextStep } from "@/lib/report/review";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MyAssessments");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"MyAssessments">>>;

function AssessmentItem({ assessment, t, locale }: { assessment: AssessmentSummary; t: Translate; locale: Locale }) {
  const title = assessment.organizationName ?? t("yourCompany");
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-4" data-testid="my-assessment">
      <div>
        <p className="font-semibold">{title}</p>
        {assessment.result ? (
          <>
            <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span>
                {assessment.result.overridden
                  ? t("consultantRecommends", { structure: structureNameInSentence(structuresIn(locale)[assessment.result.recommendation].name, locale) })
                  : structuresIn(locale)[assessment.result.recommendation].name}
              </span>
              {assessment.result.overridden ? null : <ConfidenceBadge level={assessment.result.confidence} />}
              <span className="text-muted">{t("submitted", { date: shortDate(assessment.result.createdAt, locale) })}</span>
            </div>
            <p className="mt-1 text-sm text-muted" data-testid="my-assessment-next">
              {assessment.organizationId ? <strong className="font-semibold text-ink">{t(`status.${assessment.result.reviewStatus}`)}. </strong> : null}
              {respondentNextStep(assessment.result.reviewStatus, assessment.organizationId !== null, locale)}
            </p>
          </>
        ) : (
          <p className="mt-1 text-sm text-muted">{t("draft", { date: shortDate(assessment.updatedAt, locale) })}</p>
        )}
      </div>
      {assessment.result ? (
        <Link href={`/my/results/${assessment.result.id}`} className={buttonClass("secondary", "no-underline")} aria-label={t("viewResultFor", { title })}>
          {t("viewResult")}
        </Link>
      ) : (
        // Opening a draft issues a new private link: a change of state, so a POST, never a link.
        <form action={resumeOwnDraftAction}>
          <input type="hidden" name="assessmentId" value={assessment.id} />
          <button type="submit" className={buttonClass("primary")} aria-label={t("continueFor", { title })}>
            {t("continue")}
          </button>
        </form>
      )}
    </li>
  );
}

export default async function MyAssessmentsPage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[] }> }) {
  const { deleted } = await searchParams;
  const actor = await requireSecondFactorReady("/my");
  const [t, locale] = await Promise.all([getTranslations("MyAssessments"), getLocale() as Promise<Locale>]);
  const [assessments, organizations, teams] = await Promise.all([listMyAssessments(actor), listOrganizations(actor), listMyTeamsProgress(actor)]);
  const memberOf = organizations.filter((organization) => actor.memberships.some((m) => m.organizationId === organization.id));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      </div>

      {deleted === "result" ? (
        <Notice tone="success" role="status">
          {t("deleted")}
        </Notice>
      ) : null}

      <section aria-labelledby="assessments">
        <Card>
          <SectionHeading id="assessments">{t("assessments")}</SectionHeading>
          {assessments.length === 0 ? (
            <p className="text-muted">{t("none")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {assessments.map((assessment) => (
                <AssessmentItem key={assessment.id} assessment={assessment} t={t} locale={locale} />
              ))}
            </ul>
          )}
        </Card>
      </section>

      {teams.length > 0 ? (
        <section aria-labelledby="teams">
          <Card>
            <SectionHeading id="teams" lead={t("teamsLead")}>
              {t("teams")}
            </SectionHeading>
            <ul className="space-y-5" data-testid="team-progress">
              {teams.map((team) => (
                <li key={team.id}>
                  <p className="font-semibold [overflow-wrap:anywhere]">{team.name}</p>
                  <p className="mb-2 text-sm text-muted [overflow-wrap:anywhere]">
                    {team.organizationName} · {team.status === "open" ? t("dueBy", { date: shortDate(team.dueAt, locale, "UTC") }) : t("closed")}
                  </p>
                  <ProgressBar value={team.progress.total === 0 ? 0 : team.progress.completed / team.progress.total} label={t("answeredOf", { completed: team.progress.completed, total: team.progress.total })}
                    percentText={(percent) => t("percentAnswered", { percent })} />
                </li>
              ))}
            </ul>
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="start">
        <Card>
          <SectionHeading id="start" lead={t("startLead")}>
            {t("start")}
          </SectionHeading>
          {memberOf.length === 0 ? (
            <p className="text-muted">
              {t.rich("noOrganization", { link: (chunks) => <Link href="/">{chunks}</Link> })}
            </p>
          ) : (
            <ul className="space-y-3">
              {memberOf.map((organization) => (
                <li key={organization.id}>
                  <StartAssessmentButton organizationId={organization.id} organizationName={organization.name} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </section>
    </div>
  );
}
