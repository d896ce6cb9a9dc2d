/**
 * GET /api/v1/results/{id}/report?format=pdf|md: the report of one result as a download, for
 * whoever may view the result (404 for everyone else, as on the result page).
 */
import { actorFromRequest } from "@/lib/auth/session";
import { clientAddressFrom } from "@/lib/http/client-address";
import { parseOrThrow } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { reportDownload, reportFormatOf, reportLanguageOf } from "@/lib/report/download";
import { localeOfRequest } from "@/lib/http/locale";
import { ZRecordId } from "@/lib/validation/organizations";
import { limitPerAddress, refuseWhenLimited } from "@/lib/services/request-limits";
import { loadResultReport } from "@/lib/results/report";

export const GET = route<{ id: string }>(async (request, { id }) => {
  // The format and the id are checked before anything else, sign-in included: a malformed request is a 400 for everyone.
  const format = reportFormatOf(request);
  const locale = reportLanguageOf(request) ?? undefined;
  const validId = parseOrThrow(ZRecordId, id, ["id"]);
  const clientAddress = clientAddressFrom(request.headers);
  // A burst is refused before anything is loaded, not queued as renders that starve every other request.
  await refuseWhenLimited("reportDownload", clientAddress);
  const actor = await actorFromRequest(request);
  const report = await loadResultReport(actor, validId, { locale, fallbackLocale: localeOfRequest(request, actor) });
  await limitPerAddress("reportDownload", clientAddress);
  return reportDownload(report, format);
});
