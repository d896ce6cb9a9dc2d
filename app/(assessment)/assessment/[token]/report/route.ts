/**
 * GET /assessment/{token}/report?format=pdf|md: the respondent's report as a download, for whoever
 * holds the assessment's private link (and, once it is saved to an account, is signed in to it).
 * Any other token, malformed ones included, is the same 404, as on the result page.
 */
import { clientAddressFrom } from "@/lib/http/client-address";
import { route } from "@/lib/http/route";
import { reportDownload, reportFormatOf, reportLanguageOf } from "@/lib/report/download";
import { localeOfRequest } from "@/lib/http/locale";
import { actorFromRequest } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { limitPerAddress, refuseWhenLimited } from "@/lib/services/request-limits";
import { loadRespondentReport } from "@/lib/services/assessments";
import { ZResumeToken } from "@/lib/validation/assessment";

export const GET = route<{ token: string }>(async (request, { token }) => {
  const format = reportFormatOf(request);
  const locale = reportLanguageOf(request) ?? undefined;
  if (!ZResumeToken.safeParse(token).success) throw new DomainError("not_found", "assessment_not_found", "No assessment matches this link.");
  const clientAddress = clientAddressFrom(request.headers);
  // A burst is refused before anything is loaded, not queued as renders that starve every other request.
  await refuseWhenLimited("reportDownload", clientAddress);
  const actor = await actorFromRequest(request);
  const report = await loadRespondentReport(actor, token, { locale, fallbackLocale: localeOfRequest(request, actor) });
  await limitPerAddress("reportDownload", clientAddress);
  // The address carries the private link: no search engine, and no Referer to whatever the file links to.
  return reportDownload(report, format, { "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer" });
});
