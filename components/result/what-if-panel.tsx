"use client";

/**
 * Change answers and see the recommendation move, computed in the browser by the same model
 * that scored the result, with its robustness analysis (a few milliseconds). Nothing here is saved.
 */
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { QuestionField } from "@/components/assessment/question-field";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { applyAnswer } from "@/lib/questionnaire/edit";
import { answerLabel } from "@/lib/questionnaire/labels";
import type { TAnswers, TQuestionnaire } from "@/lib/questionnaire/schema";
import { allQuestions, shownQuestions, withoutSkippedAnswers } from "@/lib/questionnaire/skip";
import { confidenceFor } from "@/lib/scoring/confidence";
import { CURRENT_MODEL } from "@/lib/scoring/current-model";
import { scoreOnly } from "@/lib/scoring/engine";
import { analyseRobustness } from "@/lib/scoring/robustness";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import type { Locale } from "@/lib/i18n/locales";
import type { StructureId, TippingPoint } from "@/lib/scoring/types";
import { ConfidenceBadge } from "./confidence-badge";
import { ScoreChart } from "./score-chart";
import { ShareChart } from "./share-chart";
import { TippingPoints } from "./tipping-points";

interface Props {
  questionnaire: TQuestionnaire;
  answers: TAnswers;
  recommended: StructureId;
  tippingPoints: TippingPoint[];
}

export function WhatIfPanel({ questionnaire, answers, recommended, tippingPoints }: Props) {
  const t = useTranslations("WhatIf");
  const locale = useLocale() as Locale;
  const structures = structuresIn(locale);
  const [draft, setDraft] = useState<TAnswers>(answers);
  const [questionId, setQuestionId] = useState<string>("");
  const [error, setError] = useState<string | undefined>();
  const outcome = useMemo(() => {
    const prepared = withoutSkippedAnswers(questionnaire, draft);
    const lean = scoreOnly(prepared);
    const robustness = analyseRobustness(CURRENT_MODEL, prepared);
    return { ...lean, robustness, confidence: confidenceFor(lean.recommended, robustness, lean.coverage, locale) };
  }, [questionnaire, draft, locale]);
  const question = allQuestions(questionnaire).find((candidate) => candidate.id === questionId);
  const changed = allQuestions(questionnaire).filter((q) => JSON.stringify(draft[q.id]) !== JSON.stringify(answers[q.id]));
  const ranking = [...(Object.keys(outcome.scores) as StructureId[])].sort((a, b) => outcome.scores[b] - outcome.scores[a]);

  const applyTippingPoint = (point: TippingPoint) => {
    let next = { ...answers };
    for (const change of point.changes) {
      if (change.to === null) delete next[change.questionId];
      else next = { ...next, [change.questionId]: change.to };
    }
    setDraft(next);
    setQuestionId(point.changes[0]?.questionId ?? "");
    setError(undefined);
  };

  return (
    <div className="space-y-6" data-testid="what-if">
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-4">
          <SelectField
            name="what-if-question"
            label={t("question")}
            placeholder={t("chooseQuestion")}
            options={shownQuestions(questionnaire, draft).map((q) => ({ id: q.id, label: q.label }))}
            value={questionId}
            onChange={(event) => {
              setQuestionId(event.target.value);
              setError(undefined);
            }}
          />
          {question ? (
            <QuestionField
              key={`${question.id}-${JSON.stringify(draft[question.id])}`}
              question={question}
              value={draft[question.id]}
              error={error}
              onChange={(raw) => {
                const edit = applyAnswer(draft, question, raw);
                if (edit.ok) {
                  setDraft(edit.answers);
                  setError(undefined);
                } else setError(edit.error);
              }}
            />
          ) : null}
        </div>
        <div aria-live="polite" className="rounded-md border border-line bg-canvas p-4">
          <p className="text-sm text-muted">{changed.length === 0 ? t("withSaved") : t("withChanges")}</p>
          <p className="mt-1 text-xl font-bold" data-testid="what-if-recommendation">
            {structures[outcome.recommended].name}
          </p>
          {outcome.recommended !== recommended ? (
            <p className="mt-1 text-sm font-semibold text-warn">{t("differs", { structure: structureNameInSentence(structures[recommended].name, locale) })}</p>
          ) : null}
          <div className="mt-2">
            <ConfidenceBadge level={outcome.confidence.level} />
          </div>
          <p className="mt-2 text-sm text-muted" data-testid="what-if-confidence">
            {outcome.confidence.reason}
          </p>
          <div className="mt-4 space-y-5">
            <ScoreChart scores={outcome.scores} ranking={ranking} highlight={outcome.recommended} />
            <ShareChart robustness={outcome.robustness} order={ranking} highlight={outcome.recommended} />
          </div>
          {changed.length > 0 ? (
            <div className="mt-4 text-sm">
              <p className="font-semibold">{t("changedAnswers")}</p>
              <ul className="mt-1 space-y-1">
                {changed.map((q) => (
                  <li key={q.id}>
                    {q.label}: {answerLabel(q, answers[q.id], locale)} → <strong>{answerLabel(q, draft[q.id], locale)}</strong>
                  </li>
                ))}
              </ul>
              <Button variant="secondary" className="mt-3" onClick={() => setDraft(answers)}>
                {t("reset")}
              </Button>
            </div>
          ) : null}
        </div>
      </div>
      <div>
        <h3 className="mb-3 font-semibold">{t("tryTipping")}</h3>
        <TippingPoints
          points={tippingPoints}
          renderAction={(point, index) => (
            <Button variant="secondary" className="min-h-9 px-3 py-1.5 text-sm" onClick={() => applyTippingPoint(point)} data-testid={`apply-tipping-point-${index}`}>
              {t("tryThis")}
            </Button>
          )}
        />
      </div>
    </div>
  );
}
