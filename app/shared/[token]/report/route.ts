/**
 * GET /shared/{token}/report?format=pdf|md: the shared report as a download, for whoever holds
 * a working share link; unknown, expired and revoked links get the same 404.
 */
import { route } from "@/lib/http/route";
import { renderReportMarkdown } from "@/lib/report/markdown";
import { renderReportPdf } from "@/lib/report/render-pdf";
import { ServiceError } from "@/lib/services/errors";
import { openSharedReport } from "@/lib/services/share-links";

const FORMATS = {
  pdf: { type: "application/pdf", extension: "pdf" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
} as const;

type Format = keyof typeof FORMATS;

function formatOf(request: Request): Format {
  const format = new URL(request.url).searchParams.get("format") ?? "pdf";
  if (format === "pdf" || format === "md") return format;
  throw new ServiceError(400, "invalid_request", "Choose a report format: pdf or md.", [{ path: "format", message: "Choose pdf or md." }]);
}

export const GET = route<{ token: string }>(async (request, { token }) => {
  const format = formatOf(request);
  const { report } = await openSharedReport(token);
  const { type, extension } = FORMATS[format];
  const body = format === "pdf" ? new Uint8Array(await renderReportPdf(report)) : renderReportMarkdown(report);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": type,
      // The base name is ASCII letters, digits and hyphens only (see reportFileBaseName).
      "Content-Disposition": `attachment; filename="${report.fileBaseName}.${extension}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex, nofollow",
    },
  });
});
