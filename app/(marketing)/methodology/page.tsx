import type { Metadata } from "next";
import { Citations } from "@/components/result/citation";
import { Card } from "@/components/ui/card";
import { questionById } from "@/lib/scoring/questions";
import { CONFIDENCE_RULE, CRITERIA, DIMENSIONS, MODEL_VERSION, STRUCTURES, TOTAL_WEIGHT, describeMapping } from "@/lib/scoring";
import { STRUCTURE_IDS } from "@/lib/scoring/types";

export const metadata: Metadata = { title: "Methodology" };

const percent = (support: number) => `${Math.round(support * 100)}`;

/** Generated from the model's own data: nothing on this page is copied by hand. */
export default function MethodologyPage() {
  return (
    <div className="space-y-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Methodology</h1>
        <p className="mt-3 text-lg text-muted">
          Scoring model version {MODEL_VERSION}. {CRITERIA.length} criteria in {DIMENSIONS.length} dimensions read your answers.
          Each criterion gives every structure a support between 0 and 100 for your answer; a structure&apos;s score is the
          weighted average of those supports over the criteria your answers informed. Questions left unanswered or answered
          &ldquo;Don&apos;t know&rdquo; are not counted as evidence for or against anything: they lower the coverage instead.
        </p>
      </div>

      <section aria-labelledby="confidence">
        <Card>
          <h2 id="confidence" className="text-xl font-semibold">How confident the recommendation is</h2>
          <p className="mt-2">{CONFIDENCE_RULE.text}</p>
        </Card>
      </section>

      <section aria-labelledby="structures">
        <h2 id="structures" className="text-2xl font-semibold">The three structures</h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {STRUCTURE_IDS.map((id) => (
            <li key={id}>
              <Card className="h-full">
                <h3 className="font-semibold">{STRUCTURES[id].name}</h3>
                <p className="mt-2 text-sm text-muted">{STRUCTURES[id].description}</p>
                <p className="mt-3 text-sm">
                  <Citations citations={STRUCTURES[id].citations} />
                </p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      {DIMENSIONS.map((dimension) => {
        const criteria = CRITERIA.filter((criterion) => criterion.dimension === dimension.id);
        return (
          <section key={dimension.id} aria-labelledby={`dimension-${dimension.id}`} className="space-y-4">
            <div>
              <h2 id={`dimension-${dimension.id}`} className="text-2xl font-semibold">{dimension.label}</h2>
              <p className="mt-1 text-muted">{dimension.description}</p>
            </div>
            {criteria.map((criterion) => (
              <Card key={criterion.id}>
                <article id={`criterion-${criterion.id}`} aria-labelledby={`criterion-${criterion.id}-title`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 id={`criterion-${criterion.id}-title`} className="font-semibold">{criterion.statement}</h3>
                    <p className="text-sm text-muted">
                      Weight {criterion.weight} ({((criterion.weight / TOTAL_WEIGHT) * 100).toFixed(1)}% of the model)
                    </p>
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    Reads: {criterion.questionIds.map((id) => questionById(id).label).join(" and ")}
                  </p>
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
                  <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                    <span className="text-muted">Evidence:</span>
                    <Citations citations={criterion.citations} />
                  </div>
                </article>
              </Card>
            ))}
          </section>
        );
      })}
    </div>
  );
}
