/**
 * GET /api/v1/results/{id}/report?format=pdf|md: the report of one result as a download, for
 * whoever may view the result (404 for everyone else, as on the result page).
 */
import { actorFromRequest } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { reportDownload, reportFormatOf } from "@/lib/report/download";
import { loadResultReport } from "@/lib/report/load-report";

export const GET = route<{ id: string }>(async (request, { id }) => {
  const format = reportFormatOf(request);
  return reportDownload(await loadResultReport(await actorFromRequest(request), id), format);
});
