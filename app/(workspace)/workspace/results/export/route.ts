/**
 * GET /workspace/results/export?format=csv|json&<the table's filters>: every row of the
 * consultant's filtered results table as a download, streamed as it is read. The same rules as
 * the table: consultants see their organizations' results, administrators all; anyone else is
 * refused before anything is sent.
 */
import { actorFromRequest } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { logger } from "@/lib/log/logger";
import { resultsQueryInput } from "@/lib/portfolio/results-query";
import { DomainError } from "@/lib/errors";
import { csvChunks, jsonChunks, openResultsExport } from "@/lib/services/results-export";

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", chunks: csvChunks },
  json: { type: "application/json; charset=utf-8", chunks: jsonChunks },
} as const;

type Format = keyof typeof FORMATS;

function formatOf(params: URLSearchParams): Format {
  const format = params.get("format") ?? "csv";
  if (format === "csv" || format === "json") return format;
  throw new DomainError("invalid", "invalid_request", "Choose an export format: csv or json.", [{ path: "format", message: "Choose csv or json." }]);
}

/** Pulls the next chunk only when the client has taken the previous one, so a slow download holds one batch in memory. */
function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // The headers are sent by now: the client sees a broken download, the log says why.
        logger.error({ err: error }, "results export failed while streaming");
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const format = formatOf(params);
  const exported = await openResultsExport(await actorFromRequest(request), resultsQueryInput(params, ["format"]));
  const { type, chunks } = FORMATS[format];
  const day = new Date().toISOString().slice(0, 10);
  return new Response(streamOf(chunks(exported)), {
    status: 200,
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="rolefit-results-${day}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
