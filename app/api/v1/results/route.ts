/**
 * GET /api/v1/results: the consultant's results table as JSON, with the workspace's filters, sort
 * and keyset pages, for a personal API token or a signed-in session.
 */
import { toApiResultRow } from "@/lib/api/present";
import { apiJson, readRoute } from "@/lib/api/read-route";
import type { TApiResultsPage } from "@/lib/api/schemas";
import { refuseEmptyParameters } from "@/lib/http/query";
import { resultsHref, resultsQueryInput } from "@/lib/portfolio/results-query";
import { countResults, listResults } from "@/lib/services/results-table";

export const GET = readRoute(async (actor, request) => {
  const url = new URL(request.url);
  const input = resultsQueryInput(refuseEmptyParameters(url.searchParams));
  const [page, count] = await Promise.all([listResults(actor, input), countResults(actor, input)]);
  // The same filters with the new position, so a client only ever follows `next`.
  const next = page.nextCursor ? new URL(resultsHref(url.pathname, page.query, { after: page.nextCursor }), url).toString() : null;
  const body: TApiResultsPage = { results: page.rows.map(toApiResultRow), total: count.total, totalCapped: count.capped, nextCursor: page.nextCursor, next };
  return apiJson(body, next ? { Link: `<${next}>; rel="next"` } : {});
});
