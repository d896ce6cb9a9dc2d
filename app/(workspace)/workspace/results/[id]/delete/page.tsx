import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteResultForm } from "@/components/privacy/deletion-forms";
import { ResultDeletionConsequences } from "@/components/privacy/result-deletion-impact";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { findReviewableResultRef } from "@/lib/results/queries";
import { describeResultDeletion } from "@/lib/services/data-deletion";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Workspace.deleteResult");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A consultant deletes a result of their organization, for instance at the respondent's request. */
export default async function DeleteReviewedResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/results/${encodeURIComponent(id)}/delete`);
  // The workspace's page is for the organization's consultants: a respondent deletes from their own result page.
  const ref = await loadForPage(findReviewableResultRef(actor, recordIdOfPage(id)));
  const impact = await loadForPage(describeResultDeletion(actor, ref.id));
  const t = await getTranslations("Workspace.deleteResult");
  return (
    <DeletionPage
      title={t("heading")}
      back={{ href: `/workspace/results/${ref.id}`, label: t("back") }}
      lead={t("lead")}
    >
      <ResultDeletionConsequences impact={impact} />
      <DeleteResultForm resultId={ref.id} returnTo="workspace" />
    </DeletionPage>
  );
}
