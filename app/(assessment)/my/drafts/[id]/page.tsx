import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadForPage } from "@/components/workspace/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { reopenOwnDraft } from "@/lib/services/workspace";

export const metadata: Metadata = { title: "Continue your assessment", robots: { index: false, follow: false } };

/**
 * Only the hash of a resume link is stored, so the owner gets a fresh link: it replaces the old
 * one, which stops working. A draft submitted meanwhile opens its result instead.
 */
export default async function ResumeOwnDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/my/drafts/${encodeURIComponent(id)}`);
  const reopened = await loadForPage(reopenOwnDraft(actor, id));
  redirect("token" in reopened ? `/assessment/${reopened.token}` : `/my/results/${reopened.resultId}`);
}
