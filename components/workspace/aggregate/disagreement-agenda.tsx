import { useFormatter, useTranslations } from "next-intl";
import type { DimensionDisagreement, DisagreementAgenda, QuestionDisagreement } from "@/lib/portfolio/disagreement";
import { ScrollRegion } from "@/components/ui/scroll-region";
type Translate = ReturnType<typeof useTranslations<"Organization.agenda">>;

/** "3 answered; 1 said they don't know": who is left out of the spread, said plainly. */
function answerCounts(item: QuestionDisagreement, t: Translate): string {
  const parts = [t("answered", { count: item.answered })];
  if (item.dontKnow > 0) parts.push(t("didNotKnow", { count: item.dontKnow }));
  if (item.unanswered > 0) parts.push(t("didNotAnswer", { count: item.unanswered }));
  return parts.join(t("separator"));
}

function QuestionItem({ item, rank }: { item: QuestionDisagreement; rank: number }) {
  const t = useTranslations("Organization.agenda");
  const format = useFormatter();
  return (
    <li className="rounded-md border border-line p-4" data-testid="agenda-question">
      <p className="text-sm text-muted">
        {t("rank", { rank, section: item.section, spread: item.spread })}
      </p>
      <h4 className="mt-1 font-semibold">
        {item.label}
      </h4>
      <p className="mt-1 text-sm">
        {item.summary} <span className="text-muted">({answerCounts(item, t)}.)</span>
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">{t("answersTo", { question: item.label })}</caption>
        <tbody className="divide-y divide-line">
          {item.answers.map((answer) => (
            <tr key={answer.resultId}>
              <th scope="row" className="w-1/3 py-1.5 pr-4 align-top font-normal text-muted">
                {answer.respondent}
              </th>
              <td className="py-1.5">{answer.answer}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {item.whyItMatters.length > 0 ? (
        <div className="mt-3 text-sm">
          <p className="font-semibold">{t("whyItMatters")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {item.whyItMatters.map((reading) => (
              <li key={reading.criterionId}>
                {reading.statement} <span className="text-muted">{t("reading", { dimension: reading.dimensionLabel, weight: format.number(reading.weight, { maximumFractionDigits: 2 }) })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** Beyond this many respondents a column each would not fit; the table then shows the range only. */
const MAX_RESPONDENT_COLUMNS = 8;

function DimensionTable({ dimensions }: { dimensions: DimensionDisagreement[] }) {
  const t = useTranslations("Organization.agenda");
  const format = useFormatter();
  const all = dimensions[0]?.values.map((value) => ({ id: value.resultId, label: value.respondent })) ?? [];
  const respondents = all.length <= MAX_RESPONDENT_COLUMNS ? all : [];
  return (
    <ScrollRegion label={t("dimensionsCaption")}>
      <table className="w-full text-left text-sm" data-testid="agenda-dimensions">
        <caption className="sr-only">{t("dimensionsCaption")}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("dimension")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">
              {t("spread")}
            </th>
            {respondents.map((respondent) => (
              <th key={respondent.id} scope="col" className="py-2 pr-4 text-right font-semibold">
                {respondent.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {dimensions.map((dimension) => (
            <tr key={dimension.dimensionId}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {dimension.label}
                <span className="block text-muted">{dimension.summary}</span>
              </th>
              <td className="py-2 pr-4 text-right font-semibold tabular-nums">{format.number(dimension.spread, { style: "percent" })}</td>
              {(respondents.length > 0 ? dimension.values : []).map((entry) => (
                <td key={entry.resultId} className="py-2 pr-4 text-right tabular-nums">
                  {entry.value === null ? <span className="text-muted">{t("notInformed")}</span> : format.number(entry.value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The workshop agenda: questions answered most differently first, then the dimensions seen most differently. */
export function DisagreementAgendaView({ agenda }: { agenda: DisagreementAgenda }) {
  const t = useTranslations("Organization.agenda");
  if (agenda.respondentCount < 2) {
    return <p className="text-muted">{t("needsTwo")}</p>;
  }
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-line bg-canvas px-4 py-3 text-sm">
        <p className="font-semibold">{t("howMeasured")}</p>
        <p className="mt-1">{agenda.rule.questions}</p>
        <p className="mt-1">{agenda.rule.dimensions}</p>
        <p className="mt-1">{agenda.rule.ranking}</p>
      </div>

      <div>
        <h3 className="font-semibold">{t("questions")}</h3>
        {agenda.questions.length === 0 ? (
          <p className="mt-2 text-muted">{t("sameAnswers")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">
              {agenda.questionsWithDisagreement > agenda.questions.length
                ? t("widestOf", { count: agenda.questions.length, total: agenda.questionsWithDisagreement })
                : t("widest", { count: agenda.questions.length })}
            </p>
            <ol className="mt-3 space-y-3">
              {agenda.questions.map((item, index) => (
                <QuestionItem key={item.questionId} item={item} rank={index + 1} />
              ))}
            </ol>
          </>
        )}
      </div>

      <div>
        <h3 className="font-semibold">{t("dimensions")}</h3>
        {agenda.dimensions.length === 0 ? (
          <p className="mt-2 text-muted">{t("sameDimensions")}</p>
        ) : (
          <div className="mt-3">
            <DimensionTable dimensions={agenda.dimensions} />
          </div>
        )}
      </div>
    </div>
  );
}
