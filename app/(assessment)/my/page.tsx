import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import { formatDate, structureName } from "@/components/workspace/format";
import { StartAssessmentButton } from "@/components/workspace/start-assessment-button";
import { resumeOwnDraftAction } from "./actions";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { listOrganizations } from "@/lib/services/organizations";
import { listMyTeamsProgress } from "@/lib/services/engagements";
import { formatDueDate } from "@/components/engagements/engagement-status";
import { ProgressBar } from "@/components/ui/progress-bar";
import { listMyAssessments, type AssessmentSummary } from "@/lib/services/workspace";
import { respondentNextStep } from "@/lib/report/review";
import { labelOf } from "@/lib/validation/organizations";
import { REVIEW_STATUSES } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Your assessments", robots: { index: false, follow: false } };

function AssessmentItem({ assessment }: { assessment: AssessmentSummary }) {
  const title = assessment.organizationName ?? "Your company";
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-4" data-testid="my-assessment">
      <div>
        <p className="font-semibold">{title}</p>
        {assessment.result ? (
          <>
            <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span>
                {assessment.result.overridden ? "Your consultant recommends " : ""}
                {structureName(assessment.result.recommendation)}
              </span>
              {assessment.result.overridden ? null : <ConfidenceBadge level={assessment.result.confidence} />}
              <span className="text-muted">submitted {formatDate(assessment.result.createdAt)}</span>
            </div>
            <p className="mt-1 text-sm text-muted" data-testid="my-assessment-next">
              {assessment.organizationId ? <strong className="font-semibold text-ink">{labelOf(REVIEW_STATUSES, assessment.result.reviewStatus)}. </strong> : null}
              {respondentNextStep(assessment.result.reviewStatus, assessment.organizationId !== null)}
            </p>
          </>
        ) : (
          <p className="mt-1 text-sm text-muted">Draft · last saved {formatDate(assessment.updatedAt)} · continue where you stopped, then submit it for your recommendation.</p>
        )}
      </div>
      {assessment.result ? (
        <Link href={`/my/results/${assessment.result.id}`} className={buttonClass("secondary", "no-underline")} aria-label={`View the result for ${title}`}>
          View result
        </Link>
      ) : (
        // Opening a draft issues a new private link: a change of state, so a POST, never a link.
        <form action={resumeOwnDraftAction}>
          <input type="hidden" name="assessmentId" value={assessment.id} />
          <button type="submit" className={buttonClass("primary")} aria-label={`Continue the draft for ${title}`}>
            Continue
          </button>
        </form>
      )}
    </li>
  );
}

export default async function MyAssessmentsPage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[] }> }) {
  const { deleted } = await searchParams;
  const actor = await requireSecondFactorReady("/my");
  const [assessments, organizations, teams] = await Promise.all([listMyAssessments(actor), listOrganizations(actor), listMyTeamsProgress(actor)]);
  const memberOf = organizations.filter((organization) => actor.memberships.some((m) => m.organizationId === organization.id));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Your assessments</h1>
        <p className="mt-2 text-lg text-muted">Drafts you can continue and the results you submitted, newest first.</p>
      </div>

      {deleted === "result" ? (
        <Notice tone="success" role="status">
          The result has been deleted, and share links to its report have stopped working.
        </Notice>
      ) : null}

      <section aria-labelledby="assessments">
        <Card>
          <SectionHeading id="assessments">Assessments</SectionHeading>
          {assessments.length === 0 ? (
            <p className="text-muted">You have not started an assessment with this account yet.</p>
          ) : (
            <ul className="divide-y divide-line">
              {assessments.map((assessment) => (
                <AssessmentItem key={assessment.id} assessment={assessment} />
              ))}
            </ul>
          )}
        </Card>
      </section>

      {teams.length > 0 ? (
        <section aria-labelledby="teams">
          <Card>
            <SectionHeading id="teams" lead="How many of your leadership team have answered each round your consultants run. Nobody's answers are shown here.">
              Your team&apos;s progress
            </SectionHeading>
            <ul className="space-y-5" data-testid="team-progress">
              {teams.map((team) => (
                <li key={team.id}>
                  <p className="font-semibold [overflow-wrap:anywhere]">{team.name}</p>
                  <p className="mb-2 text-sm text-muted [overflow-wrap:anywhere]">
                    {team.organizationName} · {team.status === "open" ? `answers due by ${formatDueDate(team.dueAt)}` : "closed"}
                  </p>
                  <ProgressBar value={team.progress.total === 0 ? 0 : team.progress.completed / team.progress.total} label={`${team.progress.completed} of ${team.progress.total} answered`} percentText={(percent) => `${percent}% answered`} />
                </li>
              ))}
            </ul>
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="start">
        <Card>
          <SectionHeading id="start" lead="Each new assessment is shared with the organization's consultants.">
            Start a new assessment
          </SectionHeading>
          {memberOf.length === 0 ? (
            <p className="text-muted">
              You do not belong to an organization yet: ask your consultant for an invitation link. You can also{" "}
              <Link href="/">take an assessment on your own</Link>.
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
