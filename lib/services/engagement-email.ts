/**
 * Engagement email: what is queued when (invitations, resends, reminders, the closing email,
 * the consultant's notifications), the hourly tick, and the jobs that send. Every email is a
 * durable job (lib/services/jobs.ts); those that must go at most once carry a dedupe key, so
 * however many instances run the tick, one job exists per reminder. The senders read their row
 * again when they run: a reminder never reaches someone who completed, was removed or whose
 * engagement closed in the meantime.
 *
 * Called by the engagement service after it has authorized the consultant, and by the job
 * runner, so nothing here takes an Actor. Without SMTP_URL nothing is queued: the consultant
 * copies the links instead.
 *
 * SMTP gives at-least-once delivery: a server may accept a message whose acceptance never reaches
 * the client (the connection drops, the instance dies). Such a send is retried, so that message
 * may arrive twice, as may a consultant notification that goes out in several languages
 * (sendConsultantEmail); no other email is sent twice.
 */
import "server-only";
import type { Transporter } from "nodemailer";
import type { Prisma } from "@/generated/prisma/client";
import { LOGO_CID, type Branding } from "../email/html";
import { recipientLocale } from "../email/recipient-locale";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { allAnsweredEmail, closingEmail, completionEmail, digestEmail, type EmailContent, invitationEmail, reminderEmail } from "../email/templates";
import { dayBounds, digestDay, dueReminderDays } from "../jobs/engagement-schedule";
import type { JobPayload } from "../jobs/kinds";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { publicUrl } from "../http/absolute-url";
import { logger } from "../log/logger";
import type { JobContext } from "./job-handlers";
import { appJobStore, enqueueJob, newJobRow, type JobStore } from "./jobs";
import { deliverMail, isEmailConfigured, type MailAttachment } from "./mailer";

/** With the default backoff (30 s doubling to an hour) this many tries span about a day. */
export const EMAIL_MAX_ATTEMPTS = 30;

export type RespondentTemplate = JobPayload<"email.respondent">["template"];

/** A respondent's personal link, on the configured public URL (never the request's Host). */
export function respondentLink(linkToken: string): string {
  return publicUrl(`/respond/${linkToken}`);
}

/** The engagement's page in the workspace, where the consultant follows it. */
export function engagementPageUrl(engagementId: string): string {
  return publicUrl(`/workspace/engagements/${engagementId}`);
}

function respondentJob(payload: JobPayload<"email.respondent">, store: JobStore, dedupeKey?: string) {
  return enqueueJob(store, "email.respondent", payload, { dedupeKey, maxAttempts: EMAIL_MAX_ATTEMPTS });
}

/**
 * Queues an invitation (or a resend of it) or a reminder to one respondent (the closing email is
 * written with its link: closingEmailJobs). Marks the first invitation's time. False when email is
 * off (nothing queued).
 */
export async function queueRespondentEmail(respondentId: string, template: "invitation" | "reminder", store: JobStore = appJobStore): Promise<{ queued: boolean }> {
  if (!isEmailConfigured()) return { queued: false };
  if (template === "invitation") {
    await store.write(() => store.client.engagementRespondent.updateMany({ where: { id: respondentId, invitedAt: null }, data: { invitedAt: new Date() } }));
  }
  await respondentJob({ respondentId, template }, store);
  return { queued: true };
}

/**
 * The invitation jobs for people just added, in the order given (the order they are sent in),
 * for the transaction that adds them. None when email is off.
 */
export function invitationJobs(respondentIds: readonly string[], now: Date): Prisma.JobCreateInput[] {
  if (!isEmailConfigured()) return [];
  return respondentIds.map((respondentId) => newJobRow("email.respondent", { respondentId, template: "invitation" }, { runAt: now, maxAttempts: EMAIL_MAX_ATTEMPTS }));
}

/**
 * The closing email's jobs, with the report or share link, for every respondent of an engagement
 * whose address did not bounce. The caller writes them in the transaction that creates the link, so
 * the link never exists without its emails (a crash in between would have left the team without
 * it, and asking again finds the link and sends nothing). Keyed by respondent and link, so a link
 * that replaces a revoked one is sent again. None when email is off.
 */
export async function closingEmailJobs(client: Prisma.TransactionClient, engagementId: string, reportUrl: string): Promise<Prisma.JobCreateInput[]> {
  if (!isEmailConfigured()) return [];
  const respondents = await client.engagementRespondent.findMany({ where: { engagementId, bouncedAt: null }, select: { id: true } });
  // The key names the link by a digest, so the job table's keys hold no usable link.
  const linkKey = hashOpaqueToken(reportUrl).slice(0, 32);
  return respondents.map(({ id }) =>
    newJobRow("email.respondent", { respondentId: id, template: "closing", reportUrl }, { dedupeKey: `engagement.closing:${id}:${linkKey}`, maxAttempts: EMAIL_MAX_ATTEMPTS }),
  );
}

/**
 * Called when a respondent of the engagement submits: the consultant hears of it (at once when
 * they chose "each"; the tick sends digests), and when everyone has answered, the consultant
 * hears of that once.
 */
export async function notifyCompletion(engagementId: string, respondentId: string, store: JobStore = appJobStore): Promise<void> {
  const engagement = await store.client.engagement.findUnique({ where: { id: engagementId }, select: { notify: true } });
  if (!engagement) return;
  const [total, answered] = await Promise.all([
    store.client.engagementRespondent.count({ where: { engagementId } }),
    store.client.engagementRespondent.count({ where: { engagementId, completedAt: { not: null } } }),
  ]);
  // Only counted here: markRespondentCompleted records allAnsweredAt, and must be the only writer, or a
  // parallel submission could set it first and the engagement.completed webhook would go to nobody.
  const everyone = total > 0 && answered === total;
  if (!isEmailConfigured()) return;
  const options = { maxAttempts: EMAIL_MAX_ATTEMPTS };
  if (engagement.notify === "each") {
    await enqueueJob(store, "email.consultant", { engagementId, template: "completion", respondentId }, { ...options, dedupeKey: `engagement.completion:${respondentId}` });
  }
  if (everyone) {
    // Keyed by the team's size: a respondent added later and answering makes "everyone" news again.
    await enqueueJob(store, "email.consultant", { engagementId, template: "all_answered" }, { ...options, dedupeKey: `engagement.all-answered:${engagementId}:${total}` });
  }
}

export interface TickOutcome {
  reminders: number;
  closed: number;
  digests: number;
}

/**
 * The hourly pass: queues each reminder now due (once, by its dedupe key), closes open
 * engagements past their due date, and queues yesterday's digest for engagements that want one.
 */
export async function runEngagementTick(store: JobStore, now: Date): Promise<TickOutcome> {
  const outcome: TickOutcome = { reminders: 0, closed: 0, digests: 0 };
  if (isEmailConfigured()) {
    const engagements = await store.client.engagement.findMany({
      where: { status: "open", dueAt: { gt: now } },
      select: {
        dueAt: true,
        reminderDays: true,
        respondents: { where: { completedAt: null, bouncedAt: null, invitedAt: { not: null } }, select: { id: true, invitedAt: true, completedAt: true, bouncedAt: true } },
      },
    });
    for (const engagement of engagements) {
      for (const respondent of engagement.respondents) {
        for (const days of dueReminderDays(engagement, respondent, now)) {
          const job = await respondentJob({ respondentId: respondent.id, template: "reminder" }, store, `engagement.reminder:${respondent.id}:${days}`);
          if (job.created) outcome.reminders++;
        }
      }
    }
    const { day, from, to } = digestDay(now);
    const digests = await store.client.engagement.findMany({
      where: { notify: "digest", respondents: { some: { completedAt: { gte: from, lt: to } } } },
      select: { id: true },
    });
    for (const { id } of digests) {
      const job = await enqueueJob(store, "email.consultant", { engagementId: id, template: "digest", day }, { dedupeKey: `engagement.digest:${id}:${day}`, maxAttempts: EMAIL_MAX_ATTEMPTS });
      if (job.created) outcome.digests++;
    }
  }
  const closed = await store.write(() =>
    store.client.engagement.updateMany({ where: { status: "open", dueAt: { lte: now } }, data: { status: "closed", closedAt: now, closedReason: "due_date" } }),
  );
  outcome.closed = closed.count;
  return outcome;
}

const BRANDING_SELECT = { consultantFirmName: true, logo: { select: { mediaType: true, bytes: true } } } satisfies Prisma.OrganizationSelect;
type BrandingRow = Prisma.OrganizationGetPayload<{ select: typeof BRANDING_SELECT }>;

function brandingOf(organization: BrandingRow): { branding: Branding; attachments: MailAttachment[] } {
  const { logo, consultantFirmName } = organization;
  const attachments = logo
    ? [{ filename: logo.mediaType === "image/png" ? "logo.png" : "logo.jpg", content: Buffer.from(logo.bytes), contentType: logo.mediaType, cid: LOGO_CID }]
    : [];
  return { branding: { firmName: consultantFirmName, hasLogo: Boolean(logo) }, attachments };
}

type SendResult = { sent: true } | { bounced: true } | { skipped: string } | { split: Locale[] };

/**
 * The email.respondent job. A refusal for good (bounce) marks the respondent and ends the job; a
 * transient failure is noted on the respondent and thrown, so the job is retried with backoff.
 */
export async function sendRespondentEmail(payload: JobPayload<"email.respondent">, context: Pick<JobContext, "store" | "now" | "jobId">, transport?: Transporter): Promise<SendResult> {
  const { store, now } = context;
  const respondent = await store.client.engagementRespondent.findUnique({
    where: { id: payload.respondentId },
    select: {
      name: true,
      email: true,
      linkToken: true,
      completedAt: true,
      engagement: { select: { name: true, dueAt: true, message: true, status: true, language: true, organization: { select: BRANDING_SELECT } } },
    },
  });
  if (!respondent) return { skipped: "removed" };
  const { engagement } = respondent;
  if (payload.template !== "closing") {
    if (engagement.status !== "open" || now >= engagement.dueAt) return { skipped: "closed" };
    if (respondent.completedAt) return { skipped: "completed" };
  }

  const { branding, attachments } = brandingOf(engagement.organization);
  const locale = isLocale(engagement.language) ? engagement.language : DEFAULT_LOCALE;
  const input = { branding, engagement: { name: engagement.name, dueAt: engagement.dueAt }, respondentName: respondent.name, locale };
  const link = respondentLink(respondent.linkToken);
  const content: EmailContent =
    payload.template === "closing"
      ? closingEmail({ ...input, reportUrl: payload.reportUrl })
      : payload.template === "invitation"
        ? invitationEmail({ ...input, link, message: engagement.message })
        : reminderEmail({ ...input, link });

  const outcome = await deliverMail({ to: respondent.email, ...content, attachments }, transport);
  const where = { id: payload.respondentId };
  if (outcome.delivered) {
    await store.write(() => store.client.engagementRespondent.updateMany({ where, data: { lastSentAt: now, deliveredAt: now, bouncedAt: null, deliveryError: null } }));
    return { sent: true };
  }
  if (outcome.kind === "bounce") {
    await store.write(() => store.client.engagementRespondent.updateMany({ where, data: { lastSentAt: now, bouncedAt: now, deliveryError: outcome.reason } }));
    logger.warn({ respondentId: payload.respondentId, template: payload.template, reason: outcome.reason }, "an engagement email bounced");
    return { bounced: true };
  }
  // The consultant's page shows this: on the job's last try it must say that no more tries follow.
  const job = await store.client.job.findUnique({ where: { id: context.jobId }, select: { attempts: true, maxAttempts: true } });
  const lastTry = job !== null && job.attempts >= job.maxAttempts;
  const deliveryError = lastTry ? `Not delivered after ${job.attempts} tries; send it again to retry. ${outcome.reason}` : `Not delivered yet, trying again. ${outcome.reason}`;
  await store.write(() => store.client.engagementRespondent.updateMany({ where, data: { deliveryError } }));
  throw new Error(outcome.reason);
}

interface Recipient {
  email: string;
  locale: string | null;
}

/** Who hears of an engagement: its creator, or every consultant of the organization when the creator is gone or disabled. */
async function consultantRecipients(store: JobStore, organizationId: string, createdBy: (Recipient & { disabledAt: Date | null }) | null): Promise<Recipient[]> {
  if (createdBy && !createdBy.disabledAt) return [createdBy];
  const members = await store.client.membership.findMany({
    where: { organizationId, role: "consultant", user: { disabledAt: null } },
    select: { user: { select: { email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  return members.map((member) => member.user);
}

/** The recipients' addresses by the language each reads email in, so each gets the news in theirs. */
function byLanguage(recipients: Recipient[], organizationLanguage: string): Map<Locale, string[]> {
  const groups = new Map<Locale, string[]>();
  for (const { email, locale } of recipients) {
    const language = recipientLocale(locale, organizationLanguage);
    groups.set(language, [...(groups.get(language) ?? []), email]);
  }
  return groups;
}

/**
 * The email.consultant job: the news is read again at send time, and nothing is sent when it no
 * longer holds. One message per language: consultants who read several languages get it through
 * one job per language, each retried on its own.
 */
export async function sendConsultantEmail(payload: JobPayload<"email.consultant">, context: Pick<JobContext, "store" | "jobId" | "now">, transport?: Transporter): Promise<SendResult> {
  const { store } = context;
  const engagement = await store.client.engagement.findUnique({
    where: { id: payload.engagementId },
    select: {
      id: true,
      name: true,
      dueAt: true,
      organizationId: true,
      createdBy: { select: { email: true, locale: true, disabledAt: true } },
      organization: { select: { ...BRANDING_SELECT, language: true } },
    },
  });
  if (!engagement) return { skipped: "removed" };
  const languages = byLanguage(await consultantRecipients(store, engagement.organizationId, engagement.createdBy), engagement.organization.language);
  const sends = payload.locale === undefined ? [...languages] : [[payload.locale, languages.get(payload.locale) ?? []] as const].filter(([, to]) => to.length > 0);
  const first = sends[0];
  if (!first) return { skipped: "no_consultant" };
  const [total, answered] = await Promise.all([
    store.client.engagementRespondent.count({ where: { engagementId: engagement.id } }),
    store.client.engagementRespondent.count({ where: { engagementId: engagement.id, completedAt: { not: null } } }),
  ]);
  const { branding, attachments } = brandingOf(engagement.organization);
  const base = { branding, engagement: { name: engagement.name, dueAt: engagement.dueAt }, total, engagementUrl: engagementPageUrl(engagement.id) };

  let write: (locale: Locale) => EmailContent;
  if (payload.template === "completion") {
    const respondent = await store.client.engagementRespondent.findFirst({ where: { id: payload.respondentId, engagementId: engagement.id, completedAt: { not: null } }, select: { name: true } });
    if (!respondent) return { skipped: "not_completed" };
    write = (locale) => completionEmail({ ...base, answered, respondentName: respondent.name, locale });
  } else if (payload.template === "digest") {
    const { from, to } = dayBounds(payload.day);
    const completed = await store.client.engagementRespondent.findMany({
      where: { engagementId: engagement.id, completedAt: { gte: from, lt: to } },
      select: { name: true },
      orderBy: { completedAt: "asc" },
    });
    if (completed.length === 0) return { skipped: "nothing_completed" };
    write = (locale) => digestEmail({ ...base, answered, day: payload.day, completedBy: completed.map((respondent) => respondent.name), locale });
  } else {
    if (total === 0 || answered < total) return { skipped: "not_everyone" };
    write = (locale) => allAnsweredEmail({ ...base, locale });
  }

  if (sends.length > 1) {
    // One job per language, so a send that fails for now is retried without sending the others again.
    const split = sends.map(([locale]) => locale);
    for (const locale of split) {
      await enqueueJob(store, "email.consultant", { ...payload, locale }, { dedupeKey: `${context.jobId}:${locale}`, maxAttempts: EMAIL_MAX_ATTEMPTS, runAt: context.now });
    }
    return { split };
  }
  const [locale, to] = first;
  const outcome = await deliverMail({ to, ...write(locale), attachments }, transport);
  if (outcome.delivered) return { sent: true };
  if (outcome.kind !== "bounce") throw new Error(outcome.reason);
  logger.warn({ engagementId: engagement.id, template: payload.template, locale, reason: outcome.reason }, "a consultant notification bounced");
  return { bounced: true };
}
