/**
 * GET /shared/{token}/report?format=pdf|md: the shared report as a download, for whoever holds
 * a working share link; unknown, expired and revoked links get the same 404.
 */
import { clientAddressFrom } from "@/lib/http/client-address";
import { route } from "@/lib/http/route";
import { reportDownload, reportFormatOf, reportLanguageOf } from "@/lib/report/download";
import { localeOfRequest } from "@/lib/http/locale";
import { limitPerAddress, refuseWhenLimited } from "@/lib/services/request-limits";
import { openSharedReport } from "@/lib/services/share-links";

export const GET = route<{ token: string }>(async (request, { token }) => {
  const format = reportFormatOf(request);
  const locale = reportLanguageOf(request) ?? undefined;
  const clientAddress = clientAddressFrom(request.headers);
  // A burst is refused before anything is loaded, not queued as renders that starve every other request.
  await refuseWhenLimited("reportDownload", clientAddress);
  const { report } = await openSharedReport(token, { locale, fallbackLocale: localeOfRequest(request, null) });
  await limitPerAddress("reportDownload", clientAddress);
  return reportDownload(report, format, { "X-Robots-Tag": "noindex, nofollow" });
});
