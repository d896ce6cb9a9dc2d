import Link from "next/link";
import { resultsHref } from "@/lib/portfolio/results-query";
import type { TResultsQuery } from "@/lib/validation/portfolio";

const TABLE_PATH = "/workspace/results";
const EXPORT_PATH = "/workspace/results/export";

/** The way to the next page and back to the first, and downloads of the whole filtered table. */
export function ResultsPager({ query, nextCursor }: { query: TResultsQuery; nextCursor: string | null }) {
  return (
    <nav aria-label="Results pages" className="flex flex-wrap items-center justify-between gap-4">
      <div className="flex flex-wrap items-center gap-4">
        {query.after ? <Link href={resultsHref(TABLE_PATH, query, { after: null })}>First page</Link> : null}
        {nextCursor ? (
          <Link href={resultsHref(TABLE_PATH, query, { after: nextCursor })} rel="next">
            Next page
          </Link>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <span className="text-muted">Every matching result, all pages:</span>
        {/* Plain links: the route answers with a file, not a page to navigate to. */}
        <a href={resultsHref(EXPORT_PATH, query, { after: null, limit: null, format: "csv" })}>Download CSV</a>
        <a href={resultsHref(EXPORT_PATH, query, { after: null, limit: null, format: "json" })}>Download JSON</a>
      </div>
    </nav>
  );
}
