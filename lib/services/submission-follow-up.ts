/**
 * What follows a stored submission: the organization's `result.submitted` webhooks and, for an
 * engagement's respondent, their completion, the consultants' email and, once everyone has
 * answered, `engagement.completed`.
 *
 * The promise of it is a "submission.follow-up" job written in the transaction that stores the
 * result and due FOLLOW_UP_GRACE_MS later. The request does the follow-up at once and removes the
 * job; if the process stops first, or a step fails, the job runner of any instance does it when the
 * job falls due. So it may run twice, and every step is safe to repeat: webhook deliveries carry an
 * event key, emails a dedupe key, and the completion marks are conditional updates.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db, serializeWrite } from "../db";
import { logger } from "../log/logger";
import { notifyCompletion } from "./engagement-email";
import { completedEngagementSummary, markRespondentCompleted } from "./engagements";
import { appJobStore, newJobRow, type JobStore } from "./jobs";
import { emitEngagementCompleted, emitResultSubmitted } from "./webhooks";

/** Long enough for the request to finish the follow-up itself; short enough that a crash delays it by minutes. */
export const FOLLOW_UP_GRACE_MS = 2 * 60_000;

interface SubmittedTo {
  id: string;
  organizationId: string | null;
  engagementRespondent: unknown;
}

/** The job to store with the result; null when nothing follows (neither an organization nor an engagement). */
export function followUpJobRow(assessment: SubmittedTo, now: Date): (Prisma.JobCreateInput & { id: string }) | null {
  if (!assessment.organizationId && !assessment.engagementRespondent) return null;
  const id = randomUUID();
  return { ...newJobRow("submission.follow-up", { assessmentId: assessment.id }, { runAt: new Date(now.getTime() + FOLLOW_UP_GRACE_MS) }), id };
}

export interface FollowUpOutcome {
  /** Webhook deliveries queued by this run (none the second time). */
  deliveries: number;
  engagement: boolean;
}

/** The follow-up itself; nothing when the result is gone (deleted before the job ran). */
export async function followUpSubmission(assessmentId: string, store: JobStore = appJobStore): Promise<FollowUpOutcome> {
  const result = await store.client.result.findUnique({ where: { assessmentId }, select: { id: true, organizationId: true } });
  if (!result) return { deliveries: 0, engagement: false };
  let deliveries = result.organizationId ? (await emitResultSubmitted(result.id, store)).deliveries : 0;
  const completed = await store.write(() => markRespondentCompleted(assessmentId));
  if (!completed) return { deliveries, engagement: false };
  await notifyCompletion(completed.engagementId, completed.respondentId, store);
  if (completed.allAnswered) {
    const summary = await completedEngagementSummary(completed.engagementId);
    if (summary) deliveries += (await emitEngagementCompleted(summary, store)).deliveries;
  }
  return { deliveries, engagement: true };
}

/**
 * Right after the result is stored: the follow-up, then its job is removed. The submission is
 * saved whatever happens here, so a failure is logged and left to the job, not shown to the respondent.
 */
export async function followUpNow(assessmentId: string, jobId: string): Promise<void> {
  try {
    await followUpSubmission(assessmentId);
    await serializeWrite(() => db.job.deleteMany({ where: { id: jobId, status: "pending" } }));
  } catch (error) {
    logger.warn({ err: error, assessmentId, jobId }, "a submission's follow-up failed; its job runs it again later");
  }
}
