/**
 * Anonymous assessments: create, autosave, resume by private link, submit. The resume token
 * is the only credential, so every function starts by resolving it.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, isUniqueViolation, jsonValue, serializeWrite } from "../db";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { sameAnswers } from "../questionnaire/answers";
import type { TAnswers } from "../questionnaire/schema";
import { scoreInWorker } from "../workers/scoring-pool";
import { ZDraftSave, ZResumeToken, ZSubmission, type TAssessmentDetails } from "../validation/assessment";
import { DomainError, parseOrThrow } from "../errors";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import type { Actor, UserActor } from "../auth/actor";
import { ZRecordId } from "../validation/organizations";
import { resultColumns } from "../portfolio/result-columns";
import { findResultOfAssessment, type ResultRef } from "../results/queries";
import type { ReportModel } from "../report/model";
import { reportOfResult, type ReportOptions } from "../results/report";
import { readStoredAnswers, type StoredResult } from "../results/read-model";
import { ZStoredAnswers } from "../scoring/output-schema";
import { deleteAssessmentById, describeAssessmentResultDeletion, type ResultDeletionImpact } from "./data-deletion";
import { draftDeletionDate } from "../jobs/retention";
import { env } from "../env";
import { markRespondentStarted } from "./engagements";
import { followUpJobRow, followUpNow } from "./submission-follow-up";

export interface DraftView {
  token: string;
  questionnaireVersion: string;
  answers: TAnswers;
  details: TAssessmentDetails;
  revision: number;
  updatedAt: string;
  resultId: string | null;
}

export interface SubmissionOutcome {
  resultId: string;
  /** False when this call replayed an earlier submission. */
  created: boolean;
}

function detailsOf(row: { organizationName: string | null; respondentName: string | null; respondentRole: string | null }): TAssessmentDetails {
  return {
    organizationName: row.organizationName ?? undefined,
    respondentName: row.respondentName ?? undefined,
    respondentRole: row.respondentRole ?? undefined,
  };
}

/** A draft's answers were checked when they were saved; one that no longer parses is said to be unreadable rather than shown as empty and overwritten. */
function readDraftAnswers(assessmentId: string, json: unknown): TAnswers {
  const parsed = ZStoredAnswers.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new DomainError("unreadable", "stored_draft_unreadable", `Assessment ${assessmentId} holds answers this version of Rolefit cannot read.`);
}

/**
 * The resume token is the credential for an anonymous assessment. Once an assessment belongs to
 * an account, the token alone is not enough: its owner must be signed in too, so a leaked link
 * to a claimed assessment opens nothing. Both cases answer 404, so nothing is confirmed.
 */
async function findByToken(actor: Actor, token: unknown) {
  const valid = parseOrThrow(ZResumeToken, token, ["token"]);
  const assessment = await db.assessment.findUnique({
    where: { resumeTokenHash: hashOpaqueToken(valid) },
    include: {
      result: { select: { id: true, idempotencyKey: true } },
      organization: { select: { id: true, name: true, industry: true, sizeBand: true } },
      engagementRespondent: { select: { name: true, role: true, startedAt: true, engagement: { select: { status: true, closedAt: true } } } },
    },
  });
  const ownerPresent = assessment && (assessment.userId === null || (actor.kind === "user" && actor.userId === assessment.userId));
  if (!assessment || !ownerPresent) {
    throw new DomainError("not_found", "assessment_not_found", "No assessment matches this link. Check that you copied all of it, or sign in to the account it was saved to.");
  }
  return { token: valid, assessment };
}

/**
 * An engagement's respondent is the person the consultant invited, with the role the consultant
 * weighs: their name and role always come from the invitation, whatever a save or a submission
 * says, so nobody answering through a personal link can pose as another executive or take the
 * weight of another role in the team's combined view. A wrong one is the consultant's to correct.
 */
function withInvitedDetails(details: TAssessmentDetails, invited: { name: string; role: string } | null): TAssessmentDetails {
  if (!invited) return details;
  return { ...details, respondentName: invited.name, respondentRole: invited.role };
}

/** An engagement's questionnaire takes no more answers once the engagement is closed. */
function assertEngagementOpen(assessment: { submittedAt: Date | null; engagementRespondent: { engagement: { status: string; closedAt: Date | null } } | null }): void {
  const engagement = assessment.engagementRespondent?.engagement;
  if (assessment.submittedAt || !engagement || engagement.status === "open") return;
  const on = engagement.closedAt ? ` on ${engagement.closedAt.toISOString().slice(0, 10)}` : "";
  throw new DomainError("conflict", "engagement_closed", `Your consultant closed this round of questionnaires${on}, so it takes no more answers. Ask them to reopen it if you still want to answer.`);
}

export async function createAssessment(): Promise<{ token: string }> {
  const token = newOpaqueToken();
  await db.assessment.create({
    data: { resumeTokenHash: hashOpaqueToken(token), questionnaireVersion: QUESTIONNAIRE.version, answers: {} },
  });
  return { token };
}

export async function getDraft(actor: Actor, token: unknown): Promise<DraftView> {
  const { token: valid, assessment } = await findByToken(actor, token);
  return draftView(valid, assessment);
}

/** How many days an anonymous draft is kept after its last change (RETENTION_DRAFT_DAYS), for the pages that say so. */
export function draftRetentionDays(): number {
  return env.RETENTION_DRAFT_DAYS;
}

/**
 * The questionnaire page's draft, with the day the retention purge deletes it unless it is
 * submitted: null once an account holds it, since only anonymous drafts are purged. An engagement
 * respondent's name and role are the invitation's, shown but not editable.
 */
export async function getDraftForPage(actor: Actor, token: unknown): Promise<{ draft: DraftView; deletesOn: string | null; identityFromInvitation: boolean }> {
  const { token: valid, assessment } = await findByToken(actor, token);
  const deletesOn = assessment.userId === null ? draftDeletionDate(assessment.updatedAt, { draftDays: env.RETENTION_DRAFT_DAYS }).toISOString() : null;
  const invited = assessment.engagementRespondent;
  const draft = draftView(valid, assessment);
  // Shown as the invitation has them even before the first save stores them.
  if (invited) draft.details = withInvitedDetails(draft.details, invited);
  return { draft, deletesOn, identityFromInvitation: invited !== null };
}

function draftView(valid: string, assessment: Awaited<ReturnType<typeof findByToken>>["assessment"]): DraftView {
  return {
    token: valid,
    questionnaireVersion: assessment.questionnaireVersion,
    answers: readDraftAnswers(assessment.id, assessment.answers),
    details: detailsOf(assessment),
    revision: assessment.revision,
    updatedAt: assessment.updatedAt.toISOString(),
    resultId: assessment.result?.id ?? null,
  };
}

/** Replaces the draft's answers. Validation happens before any write, so a bad save changes nothing. */
export async function saveDraft(actor: Actor, token: unknown, input: unknown): Promise<{ revision: number; updatedAt: string }> {
  const { assessment } = await findByToken(actor, token);
  const parsed = parseOrThrow(ZDraftSave, input);
  const draft = { ...parsed, details: withInvitedDetails(parsed.details, assessment.engagementRespondent) };
  assertEngagementOpen(assessment);
  return serializeWrite(async () => {
    const updated = await db.assessment.updateMany({
      where: { id: assessment.id, submittedAt: null },
      data: {
        answers: draft.answers as Prisma.InputJsonValue,
        organizationName: draft.details.organizationName ?? null,
        respondentName: draft.details.respondentName ?? null,
        respondentRole: draft.details.respondentRole ?? null,
        revision: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      throw new DomainError("conflict", "already_submitted", "This assessment has been submitted; its answers can no longer change.");
    }
    const saved = await db.assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { revision: true, updatedAt: true } });
    if (assessment.engagementRespondent && !assessment.engagementRespondent.startedAt) await markRespondentStarted(assessment.id, saved.updatedAt);
    return { revision: saved.revision, updatedAt: saved.updatedAt.toISOString() };
  });
}

type SubmittedAssessment = Awaited<ReturnType<typeof findByToken>>["assessment"];
type TSubmission = ReturnType<typeof ZSubmission.parse>;

function otherAnswersRefused(): DomainError {
  return new DomainError("conflict", "already_submitted", "This assessment was already submitted with other answers; its answers can no longer change.");
}

/**
 * The stored result of this assessment or this key, as the answer to a repeat of the submission:
 * a conflict when the key already belongs to another assessment, or when another key (a second
 * tab) brings other answers than the stored ones, since those answers were not taken.
 */
async function storedSubmission(assessmentId: string, submission: Pick<TSubmission, "idempotencyKey" | "answers">): Promise<SubmissionOutcome | null> {
  const existing = await db.result.findFirst({
    where: { OR: [{ idempotencyKey: submission.idempotencyKey }, { assessmentId }] },
    select: { id: true, assessmentId: true, idempotencyKey: true, answers: true },
  });
  if (!existing) return null;
  if (existing.assessmentId !== assessmentId) {
    throw new DomainError("conflict", "idempotency_key_reused", "This submission key was already used for another assessment.");
  }
  if (existing.idempotencyKey !== submission.idempotencyKey && !sameAnswers(readStoredAnswers(existing.id, existing.answers), submission.answers)) {
    throw otherAnswersRefused();
  }
  return { resultId: existing.id, created: false };
}

async function storeSubmission(assessment: SubmittedAssessment, submission: TSubmission): Promise<SubmissionOutcome> {
  // Scored before the write, never inside it (on SQLite every other write would wait for the what-if search), and on a worker thread.
  const output = await scoreInWorker({ questionnaireVersion: submission.questionnaireVersion, answers: submission.answers });
  const answers = submission.answers as Prisma.InputJsonValue;
  const details = {
    organizationName: submission.details.organizationName ?? null,
    respondentName: submission.details.respondentName ?? null,
    respondentRole: submission.details.respondentRole ?? null,
  };
  // Webhooks and engagement news are promised in the same transaction, so a crash after it cannot lose them.
  const followUp = followUpJobRow(assessment, new Date());
  try {
    const [result] = await serializeWrite(() =>
      db.$transaction([
        db.result.create({
          data: {
            assessmentId: assessment.id,
            idempotencyKey: submission.idempotencyKey,
            questionnaireVersion: submission.questionnaireVersion,
            modelVersion: output.modelVersion,
            answers,
            ...details,
            recommendation: output.recommended,
            confidence: output.confidenceLevel,
            output: {},
            ...resultColumns({ answers: submission.answers, output, details: submission.details, organization: assessment.organization }),
          },
          select: { id: true },
        }),
        // The output (about 45 KB of JSON) goes in as one text parameter, in the same transaction: as a
        // Json field value Prisma walks and re-encodes every node of it, which took more than half of a
        // first submission's write (bench/submit.bench.ts).
        db.$executeRaw`UPDATE "Result" SET "output" = ${jsonValue(output.outputJson)} WHERE "assessmentId" = ${assessment.id}`,
        db.assessment.update({
          where: { id: assessment.id },
          data: { answers, ...details, submittedAt: new Date(), revision: { increment: 1 } },
        }),
        ...(followUp ? [db.job.create({ data: followUp, select: { id: true } })] : []),
      ]),
    );
    if (followUp) await followUpNow(assessment.id, followUp.id);
    return { resultId: result.id, created: true };
  } catch (error) {
    // Another request, process or instance stored this assessment, or used this key, between our read and our write.
    if (isUniqueViolation(error)) {
      const stored = await storedSubmission(assessment.id, submission);
      if (stored) return stored;
    }
    throw error;
  }
}

/** A submission being scored and stored by this process, with its key and the answers it stores. */
interface RunningSubmission {
  idempotencyKey: string;
  answers: TAnswers;
  outcome: Promise<SubmissionOutcome>;
}

/** Submissions being scored and stored by this process, by assessment. */
const submitting = new Map<string, RunningSubmission>();

/**
 * The running submission's result is a repeat's answer too, once stored: by the rule of
 * storedSubmission, a repeat under another key with other answers was not taken (409).
 */
async function replayOf(first: RunningSubmission, repeat: Pick<TSubmission, "idempotencyKey" | "answers">): Promise<SubmissionOutcome> {
  const { resultId } = await first.outcome;
  if (repeat.idempotencyKey !== first.idempotencyKey && !sameAnswers(first.answers, repeat.answers)) throw otherAnswersRefused();
  return { resultId, created: false };
}

/** Runs the assessment's submission, unless this process is already running one for it: then that one's result is this one's answer too. */
function oncePerAssessment(assessmentId: string, submission: Pick<TSubmission, "idempotencyKey" | "answers">, work: () => Promise<SubmissionOutcome>): Promise<SubmissionOutcome> {
  const running = submitting.get(assessmentId);
  if (running) return replayOf(running, submission);
  const outcome = work().finally(() => submitting.delete(assessmentId));
  submitting.set(assessmentId, { idempotencyKey: submission.idempotencyKey, answers: submission.answers, outcome });
  return outcome;
}

/** What one raw query says of a token's assessment, for its owner only: its id and the result stored so far. */
interface SubmissionState {
  assessmentId: string;
  resultId: string | null;
  idempotencyKey: string | null;
}

/**
 * The token's assessment and its stored result, read by one raw query: most submissions the
 * server sees are replays (a retried or double-sent request), and Prisma reads an assessment with
 * its includes in five statements. Null when it must look further (no such assessment, or
 * someone else's).
 */
async function ownedSubmissionState(actor: Actor, token: string): Promise<SubmissionState | null> {
  const [row] = await db.$queryRaw<(SubmissionState & { userId: string | null })[]>`
    SELECT a."id" AS "assessmentId", a."userId", r."id" AS "resultId", r."idempotencyKey"
    FROM "Assessment" a LEFT JOIN "Result" r ON r."assessmentId" = a."id"
    WHERE a."resumeTokenHash" = ${hashOpaqueToken(token)}`;
  const owned = row && (row.userId === null || (actor.kind === "user" && actor.userId === row.userId));
  return owned ? { assessmentId: row.assessmentId, resultId: row.resultId, idempotencyKey: row.idempotencyKey } : null;
}

type ParsedSubmission = ReturnType<typeof ZSubmission.safeParse>;

/**
 * Scores and stores the assessment once. Replays (same key), double clicks and a second tab
 * all land on the one result: the key and the assessment are both unique in the table. A replay
 * that arrives while this process is still scoring the first waits for it rather than scoring
 * the same answers again. Replays sent back to back all arrive before the first is stored: the
 * first to find the draft by the raw query claims it at once, so the others wait without the full read.
 */
export async function submitAssessment(actor: Actor, token: unknown, input: unknown): Promise<SubmissionOutcome> {
  const validToken = parseOrThrow(ZResumeToken, token, ["token"]);
  const body = ZSubmission.safeParse(input);
  const state = body.success ? await ownedSubmissionState(actor, validToken) : null;
  if (state && body.success) {
    if (state.resultId) {
      if (state.idempotencyKey === body.data.idempotencyKey) return { resultId: state.resultId, created: false };
    } else {
      return oncePerAssessment(state.assessmentId, body.data, () => submitAfterFullRead(actor, validToken, input, body, true));
    }
  }
  return submitAfterFullRead(actor, validToken, input, body, false);
}

/** `claimed`: this call already holds the assessment's place in `submitting`, so it must not wait for itself. */
async function submitAfterFullRead(actor: Actor, token: string, input: unknown, body: ParsedSubmission, claimed: boolean): Promise<SubmissionOutcome> {
  // Someone else's assessment is not found before its body is judged, so a malformed body reveals nothing.
  const { assessment } = await findByToken(actor, token);
  const parsed = body.success ? body.data : parseOrThrow(ZSubmission, input);
  const submission = { ...parsed, details: withInvitedDetails(parsed.details, assessment.engagementRespondent) };
  const inProgress = claimed ? undefined : submitting.get(assessment.id);
  if (inProgress) return replayOf(inProgress, submission);
  if (assessment.result) {
    // Stored between the two reads above, under this key.
    if (assessment.result.idempotencyKey === submission.idempotencyKey) return { resultId: assessment.result.id, created: false };
    // Another key: a second tab (its answer is this result, if the answers match) or a key another assessment used (a conflict).
    const stored = await storedSubmission(assessment.id, submission);
    if (stored) return stored;
  }
  assertEngagementOpen(assessment);
  // Not stored when the assessment was read. A key another assessment used is refused by the insert's unique key (storeSubmission).
  const store = () => storeSubmission(assessment, submission);
  return claimed ? store() : oncePerAssessment(assessment.id, submission, store);
}

/** The submitted result behind a resume link; result_not_found while it is still a draft. */
export async function getResultForToken(actor: Actor, token: unknown): Promise<StoredResult> {
  const { assessment } = await findByToken(actor, token);
  const result = await findResultOfAssessment(assessment.id);
  if (!result) throw new DomainError("not_found", "result_not_found", "This assessment has not been submitted yet.");
  return result;
}

/** What deleting through the private link would remove: the draft alone, or the result and what hangs from it. */
export async function describeDeletionByToken(actor: Actor, token: unknown): Promise<{ submitted: boolean; impact: ResultDeletionImpact | null; updatedAt: string }> {
  const { assessment } = await findByToken(actor, token);
  const impact = await describeAssessmentResultDeletion(assessment.id);
  return { submitted: assessment.result !== null, impact, updatedAt: assessment.updatedAt.toISOString() };
}

/** The respondent deletes their draft or result through its private link (a claimed one only when signed in as its owner). */
export async function deleteByToken(actor: Actor, token: unknown): Promise<{ hadResult: boolean }> {
  const { assessment } = await findByToken(actor, token);
  return deleteAssessmentById(assessment.id, actor);
}

/** Whether the resume link opens, and what it opens: the questionnaire, or the submitted result. */
export async function findAssessmentLink(actor: Actor, token: unknown): Promise<{ submitted: boolean; anonymous: boolean }> {
  const { assessment } = await findByToken(actor, token);
  return { submitted: assessment.result !== null, anonymous: assessment.userId === null };
}

/**
 * The report behind a resume link, for its PDF, Markdown and print copies: the holder of the link
 * is the respondent, so they get what anyone entitled to the result gets.
 */
export async function loadRespondentReport(actor: Actor, token: unknown, options: ReportOptions = {}): Promise<ReportModel> {
  return reportOfResult(await getResultForToken(actor, token), options);
}

export interface RespondentResultRef extends ResultRef {
  /** The account the assessment was saved to, whose owner is the actor; null while it is anonymous. */
  owner: UserActor | null;
}

/** Which result the resume link leads to, without reading it; 404 for a wrong link or a draft. */
export async function findRespondentResultRef(actor: Actor, token: unknown): Promise<RespondentResultRef> {
  const { assessment } = await findByToken(actor, token);
  if (!assessment.result) throw new DomainError("not_found", "result_not_found", "This assessment has not been submitted yet.");
  // findByToken let a saved assessment through only for its signed-in owner.
  const owner = assessment.userId !== null && actor.kind === "user" ? actor : null;
  return { id: assessment.result.id, organizationId: assessment.organizationId, owner };
}

/**
 * Starts a draft inside an organization for one of its members, owned by them from the start.
 * Membership is read from the database rather than the actor, so someone who joined in this very
 * request (accepting an invitation) can start at once; anyone else learns nothing (404).
 */
export async function startAssessmentForMember(actor: Actor, organizationId: unknown): Promise<{ token: string }> {
  if (actor.kind !== "user") throw new DomainError("unauthenticated", "sign_in_required", "Sign in to continue.");
  const id = parseOrThrow(ZRecordId, organizationId, ["organizationId"]);
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId: actor.userId, organizationId: id } },
    select: { organization: { select: { id: true, name: true } } },
  });
  if (!membership) {
    throw new DomainError("not_found", "organization_not_found", "No organization matches this link, or it is not one you work with.");
  }
  if (actor.mustEnrollTotp) {
    throw new DomainError("forbidden", "second_factor_required", "Set up two-step verification for your account before you start an assessment.");
  }
  const token = newOpaqueToken();
  await serializeWrite(() =>
    db.assessment.create({
      data: {
        resumeTokenHash: hashOpaqueToken(token),
        questionnaireVersion: QUESTIONNAIRE.version,
        answers: {},
        organizationName: membership.organization.name,
        respondentName: actor.name?.slice(0, 120) ?? null,
        userId: actor.userId,
        organizationId: membership.organization.id,
      },
    }),
  );
  return { token };
}
