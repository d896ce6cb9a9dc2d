import type { Metadata } from "next";
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
import { countResults, listResultOrganizations, listResults, type ResultsPage } from "@/lib/services/results-table";

export const metadata: Metadata = { title: "Results" };

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
  const issues = Array.isArray(outcome) ? outcome : [];
  const fieldErrors = Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
  // Problems without a form control of their own: a damaged page position, an unknown parameter.
  const otherIssues = issues.filter((issue) => !(FORM_FIELDS as readonly string[]).includes(issue.path));
  const filtered = page ? FILTERS.some((key) => page.query[key] !== undefined) : false;

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Results</h1>
        <p className="mt-2 text-lg text-muted">
          Every submitted assessment of the organizations you serve. The page&apos;s address keeps the filters, so a view can be bookmarked or shared with a colleague.
        </p>
      </header>

      {params.deleted === "result" ? (
        <Notice tone="success" role="status">
          The result has been deleted, with its notes, its share links and its place in the organization&apos;s combined view.
        </Notice>
      ) : null}

      <ResultsFilterForm values={formValues(page ? page.query : input)} errors={fieldErrors} organizations={organizations} />

      {otherIssues.length > 0 ? (
        <Notice tone="error" role="alert" title="This address could not be read">
          <ul className="list-disc pl-5">
            {otherIssues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/workspace/results">Start again from all results</Link>
          </p>
        </Notice>
      ) : issues.length > 0 ? (
        <Notice tone="error" role="alert" title="Some filters could not be applied">
          Correct the fields marked in the form, then show the results again.
        </Notice>
      ) : null}

      {page && count ? (
        <section aria-labelledby="results-count" className="space-y-4">
          <h2 id="results-count" className="text-xl font-semibold" data-testid="results-count" aria-live="polite">
            <Suspense fallback="Counting results…">
              <ResultsCountText count={count} />
            </Suspense>
          </h2>
          {page.rows.length > 0 ? (
            <>
              <ResultsTable rows={page.rows} query={page.query} caption={page.query.after ? "Results, a later page" : "Results, first page"} />
              <ResultsPager query={page.query} nextCursor={page.nextCursor} />
            </>
          ) : (
            <p className="text-muted" data-testid="results-empty">
              {page.query.after ? (
                <>
                  There are no more results after this page. <Link href={resultsHref("/workspace/results", page.query, { after: null })}>First page</Link>
                </>
              ) : filtered ? (
                <>
                  No results match these filters. <Link href="/workspace/results">Show all results</Link>
                </>
              ) : (
                "No results yet. They appear here as soon as an executive of one of your organizations submits an assessment."
              )}
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
