import type { Metadata } from "next";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteResultForm } from "@/components/privacy/deletion-forms";
import { ResultDeletionConsequences } from "@/components/privacy/result-deletion-impact";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { findReviewableResultRef } from "@/lib/results/queries";
import { describeResultDeletion } from "@/lib/services/data-deletion";

export const metadata: Metadata = { title: "Delete a result", robots: { index: false, follow: false } };

/** A consultant deletes a result of their organization, for instance at the respondent's request. */
export default async function DeleteReviewedResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/results/${encodeURIComponent(id)}/delete`);
  // The workspace's page is for the organization's consultants: a respondent deletes from their own result page.
  const ref = await loadForPage(findReviewableResultRef(actor, recordIdOfPage(id)));
  const impact = await loadForPage(describeResultDeletion(actor, ref.id));
  return (
    <DeletionPage
      title="Delete this result?"
      back={{ href: `/workspace/results/${ref.id}`, label: "Back to the review" }}
      lead="For instance when the respondent asks for their answers to be erased."
    >
      <ResultDeletionConsequences impact={impact} />
      <DeleteResultForm resultId={ref.id} returnTo="workspace" />
    </DeletionPage>
  );
}
