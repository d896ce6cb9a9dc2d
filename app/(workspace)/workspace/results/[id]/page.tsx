import type { Metadata } from "next";
import Link from "next/link";
import { RescoreNotice } from "@/components/result/rescore-notice";
import { ReportLinks } from "@/components/report/report-links";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(report)/share-actions";
import { ResultView } from "@/components/result/result-view";
import { CompareWithForm } from "@/components/workspace/compare/compare-with-form";
import { formatDate, respondentRoleLabel } from "@/components/workspace/format";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { PeerBenchmark } from "@/components/workspace/peer-benchmark";
import { OverrideBanner } from "@/components/workspace/review/override-banner";
import { ReviewPanel } from "@/components/workspace/review/review-panel";
import { ReviewSummary } from "@/components/workspace/review/review-summary";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";
import { rescoreWithCurrentModel } from "@/lib/scoring/rescore";
import { getPeerBenchmark } from "@/lib/services/organization-insights";
import { COMPARE_CANDIDATE_LIMIT, listCompareCandidates } from "@/lib/services/result-compare";
import { getReviewPanel } from "@/lib/services/result-review";
import { listShareLinks } from "@/lib/services/share-links";
import { findReviewableResult } from "@/lib/results/queries";
import { resultView } from "@/lib/results/report";

export const metadata: Metadata = { title: "Result" };

/**
 * The model's result as it was scored, then the consultants' own work on it: how it sits among
 * comparable clients, review, comparison with the organization's other results, and share links.
 */
export default async function WorkspaceResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/results/${encodeURIComponent(id)}`);
  // Reviewing is for the organization's consultants only; the services answer 404 to everyone else.
  const result = await loadForPage(findReviewableResult(actor, recordIdOfPage(id)));
  const [panel, candidates, peers, shareLinks] = await loadForPage(
    Promise.all([
      getReviewPanel(actor, result.id),
      listCompareCandidates(actor, result.id),
      getPeerBenchmark(actor, result.id),
      listShareLinks(actor, result.id),
    ]),
  );
  const organizationName = result.details.organizationName ?? "the organization";
  const role = respondentRoleLabel(result.details.respondentRole ?? null);
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        {result.organizationId ? (
          <p className="no-print text-sm">
            <Link href={`/workspace/organizations/${result.organizationId}`}>← Back to {organizationName}</Link>
          </p>
        ) : null}
        <ReportLinks resultId={result.id} />
        <ReviewSummary panel={panel} />
      </div>

      {panel.override ? <OverrideBanner override={panel.override} modelRecommendation={panel.modelRecommendation} /> : null}
      <RescoreNotice outcome={rescoreWithCurrentModel(result)} storedVersion={result.modelVersion} showWhenCurrent />
      <ResultView
        report={resultView(result)}
        output={result.output}
        answers={result.answers}
        questionnaire={QUESTIONNAIRE}
        heading={
          <p className="mb-4 text-sm text-muted">
            <strong className="text-ink">{result.details.organizationName ?? "Organization"}</strong> · submitted {formatDate(result.createdAt)}
            {result.details.respondentName ? ` by ${result.details.respondentName}` : ""}
            {role ? ` (${role})` : ""} · questionnaire {result.questionnaireVersion} · model {result.modelVersion}
            {panel.override ? " · the model's recommendation, before the consultant's override" : ""}
          </p>
        }
      />

      <PeerBenchmark data={peers} />
      <ReviewPanel panel={panel} organizationName={organizationName} />
      <CompareWithForm resultId={result.id} organizationName={organizationName} candidates={candidates} limit={COMPARE_CANDIDATE_LIMIT} />
      <ShareLinksPanel links={shareLinks} actions={{ create: createShareLinkAction, revoke: revokeShareLinkAction, createFields: { resultId: result.id }, revokeFields: {} }} />
    </div>
  );
}
