import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteResultForm } from "@/components/privacy/deletion-forms";
import { ResultDeletionConsequences } from "@/components/privacy/result-deletion-impact";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { describeResultDeletion } from "@/lib/services/data-deletion";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MyAssessments");
  return { title: t("deleteResult"), robots: { index: false, follow: false } };
}

export default async function DeleteMyResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("MyAssessments");
  const actor = await requireSecondFactorReady(`/my/results/${encodeURIComponent(id)}/delete`);
  const impact = await loadForPage(describeResultDeletion(actor, recordIdOfPage(id)));
  return (
    <DeletionPage title={t("deleteResultQuestion")} back={{ href: `/my/results/${impact.resultId}`, label: t("backToResult") }}>
      <ResultDeletionConsequences impact={impact} />
      <DeleteResultForm resultId={impact.resultId} returnTo="my" />
    </DeletionPage>
  );
}
