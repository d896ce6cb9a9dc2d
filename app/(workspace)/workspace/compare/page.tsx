import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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
import type { Locale } from "@/lib/i18n/locales";
import { localizeServerMessage } from "@/lib/i18n/server-messages";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import { compareResults, type ResultComparisonView } from "@/lib/services/result-compare";
import { COMPARE_LIMITS, ZCompareIds } from "@/lib/validation/review";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Compare");
  return { title: t("title") };
}

/**
 * A choice the page can explain (too few results, a repeated one) is explained here; results
 * the caller may not see still end in the not-found page, as everywhere else.
 */
async function compareOrExplain(actor: Actor, ids: unknown, locale: Locale, fallback: string): Promise<{ view: ResultComparisonView } | { problem: string }> {
  const parsed = ZCompareIds.safeParse(ids);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { problem: first ? localizeServerMessage(first.message, locale) : fallback };
  }
  return { view: await compareResults(actor, parsed.data, locale) };
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

async function HowToCompare({ problem }: { problem?: string }) {
  const t = await getTranslations("Compare");
  return (
    <div className="space-y-4">
      {problem ? (
        <Notice tone="warning" title={t("cannotCompare")} role="status">
          {problem}
        </Notice>
      ) : null}
      <p>
        {t.rich("howTo", {
          min: COMPARE_LIMITS.min,
          max: COMPARE_LIMITS.max,
          strong: (chunks) => <strong>{chunks}</strong>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <p>
        <Link href="/workspace">{t("toOrganizations")}</Link>
      </p>
    </div>
  );
}

async function Comparison({ view }: { view: ResultComparisonView }) {
  const [t, locale] = await Promise.all([getTranslations("Compare"), getLocale()]);
  const { results, comparison } = view;
  const headings = columnHeadings(results);
  return (
    <div className="space-y-6">
      <p className="text-muted">{comparison.rule.baseline}</p>
      {comparison.modelVersionsDiffer ? (
        <Notice tone="info" title={t("versionsDiffer")}>
          {t("versionsDifferBody")}
        </Notice>
      ) : null}
      <Section id="compare-results" title={t("results")}>
        <ResultColumns results={results} columns={comparison.columns} />
        <p className="mt-4" data-testid="compare-verdict">
          {comparison.recommendationsDiffer
            ? t("differ")
            : comparison.columns[0]
              ? t("same", { structure: structureNameInSentence(comparison.columns[0].recommendedName, locale) })
              : t("sameStructure")}
        </p>
      </Section>
      <Section id="compare-scores" title={t("scores")} lead={t("scoresLead")}>
        <ValueTable caption={t("scoresCaption")} rowHeading={t("structure")} headings={headings} rows={comparison.scores} highlight={comparison.columns.map((column) => column.recommended)} testId="compare-scores" />
        <h3 className="mt-8 font-semibold">{t("dimensions")}</h3>
        <div className="mt-2">
          <ValueTable caption={t("dimensionsCaption")} rowHeading={t("dimension")} headings={headings} rows={comparison.dimensions} testId="compare-dimensions" />
        </div>
      </Section>
      <Section id="compare-answers" title={t("answers")} lead={comparison.rule.answers}>
        <AnswerDifferences headings={headings} differing={comparison.answers.differing} identical={comparison.answers.identical} />
      </Section>
      <Section id="compare-drivers" title={t("drivers")} lead={comparison.rule.drivers}>
        <DriverChanges caption={t("driversCaption")} headings={headings} rows={comparison.drivers.changed} unchanged={comparison.drivers.unchanged} testId="compare-drivers" />
      </Section>
    </div>
  );
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ids } = await searchParams;
  const query = ids === undefined ? "" : `?${new URLSearchParams((Array.isArray(ids) ? ids : [ids]).map((id) => ["ids", id])).toString()}`;
  const actor = await requireSecondFactorReady(`/workspace/compare${query}`);
  const [t, locale] = await Promise.all([getTranslations("Compare"), getLocale()]);
  const outcome = ids === undefined ? null : await loadForPage(compareOrExplain(actor, ids, locale, t("choose")));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("lead")}</p>
      </div>
      {outcome && "view" in outcome ? <Comparison view={outcome.view} /> : <HowToCompare problem={outcome?.problem} />}
    </div>
  );
}
