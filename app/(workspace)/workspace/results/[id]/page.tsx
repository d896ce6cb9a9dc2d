import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { RescoreNotice } from "@/components/result/rescore-notice";
import { ReportLinks } from "@/components/report/report-links";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(report)/share-actions";
import { ResultView } from "@/components/result/result-view";
import { DeleteLinkCard } from "@/components/privacy/delete-link-card";
import { CompareWithForm } from "@/components/workspace/compare/compare-with-form";
import { formatDate } from "@/components/workspace/format";
import { respondentRoleLabelIn } from "@/components/workspace/labels";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { PeerBenchmark } from "@/components/workspace/peer-benchmark";
import { ReviewPanel } from "@/components/workspace/review/review-panel";
import { ReviewSummary } from "@/components/workspace/review/review-summary";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { questionnaireIn } from "@/lib/questionnaire/localize";
import { rescoreWithCurrentModel } from "@/lib/scoring/rescore";
import { getPeerBenchmark } from "@/lib/services/organization-insights";
import { COMPARE_CANDIDATE_LIMIT, listCompareCandidates } from "@/lib/services/result-compare";
import { getReviewPanel } from "@/lib/services/result-review";
import { listShareLinks } from "@/lib/services/share-links";
import { findReviewableResult } from "@/lib/results/queries";
import { resultView } from "@/lib/results/report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Workspace.result");
  return { title: t("title") };
}

/**
 * The model's result as it was scored, then the consultants' own work on it: how it sits among
 * comparable clients, review, comparison with the organization's other results, and share links.
 */
export default async function WorkspaceResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/results/${encodeURIComponent(id)}`);
  // Reviewing is for the organization's consultants only; the services answer 404 to everyone else.
  const [result, t, locale] = await Promise.all([loadForPage(findReviewableResult(actor, recordIdOfPage(id))), getTranslations("Workspace.result"), getLocale()]);
  const [panel, candidates, peers, shareLinks] = await loadForPage(
    Promise.all([
      getReviewPanel(actor, result.id),
      listCompareCandidates(actor, result.id),
      getPeerBenchmark(actor, result.id, locale),
      listShareLinks(actor, result.id),
    ]),
  );
  const organizationName = result.details.organizationName ?? t("theOrganization");
  const role = respondentRoleLabelIn(result.details.respondentRole, locale);
  const respondent = result.details.respondentName ?? result.respondentAccount?.name ?? t("unnamed");
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        {result.organizationId ? (
          <p className="no-print text-sm">
            <Link href={`/workspace/organizations/${result.organizationId}`}>{t("back", { name: organizationName })}</Link>
          </p>
        ) : null}
        <h1 className="text-3xl font-bold tracking-tight">
          {role ? t("headingWithRole", { respondent, role }) : t("heading", { respondent })}
        </h1>
        <p className="text-muted">
          {t("facts", { organization: organizationName, date: formatDate(result.createdAt, locale), questionnaire: result.questionnaireVersion, model: result.modelVersion })}
        </p>
        <ReviewSummary panel={panel} />
        <ReportLinks resultId={result.id} />
      </div>

      {/* The consultant's tools come first; the full result, as the client reads it, follows. */}
      <ReviewPanel panel={panel} organizationName={organizationName} />
      <ShareLinksPanel links={shareLinks} actions={{ create: createShareLinkAction, revoke: revokeShareLinkAction, createFields: { resultId: result.id }, revokeFields: {} }} />
      <RescoreNotice outcome={rescoreWithCurrentModel(result)} storedVersion={result.modelVersion} showWhenCurrent />
      <section aria-label={t("asClientReads")} id="result">
        <ResultView
          report={resultView(result, await getLocale())}
          output={result.output}
          answers={result.answers}
          questionnaire={questionnaireIn(locale)}
          titleLevel="h2"
          heading={<p className="mb-4 text-sm font-semibold text-muted">{t("asClientReads")}</p>}
        />
      </section>
      <DeleteLinkCard href={`/workspace/results/${result.id}/delete`} title={t("deleteTitle")}>
        {t("deleteBody")}
      </DeleteLinkCard>
      <PeerBenchmark data={peers} />
      <CompareWithForm resultId={result.id} organizationName={organizationName} candidates={candidates} limit={COMPARE_CANDIDATE_LIMIT} />
    </div>
  );
}
