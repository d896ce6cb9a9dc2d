import type { Metadata } from "next";
import { shareOfModel } from "@/components/methodology/criterion-card";
import { Citations } from "@/components/result/citation";
import { Card } from "@/components/ui/card";
import { questionById } from "@/lib/scoring/questions";
import { CASE_LIBRARY } from "@/lib/scoring/case-library";
import { DISAGREEMENTS } from "@/lib/scoring/reconciliation";
import { ROBUSTNESS_METHOD } from "@/lib/scoring/robustness-text";
import { CONFIDENCE_RULE, CRITERIA, DIMENSIONS, FACTS, MODEL_VERSION, STRUCTURES } from "@/lib/scoring";
import { STRUCTURE_IDS } from "@/lib/scoring/types";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How Rolefit scores your answers: every criterion, its weight and the passages it cites, how robustness and confidence are measured, and where the sources disagree.",
};


/** Generated from the model's own data: nothing on this page is copied by hand. */
export default function MethodologyPage() {
  const clear = CASE_LIBRARY.filter((profile) => profile.expected.kind === "clear").length;
  return (
    <div className="space-y-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Methodology</h1>
        <p className="mt-3 text-lg text-muted">
          Scoring model version {MODEL_VERSION}. {CRITERIA.length} criteria read your answers about {FACTS.length} facts, grouped in {DIMENSIONS.length} dimensions.
          Each criterion gives every structure a support between 0 and 100 for your answer; a structure&apos;s score is the weighted average of those supports
          over the criteria your answers informed. Questions left unanswered or answered &ldquo;Don&apos;t know&rdquo; are not counted as evidence for or against
          anything: they lower the coverage instead.
        </p>
      </div>

      <nav aria-labelledby="contents" className="rounded-lg border border-line bg-white p-5">
        <h2 id="contents" className="text-lg font-semibold">Contents</h2>
        <ol className="mt-2 grid list-decimal gap-x-8 gap-y-1 pl-5 sm:grid-cols-2">
          <li>
            <a href="#confidence">How robust and how confident the recommendation is</a>
          </li>
          <li>
            <a href="#facts">Facts and their weights</a>
          </li>
          <li>
            <a href="#disagreements">Where the sources disagree</a>
          </li>
          <li>
            <a href="#structures">The three structures</a>
          </li>
          <li>
            <a href="#criteria">The criteria, by dimension</a>
          </li>
        </ol>
      </nav>

      <section aria-labelledby="confidence">
        <Card>
          <h2 id="confidence" className="text-xl font-semibold">How robust and how confident the recommendation is</h2>
          <p className="mt-2">{ROBUSTNESS_METHOD}</p>
          <p className="mt-3">
            <span className="font-semibold">Confidence.</span> {CONFIDENCE_RULE.text}
          </p>
          <p className="mt-3 text-sm text-muted">
            When the evidence leaves the choice open, the result names both leading structures and says what would settle it either way: the weights under which
            each one wins, and the answer changes that would make it clear or tip it. The model is checked against a case library of {CASE_LIBRARY.length} company
            profiles written from the sources&apos; rules: {clear} clear cases, which must keep their recommendation across the answers a respondent could reasonably
            give either way and win at least 70% of the draws, and {CASE_LIBRARY.length - clear} cases the sources leave open, which must read moderate or low.
          </p>
        </Card>
      </section>

      <section aria-labelledby="facts">
        <h2 id="facts" className="text-2xl font-semibold">Facts and their weights</h2>
        <p className="mt-1 max-w-3xl text-muted">
          A fact has one weight, shared by every criterion that reads it, so a fact described by several questions (being heavily regulated, say) counts no more
          than one described by a single question.
        </p>
        <ul className="mt-4 divide-y divide-line border-y border-line text-sm">
          {FACTS.map((fact) => (
            <li key={fact.id} className="py-3">
              <article aria-labelledby={`fact-${fact.id}`} className="grid gap-x-6 gap-y-2 md:grid-cols-[12rem_1fr_1.3fr]">
                <div>
                  <h3 id={`fact-${fact.id}`} className="font-semibold">
                    {fact.label.charAt(0).toUpperCase() + fact.label.slice(1)}
                  </h3>
                  <p className="tabular-nums text-muted">
                    Weight {fact.weight} ({shareOfModel(fact.weight)} of the model)
                  </p>
                </div>
                <div>
                  <p className="text-muted">Questions that describe it</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {[...new Set(CRITERIA.filter((criterion) => criterion.fact === fact.id).map((criterion) => criterion.factor.questionId))].map((id) => (
                      <li key={id}>{questionById(id).label}</li>
                    ))}
                  </ul>
                </div>
                <p>
                  {fact.why} <Citations citations={fact.citations} />
                </p>
              </article>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="disagreements" className="space-y-4">
        <div>
          <h2 id="disagreements" className="text-2xl font-semibold">Where the sources disagree, and how the model reconciles them</h2>
        </div>
        {DISAGREEMENTS.map((item) => (
          <Card key={item.id}>
            <article id={`disagreement-${item.id}`} aria-labelledby={`disagreement-${item.id}-title`}>
              <h3 id={`disagreement-${item.id}-title`} className="font-semibold">{item.title}</h3>
              <p className="mt-2">{item.sides}</p>
              <p className="mt-2">
                <span className="font-semibold">How the model reconciles them.</span> {item.reconciliation}
              </p>
              <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                <span className="text-muted">Evidence:</span>
                <Citations citations={item.citations} />
              </div>
            </article>
          </Card>
        ))}
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

      <section aria-labelledby="criteria" className="space-y-4">
        <div>
          <h2 id="criteria" className="text-2xl font-semibold">The criteria, by dimension</h2>
          <p className="mt-1 max-w-3xl text-muted">
            Every criterion of the model with its weight. Each dimension&apos;s page gives every criterion in full: its support for each structure by answer, what a
            result says about it, and the passages it cites.
          </p>
        </div>
        {DIMENSIONS.map((dimension) => {
          const criteria = CRITERIA.filter((criterion) => criterion.dimension === dimension.id);
          return (
            <Card key={dimension.id}>
              <section aria-labelledby={`dimension-${dimension.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`dimension-${dimension.id}`} className="text-lg font-semibold">{dimension.label}</h3>
                  <a href={`/methodology/${dimension.id}`} className="text-sm font-medium">
                    {criteria.length} criteria in full<span className="sr-only">: {dimension.label}</span>
                  </a>
                </div>
                <p className="mt-1 text-sm text-muted">{dimension.description}</p>
                <ul className="mt-3 divide-y divide-line text-sm">
                  {criteria.map((criterion) => (
                    <li key={criterion.id} id={`criterion-${criterion.id}`} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
                      <a href={`/methodology/${dimension.id}#criterion-${criterion.id}`}>{criterion.statement}</a>
                      <span className="tabular-nums text-muted">{shareOfModel(criterion.weight)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            </Card>
          );
        })}
      </section>
    </div>
  );
}
