/**
 * Links to a result's report: PDF and Markdown downloads and the print page. Plain links, so
 * the browser handles the download and the route handler checks access on every request.
 */
import Link from "next/link";

export function reportUrls(resultId: string) {
  const id = encodeURIComponent(resultId);
  return {
    pdf: `/api/v1/results/${id}/report?format=pdf`,
    markdown: `/api/v1/results/${id}/report?format=md`,
    print: `/report/results/${id}`,
  };
}

export function ReportLinks({ resultId, className = "", showPrint = true }: { resultId: string; className?: string; showPrint?: boolean }) {
  const urls = reportUrls(resultId);
  const link = "inline-flex items-center rounded-md border border-line bg-white px-3 py-1.5 text-sm font-semibold text-brand no-underline hover:border-brand";
  return (
    <nav aria-label="Export the report" className={`no-print flex flex-wrap items-center gap-2 ${className}`}>
      <span className="text-sm text-muted">Export the report:</span>
      <a href={urls.pdf} download className={link} data-testid="report-pdf">
        PDF
      </a>
      <a href={urls.markdown} download className={link} data-testid="report-markdown">
        Markdown
      </a>
      {showPrint ? (
        <Link href={urls.print} className={link} data-testid="report-print" prefetch={false}>
          Print version
        </Link>
      ) : null}
    </nav>
  );
}
