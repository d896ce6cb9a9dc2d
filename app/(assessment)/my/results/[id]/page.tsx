import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { RescoreNotice } from "@/components/result/rescore-notice";
import { ReportLinks } from "@/components/report/report-links";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(report)/share-actions";
import { ResultView } from "@/components/result/result-view";
import { DeleteLinkCard } from "@/components/privacy/delete-link-card";
import { RespondentResultHeading } from "@/components/result/respondent-result-heading";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { questionnaireIn } from "@/lib/questionnaire/localize";
import { rescoreWithCurrentModel } from "@/lib/scoring/rescore";
import { findViewableResult } from "@/lib/results/queries";
import { resultView } from "@/lib/results/report";
import { listShareLinks } from "@/lib/services/share-links";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResultPage.pages");
  return { title: t("resultTitle"), robots: { index: false, follow: false } };
}

export default async function MyResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, locale] = await Promise.all([getTranslations("MyAssessments"), getLocale() as Promise<Locale>]);
  const actor = await requireSecondFactorReady(`/my/results/${encodeURIComponent(id)}`);
  const result = await loadForPage(findViewableResult(actor, recordIdOfPage(id)));
  const shareLinks = await loadForPage(listShareLinks(actor, result.id));
  return (
    <div className="space-y-6">
      <p className="no-print text-sm">
        <Link href="/my">← {t("title")}</Link>
      </p>
      <ReportLinks resultId={result.id} />
      <RescoreNotice outcome={rescoreWithCurrentModel(result)} storedVersion={result.modelVersion} />
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
      <ShareLinksPanel links={shareLinks} actions={{ create: createShareLinkAction, revoke: revokeShareLinkAction, createFields: { resultId: result.id }, revokeFields: {} }} />
      <DeleteLinkCard href={`/my/results/${result.id}/delete`} title={t("deleteResult")}>
        {t("deleteResultBody", { inOrganization: result.organizationId ? "yes" : "no" })}
      </DeleteLinkCard>
    </div>
  );
}
