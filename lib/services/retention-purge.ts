/**
 * The retention purge: deletes what Rolefit no longer needs to keep (lib/jobs/retention.ts says
 * how long each kind of row is kept, and why). It runs as the daily "retention.purge" job.
 *
 * Each kind is deleted in batches of `batchSize`: find the next ids in key order, then delete
 * those ids again under the same conditions. No statement holds a long transaction however large
 * the backlog (on SQLite each batch is one short write between requests' writes), and a draft
 * saved or claimed between the two steps no longer matches and is kept. Each find starts after the
 * last key of the batch before: PostgreSQL keeps deleted rows until vacuum, and a find from the
 * start would step over every one of them again (100,000 drafts took 30 s that way, not 4).
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { retentionCutoffs, type PurgeCounts, type RetentionSettings } from "../jobs/retention";
import type { JobStore } from "./jobs";

export const PURGE_BATCH_SIZE = 500;

export interface PurgeOptions {
  batchSize?: number;
  /** Aborted when the job's lease was lost: stop between batches, the next holder finishes. */
  signal?: AbortSignal;
}

async function inBatches(
  store: JobStore,
  options: PurgeOptions,
  find: (take: number, after: string | undefined) => Promise<string[]>,
  remove: (ids: string[]) => Promise<{ count: number }>,
): Promise<number> {
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  let deleted = 0;
  let after: string | undefined;
  for (;;) {
    options.signal?.throwIfAborted();
    const ids = await find(batchSize, after);
    if (ids.length === 0) return deleted;
    deleted += (await store.write(() => remove(ids))).count;
    if (ids.length < batchSize) return deleted;
    after = ids.at(-1);
  }
}

/** Deletes every row past its retention at `now`, kind by kind, and returns how many of each. */
export async function purgeExpiredData(store: JobStore, now: Date, settings: RetentionSettings, options: PurgeOptions = {}): Promise<PurgeCounts> {
  const { client } = store;
  const cutoffs = retentionCutoffs(now, settings);

  // Anonymous: no account holds it (claims.ts sets userId), never submitted, and no result (a
  // result cascades with its assessment, so this guards it even if submittedAt were ever unset).
  const oldDrafts: Prisma.AssessmentWhereInput = { userId: null, submittedAt: null, result: { is: null }, updatedAt: { lt: cutoffs.draftsChangedBefore } };
  const ended = cutoffs.linksEndedBefore;
  const endedShareLinks: Prisma.ShareLinkWhereInput = { OR: [{ expiresAt: { lt: ended } }, { revokedAt: { lt: ended } }] };
  // A used-up invitation records no time of its last use: it goes a week after it was made.
  const endedInvitations: Prisma.InvitationWhereInput = {
    OR: [{ expiresAt: { lt: ended } }, { revokedAt: { lt: ended } }, { uses: { gte: client.invitation.fields.maxUses }, createdAt: { lt: ended } }],
  };
  const endedResetTokens: Prisma.PasswordResetTokenWhereInput = { OR: [{ expiresAt: { lt: ended } }, { usedAt: { lt: ended } }] };
  const endedCounters: Prisma.RateLimitCounterWhereInput = { windowEndsAt: { lt: cutoffs.endedBefore }, OR: [{ nextAt: null }, { nextAt: { lt: cutoffs.endedBefore } }] };
  const expiredRevokedSessions: Prisma.RevokedSessionWhereInput = { expiresAt: { lt: cutoffs.endedBefore } };
  const expiredSecondFactors: Prisma.PendingSecondFactorWhereInput = { expiresAt: { lt: cutoffs.endedBefore } };
  const oldDeliveries: Prisma.WebhookDeliveryWhereInput = { createdAt: { lt: cutoffs.webhookDeliveriesCreatedBefore } };
  const oldJobs: Prisma.JobWhereInput = { status: { in: ["done", "failed"] }, finishedAt: { lt: cutoffs.jobsFinishedBefore } };

  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return {
    drafts: await inBatches(
      store,
      options,
      async (take, after) => ids(await client.assessment.findMany({ where: { AND: [oldDrafts, { id: { gt: after } }] }, orderBy: { id: "asc" }, select: { id: true }, take })),
      (list) => client.assessment.deleteMany({ where: { AND: [oldDrafts, { id: { in: list } }] } }),
    ),
    shareLinks: await inBatches(
      store,
      options,
      async (take, after) => ids(await client.shareLink.findMany({ where: { AND: [endedShareLinks, { id: { gt: after } }] }, orderBy: { id: "asc" }, select: { id: true }, take })),
      (list) => client.shareLink.deleteMany({ where: { AND: [endedShareLinks, { id: { in: list } }] } }),
    ),
    invitations: await inBatches(
      store,
      options,
      async (take, after) => ids(await client.invitation.findMany({ where: { AND: [endedInvitations, { id: { gt: after } }] }, orderBy: { id: "asc" }, select: { id: true }, take })),
      (list) => client.invitation.deleteMany({ where: { AND: [endedInvitations, { id: { in: list } }] } }),
    ),
    passwordResetTokens: await inBatches(
      store,
      options,
      async (take, after) => ids(await client.passwordResetToken.findMany({ where: { AND: [endedResetTokens, { id: { gt: after } }] }, orderBy: { id: "asc" }, select: { id: true }, take })),
      (list) => client.passwordResetToken.deleteMany({ where: { AND: [endedResetTokens, { id: { in: list } }] } }),
    ),
    rateLimitCounters: await inBatches(
      store,
      options,
      async (take, after) => (await client.rateLimitCounter.findMany({ where: { AND: [endedCounters, { key: { gt: after } }] }, orderBy: { key: "asc" }, select: { key: true }, take })).map((row) => row.key),
      (list) => client.rateLimitCounter.deleteMany({ where: { AND: [endedCounters, { key: { in: list } }] } }),
    ),
    revokedSessions: await inBatches(
      store,
      options,
      async (take, after) => ids(await client.revokedSession.findMany({ where: { AND: [expiredRevokedSessions, { id: { gt: after } }] }, orderBy: { id: "asc" }, select: { id: true }, take })),
      (list) => client.revokedSession.deleteMany({ where: { AND: [expiredRevokedSessions, { id: { in: list } }] } }),
    ),
    pendingSecondFactors: await inBatches(
      store,
      options,
      async (take, after) => (await client.pendingSecondFactor.findMany({ where: { AND: [expiredSecondFactors, { tokenHash: { gt: after } }] }, orderBy: { tokenHash: "asc" }, select: { tokenHash: true }, take })).map((row) => row.tokenHash),
      (list) => client.pendingSecondFactor.deleteMany({ where: { AND: [expiredSecondFactors, { tokenHash: { in: list } }] } }),
    ),
    finishedJobs: await inBatches(
      store,
      options,
      async (take, after) => ids(await client.job.findMany({ where: { AND: [oldJobs, { id: { gt: after } }] }, orderBy: { id: "asc" }, select: { id: true }, take })),
      (list) => client.job.deleteMany({ where: { AND: [oldJobs, { id: { in: list } }] } }),
    ),
    webhookDeliveries: await inBatches(
      store,
      options,
      async (take, after) => ids(await client.webhookDelivery.findMany({ where: { AND: [oldDeliveries, { id: { gt: after } }] }, orderBy: { id: "asc" }, select: { id: true }, take })),
      (list) => client.webhookDelivery.deleteMany({ where: { AND: [oldDeliveries, { id: { in: list } }] } }),
    ),
  };
}
