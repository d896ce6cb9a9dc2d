/**
 * GET /api/v1/organizations/{id}/report?format=pdf|md: the organization's combined report as a
 * download, for its consultants and administrators (404 for everyone else, as on its page).
 */
import { actorFromRequest } from "@/lib/auth/session";
import { clientAddressFrom } from "@/lib/http/client-address";
import { route } from "@/lib/http/route";
import { reportDownload, reportFormatOf } from "@/lib/report/download";
import { limitPerAddress, refuseWhenLimited } from "@/lib/services/request-limits";
import { loadOrganizationReport } from "@/lib/results/report";

export const GET = route<{ id: string }>(async (request, { id }) => {
  const format = reportFormatOf(request);
  const clientAddress = clientAddressFrom(request.headers);
  // A burst is refused before anything is loaded, not queued as renders that starve every other request.
  await refuseWhenLimited("reportDownload", clientAddress);
  const report = await loadOrganizationReport(await actorFromRequest(request), id);
  await limitPerAddress("reportDownload", clientAddress);
  return reportDownload(report, format);
});
