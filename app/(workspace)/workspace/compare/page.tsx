import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AnswerDifferences } from "@/components/workspace/compare/answer-differences";
import { DriverChanges } from "@/components/workspace/compare/driver-changes";
import { ResultColumns, columnHeadings } from "@/components/workspace/compare/result-columns";
import { ValueTable } from "@/components/workspace/compare/value-table";
import { loadForPage } from "@/lib/http/load-for-page";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { Actor } from "@/lib/auth/actor";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { compareResults, type ResultComparisonView } from "@/lib/services/result-compare";
import { COMPARE_LIMITS, ZCompareIds } from "@/lib/validation/review";

export const metadata: Metadata = { title: "Compare results" };

/**
 * A choice the page can explain (too few results, a repeated one) is explained here; results
 * the caller may not see still end in the not-found page, as everywhere else.
 */
async function compareOrExplain(actor: Actor, ids: unknown): Promise<{ view: ResultComparisonView } | { problem: string }> {
  const parsed = ZCompareIds.safeParse(ids);
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? "Choose the results to compare." };
  return { view: await compareResults(actor, parsed.data) };
}

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Card>
        <SectionHeading id={id} lead={lead}>
          {title}
        </SectionHeading>
        {children}
      </Card>
    </section>
  );
}

function HowToCompare({ problem }: { problem?: string }) {
  return (
    <div className="space-y-4">
      {problem ? (
        <Notice tone="warning" title="These results cannot be compared" role="status">
          {problem}
        </Notice>
      ) : null}
      <p>
        Open a result and choose others under <strong>Compare with…</strong>, or list from {COMPARE_LIMITS.min} to {COMPARE_LIMITS.max} results in this
        page&apos;s address as <code>?ids=</code> followed by their ids, separated by commas. The first result is the baseline the others are measured
        against.
      </p>
      <p>
        <Link href="/workspace">Go to your organizations</Link>
      </p>
    </div>
  );
}

function Comparison({ view }: { view: ResultComparisonView }) {
  const { results, comparison } = view;
  const headings = columnHeadings(results);
  return (
    <div className="space-y-6">
      <p className="text-muted">{comparison.rule.baseline}</p>
      {comparison.modelVersionsDiffer ? (
        <Notice tone="info" title="Scored with different model versions">
          Some differences in scores and drivers come from changes to the model, not only from the answers.
        </Notice>
      ) : null}
      <Section id="compare-results" title="The results">
        <ResultColumns results={results} columns={comparison.columns} />
        <p className="mt-4" data-testid="compare-verdict">
          {comparison.recommendationsDiffer ? "The recommendations differ." : `Every result recommends ${comparison.columns[0]?.recommendedName ?? "the same structure"}.`}
        </p>
      </Section>
      <Section id="compare-scores" title="Scores" lead="Out of 100, with the difference from the first result; the recommended structure of each result is in bold.">
        <ValueTable caption="Scores per structure" rowHeading="Structure" headings={headings} rows={comparison.scores} highlight={comparison.columns.map((column) => column.recommended)} testId="compare-scores" />
        <h3 className="mt-8 font-semibold">Dimensions</h3>
        <div className="mt-2">
          <ValueTable caption="How strongly the answers express each dimension, out of 100" rowHeading="Dimension" headings={headings} rows={comparison.dimensions} testId="compare-dimensions" />
        </div>
      </Section>
      <Section id="compare-answers" title="Answers that differ" lead={comparison.rule.answers}>
        <AnswerDifferences headings={headings} differing={comparison.answers.differing} identical={comparison.answers.identical} />
      </Section>
      <Section id="compare-drivers" title="Drivers that changed" lead={comparison.rule.drivers}>
        <DriverChanges caption="Criteria whose part in the recommendation differs from the first result" headings={headings} rows={comparison.drivers.changed} unchanged={comparison.drivers.unchanged} testId="compare-drivers" />
      </Section>
    </div>
  );
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ids } = await searchParams;
  const query = ids === undefined ? "" : `?${new URLSearchParams((Array.isArray(ids) ? ids : [ids]).map((id) => ["ids", id])).toString()}`;
  const actor = await requireSecondFactorReady(`/workspace/compare${query}`);
  const outcome = ids === undefined ? null : await loadForPage(compareOrExplain(actor, ids));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Compare results</h1>
        <p className="mt-2 text-muted">Two executives of one company, or one company over time: what they answered differently, and what it changed.</p>
      </div>
      {outcome && "view" in outcome ? <Comparison view={outcome.view} /> : <HowToCompare problem={outcome?.problem} />}
    </div>
  );
}
