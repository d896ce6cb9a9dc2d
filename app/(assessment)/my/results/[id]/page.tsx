import { getLocale } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { RescoreNotice } from "@/components/result/rescore-notice";
import { ReportLinks } from "@/components/report/report-links";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(report)/share-actions";
import { ResultView } from "@/components/result/result-view";
import { DeleteLinkCard } from "@/components/privacy/delete-link-card";
import { RespondentResultHeading } from "@/components/result/respondent-result-heading";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";
import { rescoreWithCurrentModel } from "@/lib/scoring/rescore";
import { findViewableResult } from "@/lib/results/queries";
import { resultView } from "@/lib/results/report";
import { listShareLinks } from "@/lib/services/share-links";

export const metadata: Metadata = { title: "Your recommendation", robots: { index: false, follow: false } };

export default async function MyResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/my/results/${encodeURIComponent(id)}`);
  const result = await loadForPage(findViewableResult(actor, recordIdOfPage(id)));
  const shareLinks = await loadForPage(listShareLinks(actor, result.id));
  return (
    <div className="space-y-6">
      <p className="no-print text-sm">
        <Link href="/my">← Your assessments</Link>
      </p>
      <ReportLinks resultId={result.id} />
      <RescoreNotice outcome={rescoreWithCurrentModel(result)} storedVersion={result.modelVersion} />
      <ResultView
        report={resultView(result, await getLocale())}
        output={result.output}
        answers={result.answers}
        questionnaire={QUESTIONNAIRE}
        heading={
          <RespondentResultHeading
            organizationName={result.details.organizationName}
            respondentName={result.details.respondentName}
            submittedAt={result.createdAt}
            questionnaireVersion={result.questionnaireVersion}
            modelVersion={result.modelVersion}
          />
        }
      />
      <ShareLinksPanel links={shareLinks} actions={{ create: createShareLinkAction, revoke: revokeShareLinkAction, createFields: { resultId: result.id }, revokeFields: {} }} />
      <DeleteLinkCard href={`/my/results/${result.id}/delete`} title="Delete this result">
        Your answers and the recommendation are erased for good{result.organizationId ? ", and the organization's consultants no longer see them" : ""}. You
        are shown what else changes before anything is deleted.
      </DeleteLinkCard>
    </div>
  );
}
