import { notFound, redirect } from "next/navigation";
import { openRespondentLink } from "@/lib/services/engagements";
import { ZRespondentLinkToken } from "@/lib/validation/engagements";

export const dynamic = "force-dynamic";

/**
 * An engagement respondent's personal link, as emailed: records the first visit for the
 * consultant's progress view, then opens the respondent's questionnaire, whose resume link uses
 * the same token.
 */
export default async function RespondPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = ZRespondentLinkToken.safeParse(token);
  if (!parsed.success) notFound();
  const { found } = await openRespondentLink(parsed.data);
  if (!found) notFound();
  redirect(`/assessment/${parsed.data}`);
}
