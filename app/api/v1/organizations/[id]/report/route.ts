/**
 * GET /api/v1/organizations/{id}/report?format=pdf|md[&engagement={id}]: the organization's
 * combined report as a download, for its consultants and administrators (404 for everyone else,
 * as on its page); with an engagement, built from that engagement's team only.
 */
import { actorFromRequest } from "@/lib/auth/session";
import { clientAddressFrom } from "@/lib/http/client-address";
import { parseOrThrow } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { reportDownload, reportFormatOf, reportLanguageOf } from "@/lib/report/download";
import { localeOfRequest } from "@/lib/http/locale";
import { ZRecordId } from "@/lib/validation/organizations";
import { limitPerAddress, refuseWhenLimited } from "@/lib/services/request-limits";
import { loadOrganizationReport } from "@/lib/results/report";

export const GET = route<{ id: string }>(async (request, { id }) => {
  // The format and the id are checked before anything else, sign-in included: a malformed request is a 400 for everyone.
  const format = reportFormatOf(request);
  const locale = reportLanguageOf(request) ?? undefined;
  const validId = parseOrThrow(ZRecordId, id, ["id"]);
  const engagement = new URL(request.url).searchParams.get("engagement");
  const engagementId = engagement === null ? undefined : parseOrThrow(ZRecordId, engagement, ["engagement"]);
  const clientAddress = clientAddressFrom(request.headers);
  // A burst is refused before anything is loaded, not queued as renders that starve every other request.
  await refuseWhenLimited("reportDownload", clientAddress);
  const actor = await actorFromRequest(request);
  const report = await loadOrganizationReport(actor, validId, { engagementId, locale, fallbackLocale: localeOfRequest(request, actor) });
  await limitPerAddress("reportDownload", clientAddress);
  return reportDownload(report, format);
});
