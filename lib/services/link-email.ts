/**
 * "Email me this link": sends the respondent the private link to their assessment (the
 * questionnaire while it is a draft, the result once submitted) at an address they type. The
 * link is built on the configured public URL, never the request's Host; the email carries no
 * answer. Offered only where email is configured; limited per client address, since anyone
 * holding a link could otherwise use Rolefit to write to any inbox.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { assessmentLinkEmail } from "../email/account";
import type { Locale } from "../i18n/locales";
import { DomainError } from "../errors";
import { publicUrl } from "../http/absolute-url";
import { logger } from "../log/logger";
import type { TEmailMyLink } from "../validation/assessment";
import { draftRetentionDays, findAssessmentLink } from "./assessments";
import { isEmailConfigured, sendMail } from "./mailer";
import { limitPerAddress } from "./request-limits";

/** locale: the language of the page the respondent asked from. */
export async function emailMyLink(actor: Actor, { token, email }: TEmailMyLink, clientAddress: string, locale: Locale = "en"): Promise<{ email: string }> {
  // The link must open before anything is counted or sent: a wrong one costs nothing and sends nothing.
  const { submitted, anonymous } = await findAssessmentLink(actor, token);
  if (!isEmailConfigured()) throw new DomainError("conflict", "email_not_configured", "This Rolefit cannot send email. Copy the link instead.");
  await limitPerAddress("linkEmail", clientAddress);
  const url = publicUrl(submitted ? `/assessment/${token}/result` : `/assessment/${token}`);
  try {
    await sendMail({ to: email, ...assessmentLinkEmail({ url, submitted, retentionDays: !submitted && anonymous ? draftRetentionDays() : null, locale }) });
  } catch (error) {
    logger.error({ err: error }, "link email failed");
    throw new DomainError("unavailable", "email_failed", "The email could not be sent just now. Copy the link instead, or try again later.");
  }
  return { email };
}
