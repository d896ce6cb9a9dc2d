/** One criterion in full: its weight, what it reads, its support for each structure by answer, what a result says, and its evidence. */
import { getLocale, getTranslations } from "next-intl/server";
import { Citations } from "@/components/result/citation";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import { allQuestions } from "@/lib/questionnaire/skip";
import { questionnaireIn } from "@/lib/questionnaire/localize";
import type { TQuestion } from "@/lib/questionnaire/schema";
import { ANSWER_WORDS, describeMapping, type AnswerWords, type Criterion } from "@/lib/scoring/criteria";
import { TOTAL_WEIGHT } from "@/lib/scoring";
import { factsIn, structuresIn } from "@/lib/scoring/translations/localize";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Translate = Awaited<ReturnType<typeof getTranslations<"Methodology">>>;

const percent = (support: number) => `${Math.round(support * 100)}`;

/** A weight's share of the whole model, to one decimal, as the language writes a percentage. */
export function shareOfModel(weight: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(weight / TOTAL_WEIGHT);
}

/** The questions of the current questionnaire in the locale, by id. */
export function questionsIn(locale: Locale): (id: string) => TQuestion {
  const byId = new Map(allQuestions(questionnaireIn(locale)).map((question) => [question.id, question]));
  return (id) => {
    const question = byId.get(id);
    if (!question) throw new Error(`No question "${id}".`);
    return question;
  };
}

function answerWords(t: Translate, locale: Locale): AnswerWords {
  const number = new Intl.NumberFormat(locale);
  return {
    number: (value) => number.format(value),
    range: (from, to, unit) => t("answers.range", { from, to, unit }).trim(),
    moreThan: (value, unit) => t("answers.moreThan", { value, unit }).trim(),
    noneOfThese: t("answers.noneOfThese"),
    chosen: (count, orMore) => (orMore ? t("answers.chosenOrMore", { count }) : t("answers.chosen", { count })),
    optionAlone: (option, amount) => t("answers.optionAlone", { option, amount: number.format(amount) }),
    noneThatCount: t("answers.noneThatCount"),
    addingUpToOne: t("answers.addingUpToOne"),
    skipped: t("answers.skipped"),
    both: ANSWER_WORDS.both,
  };
}

/** The reasons a criterion gives, one per end of its scale (and per end of the answer it is read with). */
function reasonRows(criterion: Criterion, t: Translate, questionOf: (id: string) => TQuestion): { when: string; text: string }[] {
  if (criterion.kind === "single") {
    return [
      { when: t("reasonLow"), text: criterion.reasons.low.text },
      { when: t("reasonHigh"), text: criterion.reasons.high.text },
    ];
  }
  const question = questionOf(criterion.by.questionId).label;
  return [
    { when: t("reasonLowLow", { question }), text: criterion.reasons.lowLow.text },
    { when: t("reasonLowHigh", { question }), text: criterion.reasons.lowHigh.text },
    { when: t("reasonHighLow", { question }), text: criterion.reasons.highLow.text },
    { when: t("reasonHighHigh", { question }), text: criterion.reasons.highHigh.text },
  ];
}

/** `criterion` in the request's language (criteriaIn). */
export async function CriterionCard({ criterion }: { criterion: Criterion }) {
  const [t, locale] = await Promise.all([getTranslations("Methodology"), getLocale()]);
  const structures = structuresIn(locale);
  const questionOf = questionsIn(locale);
  const fact = factsIn(locale).find((candidate) => candidate.id === criterion.fact);
  const part = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(criterion.share);
  const weight = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(criterion.weight);
  const reads = new Intl.ListFormat(locale, { type: "conjunction" }).format(criterion.questionIds.map((id) => questionOf(id).label));
  return (
    <Card>
      <article id={`criterion-${criterion.id}`} aria-labelledby={`criterion-${criterion.id}-title`}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={`criterion-${criterion.id}-title`} className="font-semibold">{criterion.statement}</h3>
          <p className="text-sm text-muted">{t("criterionWeight", { weight, share: shareOfModel(criterion.weight, locale), part, fact: fact?.label ?? "" })}</p>
        </div>
        <p className="mt-1 text-sm text-muted">{t("reads", { questions: reads })}</p>
        {/* Collapsed: the page lists every criterion, and the support table is what a reader opens for one. */}
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-semibold text-brand">{t("supportSummary")}</summary>
          <ScrollRegion label={t("supportCaption")} className="mt-3">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("supportCaption")}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-1.5 pr-4 font-semibold">{t("answer")}</th>
                  {STRUCTURE_IDS.map((id) => (
                    <th key={id} scope="col" className="py-1.5 pr-4 font-semibold">{structures[id].name}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {describeMapping(criterion, answerWords(t, locale), questionOf).map((row) => (
                  <tr key={row.answer}>
                    <th scope="row" className="py-1.5 pr-4 font-normal">{row.answer}</th>
                    {STRUCTURE_IDS.map((id) => (
                      <td key={id} className="py-1.5 pr-4 tabular-nums">{percent(row.support[id])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h4 className="mt-3 font-semibold">{t("whatResultSays")}</h4>
          <dl className="mt-2 space-y-2">
            {reasonRows(criterion, t, questionOf).map((row) => (
              <div key={row.when}>
                <dt className="text-muted">{row.when}</dt>
                <dd>{row.text}</dd>
              </div>
            ))}
          </dl>
        </details>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">{t("evidence")}</span>
          <Citations citations={criterion.citations} />
        </div>
      </article>
    </Card>
  );
}
