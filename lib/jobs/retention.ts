/**
 * How long Rolefit keeps what it no longer needs (GDPR Art. 5(1)(e)). Pure: the purge service
 * (lib/services/retention-purge.ts) turns these moments into deletes, and the pages say them.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Links a person or a consultant still sees listed as expired, revoked or used up (share links,
 * invitations, password-reset links) stay this long after they stopped working, so "this link
 * expired" is still what someone opening it is told for a week, and the list does not change under
 * a consultant who just looked at it; then they go.
 */
export const ENDED_LINK_GRACE_DAYS = 7;

/** Finished and failed jobs are kept this long for diagnosis, then purged with the rest. */
export const FINISHED_JOB_KEEP_DAYS = 30;

/**
 * Webhook deliveries (the body sent, the response code) are kept this long for the delivery log,
 * then purged; their tries end after about a day (lib/webhooks/retry.ts), so none is still going.
 */
export const WEBHOOK_DELIVERY_KEEP_DAYS = 30;

export interface RetentionSettings {
  /** RETENTION_DRAFT_DAYS: an anonymous draft is deleted this long after its last change. */
  draftDays: number;
}

export interface RetentionCutoffs {
  /** Anonymous, unsubmitted drafts last changed before this are deleted. */
  draftsChangedBefore: Date;
  /** Links that stopped working before this are deleted. */
  linksEndedBefore: Date;
  /** Counters, revoked sessions and pending second factors that ended before this (now) are deleted. */
  endedBefore: Date;
  /** Finished and failed jobs that ended before this are deleted. */
  jobsFinishedBefore: Date;
  /** Webhook deliveries created before this are deleted. */
  webhookDeliveriesCreatedBefore: Date;
}

export function retentionCutoffs(now: Date, settings: RetentionSettings): RetentionCutoffs {
  const daysBefore = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return {
    draftsChangedBefore: daysBefore(settings.draftDays),
    linksEndedBefore: daysBefore(ENDED_LINK_GRACE_DAYS),
    endedBefore: now,
    jobsFinishedBefore: daysBefore(FINISHED_JOB_KEEP_DAYS),
    webhookDeliveriesCreatedBefore: daysBefore(WEBHOOK_DELIVERY_KEEP_DAYS),
  };
}

/**
 * The first moment the purge may delete a draft last changed at `updatedAt`. The daily purge runs
 * some time that day, so the page names the day, never a time.
 */
export function draftDeletionDate(updatedAt: Date, settings: RetentionSettings): Date {
  return new Date(updatedAt.getTime() + settings.draftDays * DAY_MS);
}

/** What one purge deleted, per kind of row: logged and stored as the job's result. */
export interface PurgeCounts {
  drafts: number;
  shareLinks: number;
  invitations: number;
  passwordResetTokens: number;
  rateLimitCounters: number;
  revokedSessions: number;
  pendingSecondFactors: number;
  finishedJobs: number;
  webhookDeliveries: number;
}
