import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { answerLabel } from "@/lib/questionnaire/labels";
import { questionnaireIn } from "@/lib/questionnaire/localize";
import { allQuestions } from "@/lib/questionnaire/skip";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import type { AnswerChange, TippingPoint } from "@/lib/scoring/types";

/** A stored change reads in the page's language: its question and answers by id, the stored English words where the question is gone. */
function changeIn(change: AnswerChange, locale: Locale): { question: string; from: string; to: string } {
  const question = locale === "en" ? undefined : allQuestions(questionnaireIn(locale)).find((candidate) => candidate.id === change.questionId);
  if (!question) return { question: change.questionLabel, from: change.fromLabel, to: change.toLabel };
  return { question: question.label, from: answerLabel(question, change.from, locale), to: answerLabel(question, change.to, locale) };
}

export function TippingPoints({ points, renderAction }: { points: TippingPoint[]; renderAction?: (point: TippingPoint, index: number) => ReactNode }) {
  const t = useTranslations("ResultPage.tippingPoints");
  const locale = useLocale() as Locale;
  const structures = structuresIn(locale);
  if (points.length === 0) {
    return (
      <p className="text-muted">{t("none")}</p>
    );
  }
  return (
    <ol className="space-y-3">
      {points.map((point, index) => (
        <li key={index} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-line p-4" data-testid="tipping-point">
          <div className="min-w-0 flex-1 basis-64">
            <p className="font-semibold">
              {t.rich("wouldBecome", {
                count: point.changes.length,
                structure: structureNameInSentence(structures[point.newRecommendation].name, locale),
                name: (chunks) => <span className="text-brand">{chunks}</span>,
              })}
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {point.changes.map((change) => {
                const words = changeIn(change, locale);
                return (
                  <li key={change.questionId}>
                    <span className="text-muted">{words.question}</span> {words.from} → <strong>{words.to}</strong>
                  </li>
                );
              })}
            </ul>
          </div>
          {renderAction ? renderAction(point, index) : null}
        </li>
      ))}
    </ol>
  );
}
