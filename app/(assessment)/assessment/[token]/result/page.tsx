import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { ReportLinks } from "@/components/report/report-links";
import { Card } from "@/components/ui/card";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { RescoreNotice } from "@/components/result/rescore-notice";
import { ResultView } from "@/components/result/result-view";
import { DeleteLinkCard } from "@/components/privacy/delete-link-card";
import { RespondentResultHeading } from "@/components/result/respondent-result-heading";
import { ClaimAssessmentPanel } from "@/components/workspace/claim-assessment-panel";
import { getActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/http/load-for-page";
import { questionnaireIn } from "@/lib/questionnaire/localize";
import { rescoreWithCurrentModel } from "@/lib/scoring/rescore";
import { getResultForToken } from "@/lib/services/assessments";
import { getClaimStatus } from "@/lib/services/claims";
import { isEmailConfigured } from "@/lib/services/mailer";
import { EmailMyLink } from "@/components/assessment/email-my-link";
import { listRespondentShareLinks } from "@/lib/services/share-links";
import { createRespondentShareLinkAction, revokeRespondentShareLinkAction } from "./actions";
import { DomainError } from "@/lib/errors";
import { resultView } from "@/lib/results/report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResultPage.pages");
  return { title: t("resultTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ResultPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, locale] = await Promise.all([getTranslations("ResultPage.pages"), getLocale() as Promise<Locale>]);
  const actor = await getActor();
  const result = await loadForPage(
    getResultForToken(actor, token).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === "result_not_found") redirect(`/assessment/${token}?step=review`);
      throw error;
    }),
  );
  const claimStatus = await loadForPage(getClaimStatus(actor, token));
  const shareLinks = await loadForPage(listRespondentShareLinks(actor, token));
  const tokenField = { token };
  return (
    <div className="space-y-6">
      <ReportLinks token={token} />
      <ResultView
        report={resultView(result, locale)}
        output={result.output}
        answers={result.answers}
        questionnaire={questionnaireIn(locale)}
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
      {/* After the result, so the page's h1 comes before any h2: these panels are about what to do next. */}
      <RescoreNotice outcome={rescoreWithCurrentModel(result)} storedVersion={result.modelVersion} />
      <ShareLinksPanel
        links={shareLinks}
        actions={{ create: createRespondentShareLinkAction, revoke: revokeRespondentShareLinkAction, createFields: tokenField, revokeFields: tokenField }}
      />
      {isEmailConfigured() ? (
        <Card className="no-print">
          <h2 className="text-lg font-semibold">{t("keepLink")}</h2>
          <p className="mt-2 text-muted">{claimStatus === "yours" ? t("emailYourself") : t("onlyWayBack")}</p>
          <EmailMyLink token={token} />
        </Card>
      ) : null}
      <ClaimAssessmentPanel token={token} status={claimStatus} />
      <DeleteLinkCard href={`/assessment/${token}/delete`} title={t("deleteMyAnswers")}>
        {t("deleteMyAnswersBody")}
      </DeleteLinkCard>
    </div>
  );
}
