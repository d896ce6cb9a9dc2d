import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/http/load-for-page";
import { ResultsCountText } from "@/components/workspace/results-table/results-count";
import { ResultsFilterForm, type FilterValues } from "@/components/workspace/results-table/results-filter-form";
import { ResultsPager } from "@/components/workspace/results-table/results-pager";
import { ResultsTable } from "@/components/workspace/results-table/results-table";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { resultsHref, resultsQueryInput } from "@/lib/portfolio/results-query";
import { DomainError, type FieldIssue } from "@/lib/errors";
import { localizeIssues } from "@/lib/i18n/server-messages";
import { countResults, listResultOrganizations, listResults, type ResultsPage } from "@/lib/services/results-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Workspace.results");
  return { title: t("title") };
}

const FILTERS = ["organization", "recommendation", "confidence", "industry", "size", "role", "status", "from", "to", "q"] as const;
const FORM_FIELDS: readonly (keyof FilterValues)[] = [...FILTERS, "sort", "dir", "limit"];

/** A URL with values the schema refuses is shown back in the form with the reasons, not as an error page. */
async function pageOrIssues(work: Promise<ResultsPage>): Promise<ResultsPage | FieldIssue[]> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && error.code === "invalid_request") return error.issues;
    throw error;
  }
}

function formValues(source: Record<string, unknown>): FilterValues {
  const values: FilterValues = {};
  for (const field of FORM_FIELDS) {
    const value = source[field];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" || typeof first === "number") values[field] = String(first);
  }
  return values;
}

export default async function ResultsTablePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // "deleted" is where a deletion lands, not a filter.
  const input = resultsQueryInput(params, ["deleted"]);
  const actor = await requireSecondFactorReady(resultsHref("/workspace/results", formValues(input), { after: typeof input.after === "string" ? input.after : null }));
  const [organizations, outcome] = await loadForPage(Promise.all([listResultOrganizations(actor), pageOrIssues(listResults(actor, input))]));
  const page = Array.isArray(outcome) ? null : outcome;
  // Started once the query is known to be valid, and awaited inside the heading's boundary.
  const count = page ? loadForPage(countResults(actor, input)) : null;
  const [t, locale] = await Promise.all([getTranslations("Workspace.results"), getLocale()]);
  const issues = Array.isArray(outcome) ? localizeIssues(outcome, locale) : [];
  const fieldErrors = Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
  // Problems without a form control of their own: a damaged page position, an unknown parameter.
  const otherIssues = issues.filter((issue) => !(FORM_FIELDS as readonly string[]).includes(issue.path));
  const filtered = page ? FILTERS.some((key) => page.query[key] !== undefined) : false;

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      </header>

      {params.deleted === "result" ? (
        <Notice tone="success" role="status">
          {t("deleted")}
        </Notice>
      ) : null}

      <ResultsFilterForm values={formValues(page ? page.query : input)} errors={fieldErrors} organizations={organizations} locale={locale} />

      {otherIssues.length > 0 ? (
        <Notice tone="error" role="alert" title={t("unreadable")}>
          <ul className="list-disc pl-5">
            {otherIssues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/workspace/results">{t("startAgain")}</Link>
          </p>
        </Notice>
      ) : issues.length > 0 ? (
        <Notice tone="error" role="alert" title={t("notApplied")}>
          {t("correctFields")}
        </Notice>
      ) : null}

      {page && count ? (
        <section aria-labelledby="results-count" className="space-y-4">
          <h2 id="results-count" className="text-xl font-semibold" data-testid="results-count" aria-live="polite">
            <Suspense fallback={t("counting")}>
              <ResultsCountText count={count} />
            </Suspense>
          </h2>
          {page.rows.length > 0 ? (
            <>
              <ResultsTable rows={page.rows} query={page.query} caption={page.query.after ? t("captionLater") : t("captionFirst")} />
              <ResultsPager query={page.query} nextCursor={page.nextCursor} />
            </>
          ) : (
            <p className="text-muted" data-testid="results-empty">
              {page.query.after ? (
                <>
                  {t("noMore")} <Link href={resultsHref("/workspace/results", page.query, { after: null })}>{t("firstPage")}</Link>
                </>
              ) : filtered ? (
                <>
                  {t("noMatch")} <Link href="/workspace/results">{t("showAll")}</Link>
                </>
              ) : (
                t("none")
              )}
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
