/**
 * GET /api/v1/organizations/{id}/report?format=pdf|md: the organization's combined report as a
 * download, for its consultants and administrators (404 for everyone else, as on its page).
 */
import { actorFromRequest } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { reportDownload, reportFormatOf } from "@/lib/report/download";
import { loadOrganizationReport } from "@/lib/report/load-report";

export const GET = route<{ id: string }>(async (request, { id }) => {
  const format = reportFormatOf(request);
  return reportDownload(await loadOrganizationReport(await actorFromRequest(request), id), format);
});
