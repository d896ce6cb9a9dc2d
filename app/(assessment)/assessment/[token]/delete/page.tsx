import type { Metadata } from "next";
import { DeletionPage } from "@/components/privacy/deletion-page";
import { DeleteByLinkForm } from "@/components/privacy/deletion-forms";
import { ResultDeletionConsequences } from "@/components/privacy/result-deletion-impact";
import { getActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/http/load-for-page";
import { describeDeletionByToken } from "@/lib/services/assessments";

export const metadata: Metadata = { title: "Delete your answers", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The respondent holding the private link deletes their draft, or their result with everything hanging from it. */
export default async function DeleteByLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  const { submitted, impact } = await loadForPage(describeDeletionByToken(actor, token));
  const back = submitted ? { href: `/assessment/${token}/result`, label: "Back to your result" } : { href: `/assessment/${token}`, label: "Back to your answers" };
  return (
    <DeletionPage title={submitted ? "Delete your answers and result?" : "Delete your draft?"} back={back}>
      {impact ? (
        <ResultDeletionConsequences impact={impact} />
      ) : (
        <p>Your answers so far are deleted for good and this private link stops working. This cannot be undone.</p>
      )}
      <DeleteByLinkForm token={token} submitted={submitted} />
    </DeletionPage>
  );
}
