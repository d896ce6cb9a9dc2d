import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteByLinkForm } from "@/components/privacy/deletion-forms";
import { ResultDeletionConsequences } from "@/components/privacy/result-deletion-impact";
import { getActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/http/load-for-page";
import { describeDeletionByToken } from "@/lib/services/assessments";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResultPage.pages");
  return { title: t("deleteAnswersTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The respondent holding the private link deletes their draft, or their result with everything hanging from it. */
export default async function DeleteByLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("ResultPage.pages");
  const actor = await getActor();
  const { submitted, impact } = await loadForPage(describeDeletionByToken(actor, token));
  const back = submitted ? { href: `/assessment/${token}/result`, label: t("backToYourResult") } : { href: `/assessment/${token}`, label: t("backToYourAnswers") };
  return (
    <DeletionPage title={submitted ? t("deleteAnswersAndResult") : t("deleteDraft")} back={back}>
      {impact ? (
        <ResultDeletionConsequences impact={impact} />
      ) : (
        <p>{t("deleteDraftBody")}</p>
      )}
      <DeleteByLinkForm token={token} submitted={submitted} />
    </DeletionPage>
  );
}
