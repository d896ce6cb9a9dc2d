import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AssessmentStepper } from "@/components/assessment/assessment-stepper";
import { getActor } from "@/lib/auth/session";
import { publicUrl } from "@/lib/http/absolute-url";
import { getLocale } from "next-intl/server";
import { questionnaireIn } from "@/lib/questionnaire/localize";
import { draftRetentionDays, getDraftForPage } from "@/lib/services/assessments";
import { isEmailConfigured } from "@/lib/services/mailer";
import { DomainError } from "@/lib/errors";

export const metadata: Metadata = {
  title: "Assessment",
  robots: { index: false, follow: false },
  // The token in the URL is a credential: never send it on to another site.
  referrer: "no-referrer",
};

export default async function AssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}) {
  const { token } = await params;
  const { step } = await searchParams;
  const { draft, deletesOn, identityFromInvitation } = await getDraftForPage(await getActor(), token).catch((error: unknown) => {
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "not_found")) notFound();
    throw error;
  });
  if (draft.resultId) redirect(`/assessment/${token}/result`);
  return (
    <AssessmentStepper
      token={token}
      resumeUrl={publicUrl(`/assessment/${token}`)}
      emailConfigured={isEmailConfigured()}
      questionnaire={questionnaireIn(await getLocale())}
      initialAnswers={draft.answers}
      initialDetails={draft.details}
      identityFromInvitation={identityFromInvitation}
      initialStep={typeof step === "string" ? step : null}
      hasSavedBefore={draft.revision > 0}
      retention={deletesOn ? { days: draftRetentionDays(), deletesOn } : null}
    />
  );
}
