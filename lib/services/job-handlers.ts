/**
 * What each kind of job does. The registry is typed by kind (lib/jobs/kinds.ts), so a handler
 * receives its kind's parsed payload, and a kind without a handler does not compile.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { JobKind, JobPayload } from "../jobs/kinds";
import { env } from "../env";
import { logger } from "../log/logger";
import type { JobStore } from "./jobs";
import { runEngagementTick, sendConsultantEmail, sendRespondentEmail } from "./engagement-email";
import { purgeExpiredData } from "./retention-purge";
import { followUpSubmission } from "./submission-follow-up";
import { deliverWebhook } from "./webhooks";

export interface JobContext {
  store: JobStore;
  jobId: string;
  /** The moment the job was claimed: handlers decide "old" against it, so tests control the clock. */
  now: Date;
  /** Aborted when this instance lost the job's lease or is stopping: stop at the next safe point. */
  signal: AbortSignal;
}

export type JobHandler<K extends JobKind> = (payload: JobPayload<K>, context: JobContext) => Promise<Prisma.InputJsonValue>;
export type JobHandlers = { [K in JobKind]: JobHandler<K> };

export const JOB_HANDLERS: JobHandlers = {
  "retention.purge": async (payload, { store, jobId, now, signal }) => {
    const counts = await purgeExpiredData(store, now, { draftDays: env.RETENTION_DRAFT_DAYS }, { signal });
    logger.info({ jobId, period: payload.period, draftDays: env.RETENTION_DRAFT_DAYS, deleted: counts }, "retention purge finished");
    return { ...counts };
  },
  // Engagement email (lib/services/engagement-email.ts).
  "email.respondent": async (payload, context) => sendRespondentEmail(payload, context),
  "email.consultant": async (payload, context) => sendConsultantEmail(payload, context),
  "engagements.tick": async (payload, { store, jobId, now }) => {
    const outcome = await runEngagementTick(store, now);
    logger.info({ jobId, period: payload.period, ...outcome }, "engagement tick finished");
    return { ...outcome };
  },
  "submission.follow-up": async (payload, { store }) => ({ ...(await followUpSubmission(payload.assessmentId, store)) }),
  "webhook.deliver": async (payload, { store, now, signal }) => ({ ...(await deliverWebhook(store, payload.deliveryId, { now, signal })) }),
};
