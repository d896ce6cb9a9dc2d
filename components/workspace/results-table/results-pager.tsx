import Link from "next/link";
import { useTranslations } from "next-intl";
import { resultsHref } from "@/lib/portfolio/results-query";
import type { TResultsQuery } from "@/lib/validation/portfolio";

const TABLE_PATH = "/workspace/results";
const EXPORT_PATH = "/workspace/results/export";

/** The way to the next page and back to the first, and downloads of the whole filtered table. */
export function ResultsPager({ query, nextCursor }: { query: TResultsQuery; nextCursor: string | null }) {
  const t = useTranslations("Workspace.results");
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-4">
      <div className="flex flex-wrap items-center gap-4">
        {query.after ? <Link href={resultsHref(TABLE_PATH, query, { after: null })}>{t("firstPage")}</Link> : null}
        {nextCursor ? (
          <Link href={resultsHref(TABLE_PATH, query, { after: nextCursor })} rel="next">
            {t("nextPage")}
          </Link>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <span className="text-muted">{t("everyMatching")}</span>
        {/* Plain links: the route answers with a file, not a page to navigate to. */}
        <a href={resultsHref(EXPORT_PATH, query, { after: null, limit: null, format: "csv" })}>{t("downloadCsv")}</a>
        <a href={resultsHref(EXPORT_PATH, query, { after: null, limit: null, format: "json" })}>{t("downloadJson")}</a>
      </div>
    </nav>
  );
}
