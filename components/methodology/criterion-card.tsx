/** One criterion in full: its weight, what it reads, its support for each structure by answer, what a result says, and its evidence. */
import { Citations } from "@/components/result/citation";
import { Card } from "@/components/ui/card";
import { questionById } from "@/lib/scoring/questions";
import type { Criterion } from "@/lib/scoring/criteria";
import { FACTS, STRUCTURES, TOTAL_WEIGHT, describeMapping } from "@/lib/scoring";
import { STRUCTURE_IDS } from "@/lib/scoring/types";

const percent = (support: number) => `${Math.round(support * 100)}`;
export const shareOfModel = (weight: number) => `${((weight / TOTAL_WEIGHT) * 100).toFixed(1)}%`;

/** The reasons a criterion gives, one per end of its scale (and per end of the answer it is read with). */
function reasonRows(criterion: Criterion): { when: string; text: string }[] {
  if (criterion.kind === "single") {
    return [
      { when: "Answers toward the low end", text: criterion.reasons.low.text },
      { when: "Answers toward the high end", text: criterion.reasons.high.text },
    ];
  }
  const by = questionById(criterion.by.questionId).label;
  return [
    { when: `Low, with a low answer to "${by}"`, text: criterion.reasons.lowLow.text },
    { when: `Low, with a high answer to "${by}"`, text: criterion.reasons.lowHigh.text },
    { when: `High, with a low answer to "${by}"`, text: criterion.reasons.highLow.text },
    { when: `High, with a high answer to "${by}"`, text: criterion.reasons.highHigh.text },
  ];
}

export function CriterionCard({ criterion }: { criterion: Criterion }) {
  const fact = FACTS.find((candidate) => candidate.id === criterion.fact);
  return (
    <Card>
      <article id={`criterion-${criterion.id}`} aria-labelledby={`criterion-${criterion.id}-title`}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={`criterion-${criterion.id}-title`} className="font-semibold">{criterion.statement}</h3>
          <p className="text-sm text-muted">
            Weight {criterion.weight.toFixed(2)} ({shareOfModel(criterion.weight)} of the model): {Math.round(criterion.share * 100)}% of the fact &ldquo;{fact?.label}&rdquo;
          </p>
        </div>
        <p className="mt-1 text-sm text-muted">Reads: {criterion.questionIds.map((id) => questionById(id).label).join(" and ")}</p>
        {/* Collapsed: the page lists every criterion, and the support table is what a reader opens for one. */}
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-semibold text-brand">Support for each structure, by answer, and what a result says</summary>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Support for each structure by answer</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-1.5 pr-4 font-semibold">Answer</th>
                  {STRUCTURE_IDS.map((id) => (
                    <th key={id} scope="col" className="py-1.5 pr-4 font-semibold">{STRUCTURES[id].name}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {describeMapping(criterion).map((row) => (
                  <tr key={row.answer}>
                    <th scope="row" className="py-1.5 pr-4 font-normal">{row.answer}</th>
                    {STRUCTURE_IDS.map((id) => (
                      <td key={id} className="py-1.5 pr-4 tabular-nums">{percent(row.support[id])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h4 className="mt-3 font-semibold">What a result says about this criterion</h4>
          <dl className="mt-2 space-y-2">
            {reasonRows(criterion).map((row) => (
              <div key={row.when}>
                <dt className="text-muted">{row.when}</dt>
                <dd>{row.text}</dd>
              </div>
            ))}
          </dl>
        </details>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">Evidence:</span>
          <Citations citations={criterion.citations} />
        </div>
      </article>
    </Card>
  );
}

