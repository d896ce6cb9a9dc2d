/**
 * Every kind of durable job and the shape of its payload. A payload is stored as JSON and parsed
 * with its kind's schema before the handler sees it, so a row written by an older or newer
 * version of the app fails that job clearly instead of running a handler on the wrong input.
 */
import { z } from "zod";
import type { BackoffRule } from "./backoff";
import type { Period } from "./period";
import { WEBHOOK_BACKOFF } from "../webhooks/retry";
import { LOCALES } from "../i18n/locales";

const ROW_ID = z.string().min(1).max(64);
const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const LOCALE = z.enum(LOCALES);

export const JOB_PAYLOADS = {
  /** The daily purge of what Rolefit no longer needs to keep (lib/jobs/retention.ts). */
  "retention.purge": z.object({ period: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  /** One email to an engagement's respondent (lib/services/engagement-email.ts); the row is read again when it is sent. */
  "email.respondent": z.discriminatedUnion("template", [
    z.object({ respondentId: ROW_ID, template: z.enum(["invitation", "reminder"]) }).strict(),
    /** The closing email carries the report or share link the consultant chose. */
    z.object({ respondentId: ROW_ID, template: z.literal("closing"), reportUrl: z.url().max(2_000) }).strict(),
  ]),
  /**
   * One email to the consultants of an engagement: a completion, the day's digest, or "everyone has
   * answered". With `locale`, only to those who read that language: a job whose consultants read
   * several splits into one job per language (lib/services/engagement-email.ts).
   */
  "email.consultant": z.discriminatedUnion("template", [
    z.object({ engagementId: ROW_ID, template: z.literal("completion"), respondentId: ROW_ID, locale: LOCALE.optional() }).strict(),
    z.object({ engagementId: ROW_ID, template: z.literal("digest"), day: DAY, locale: LOCALE.optional() }).strict(),
    z.object({ engagementId: ROW_ID, template: z.literal("all_answered"), locale: LOCALE.optional() }).strict(),
  ]),
  /** The hourly pass over engagements: due reminders, closing at the due date, yesterday's digests. */
  "engagements.tick": z.object({ period: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/) }).strict(),
  /**
   * What follows a stored submission (lib/services/submission-follow-up.ts): written in the
   * transaction that stores the result, run right after it, and run by the job runner only if the
   * process stopped before it was done.
   */
  "submission.follow-up": z.object({ assessmentId: ROW_ID }).strict(),
  /** One webhook delivery (lib/services/webhooks.ts): the row holds the exact body, the job only its id. */
  "webhook.deliver": z.object({ deliveryId: z.string().min(1).max(64) }).strict(),
} as const;

export type JobKind = keyof typeof JOB_PAYLOADS;
export type JobPayload<K extends JobKind> = z.infer<(typeof JOB_PAYLOADS)[K]>;

export const JOB_KINDS = Object.keys(JOB_PAYLOADS) as JobKind[];

export function isJobKind(kind: string): kind is JobKind {
  return Object.hasOwn(JOB_PAYLOADS, kind);
}

/** Kinds whose retries follow their own schedule instead of DEFAULT_BACKOFF. */
export const JOB_BACKOFF: Partial<Record<JobKind, BackoffRule>> = {
  "webhook.deliver": WEBHOOK_BACKOFF,
};

export interface RecurringJob<K extends JobKind = JobKind> {
  kind: K;
  period: Period;
  /** The payload of the run for `periodValue` (what periodOf returned). */
  payload: (periodValue: string) => JobPayload<K>;
}

/** Jobs every instance's scheduler enqueues once per period. */
export const RECURRING_JOBS: RecurringJob[] = [
  { kind: "retention.purge", period: "day", payload: (period) => ({ period }) },
  { kind: "engagements.tick", period: "hour", payload: (period) => ({ period }) },
];
