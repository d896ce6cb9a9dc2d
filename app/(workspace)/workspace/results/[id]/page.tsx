import type { Metadata } from "next";
import Link from "next/link";
import { RescoreNotice } from "@/components/result/rescore-notice";
import { ReportLinks } from "@/components/report/report-links";
import { ResultView } from "@/components/result/result-view";
import { formatDate, respondentRoleLabel } from "@/components/workspace/format";
import { loadForPage } from "@/components/workspace/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";
import { rescoreWithCurrentModel } from "@/lib/scoring/rescore";
import { getResultForReview } from "@/lib/services/workspace";

export const metadata: Metadata = { title: "Result" };

export default async function WorkspaceResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/results/${encodeURIComponent(id)}`);
  // Reviewing is for the organization's consultants only; the service answers 404 to everyone else.
  const result = await loadForPage(getResultForReview(actor, id));
  const role = respondentRoleLabel(result.details.respondentRole ?? null);
  return (
    <div className="space-y-6">
      {result.organizationId ? (
        <p className="no-print text-sm">
          <Link href={`/workspace/organizations/${result.organizationId}`}>← Back to {result.details.organizationName ?? "the organization"}</Link>
        </p>
      ) : null}
      <ReportLinks resultId={result.id} />
      <RescoreNotice outcome={rescoreWithCurrentModel(result)} storedVersion={result.modelVersion} />
      <ResultView
        output={result.output}
        answers={result.answers}
        questionnaire={QUESTIONNAIRE}
        heading={
          <p className="mb-4 text-sm text-muted">
            <strong className="text-ink">{result.details.organizationName ?? "Organization"}</strong> · submitted {formatDate(result.createdAt)}
            {result.details.respondentName ? ` by ${result.details.respondentName}` : ""}
            {role ? ` (${role})` : ""} · questionnaire {result.questionnaireVersion} · model {result.modelVersion}
          </p>
        }
      />
    </div>
  );
}
