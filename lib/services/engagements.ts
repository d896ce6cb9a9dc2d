/**
 * Engagements: a consultant invites an organization's leadership team, one personal link each,
 * and follows who has answered. Each respondent gets an assessment of their own, created with the
 * engagement, inside the organization and pre-filled with their name and role; their link opens
 * that assessment and nothing else.
 *
 * Who may do what is in each query: consultants of the organization run an engagement, and so do
 * administrators, as everywhere in the workspace; anyone else finds nothing (404). Executives of
 * the organization see how many of the team have answered, never who or what.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor, UserActor } from "../auth/actor";
import { assertConsultantOf, organizationNotFound, requireUser } from "../auth/access";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { db, isUniqueViolation, serializeWrite } from "../db";
import { DomainError } from "../errors";
import { dueAtFromDate, engagementProgress, respondentStage, type EngagementProgress, type RespondentStage } from "../engagements/progress";
import { readRespondentList, type RespondentEntry } from "../engagements/respondent-list";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { reviewableOrganizationWhere } from "../results/queries";
import { recordAudit } from "./audit";
import { invitationJobs, queueRespondentEmail } from "./engagement-email";
import { countAttempt, firstAttemptCounters, releaseAttempt, type LimitRule } from "./rate-limits";
import { waitInWords } from "./request-limits";
import type {
  TEngagementCreate,
  TEngagementRef,
  TEngagementRespondentAdd,
  TEngagementRespondentEmail,
  TEngagementRespondentRef,
  TEngagementSchedule,
} from "../validation/engagements";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead a due date may be set: an engagement is a round of weeks, not a standing survey. */
export const MAX_DUE_DAYS = 366;

export interface EngagementSummary {
  id: string;
  name: string;
  dueAt: string;
  status: "open" | "closed";
  closedAt: string | null;
  closedReason: "consultant" | "due_date" | null;
  progress: EngagementProgress;
  createdAt: string;
}

export interface EngagementRespondentView {
  id: string;
  name: string;
  email: string;
  role: string;
  stage: RespondentStage;
  /** The personal link's token; the page builds the link from the public address. */
  linkToken: string;
  invitedAt: string | null;
  lastSentAt: string | null;
  deliveredAt: string | null;
  bouncedAt: string | null;
  deliveryError: string | null;
  openedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  /** The submitted result, for the review page; null while unanswered or once deleted. */
  resultId: string | null;
  /** False once the respondent's questionnaire was deleted (a privacy request). */
  hasQuestionnaire: boolean;
}

export interface EngagementDetail extends EngagementSummary {
  organization: { id: string; name: string };
  message: string;
  language: string;
  reminderDays: number[];
  notify: "each" | "digest";
  createdBy: string | null;
  allAnsweredAt: string | null;
  respondents: EngagementRespondentView[];
}

/** What an executive of the organization sees: the team's progress, no names. */
export interface EngagementProgressView {
  id: string;
  name: string;
  dueAt: string;
  status: "open" | "closed";
  progress: EngagementProgress;
}

function engagementNotFound(): DomainError {
  return new DomainError("not_found", "engagement_not_found", "No engagement matches this link, or it is not one you work on.");
}

function respondentNotFound(): DomainError {
  return new DomainError("not_found", "engagement_respondent_not_found", "No one in an engagement you run matches this link.");
}

function engagementClosed(): DomainError {
  return new DomainError("conflict", "engagement_closed", "This engagement is closed: its team can no longer be changed or reminded.");
}

/** Engagements the actor runs: those of organizations they are a consultant of, and every one for an administrator. */
function managedEngagementWhere(user: UserActor): Prisma.EngagementWhereInput {
  return { organization: reviewableOrganizationWhere(user) };
}

const milestoneSelect = { invitedAt: true, deliveredAt: true, bouncedAt: true, openedAt: true, startedAt: true, completedAt: true } as const;

type Milestones = Prisma.EngagementRespondentGetPayload<{ select: typeof milestoneSelect }>;

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function readReminderDays(json: unknown): number[] {
  return Array.isArray(json) ? json.filter((day): day is number => Number.isInteger(day)) : [];
}

function summaryOf(row: { id: string; name: string; dueAt: Date; status: string; closedAt: Date | null; closedReason: string | null; createdAt: Date }, respondents: Milestones[]): EngagementSummary {
  return {
    id: row.id,
    name: row.name,
    dueAt: row.dueAt.toISOString(),
    status: row.status === "closed" ? "closed" : "open",
    closedAt: iso(row.closedAt),
    closedReason: row.closedReason === "consultant" || row.closedReason === "due_date" ? row.closedReason : null,
    progress: engagementProgress(respondents),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Two weeks from today: time for a leadership team to find twenty minutes, short enough to keep momentum. */
export function defaultEngagementDueDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * DAY_MS).toISOString().slice(0, 10);
}

function checkDueDate(dueDate: string, now: Date): Date {
  const dueAt = dueAtFromDate(dueDate);
  if (dueAt.getTime() < now.getTime()) {
    throw new DomainError("invalid", "due_date_past", "The due date has passed: choose today or a later date.", [{ path: "dueDate", message: "Choose today or a later date." }]);
  }
  if (dueAt.getTime() > now.getTime() + MAX_DUE_DAYS * DAY_MS) {
    throw new DomainError("invalid", "due_date_too_far", "The due date can be at most a year ahead.", [{ path: "dueDate", message: "Choose a date within the next year." }]);
  }
  return dueAt;
}

function listErrors(errors: { line: number; message: string }[]): DomainError {
  return new DomainError(
    "invalid",
    "respondent_list_invalid",
    errors.length === 1 ? "One line of the list needs fixing; nobody was added." : `${errors.length} lines of the list need fixing; nobody was added.`,
    errors.slice(0, 50).map((error) => ({ path: `respondents.${error.line}`, message: `Line ${error.line}: ${error.message}` })),
  );
}

/** The rows that make one respondent: their assessment, pre-filled and inside the organization, and their link. */
function respondentData(entry: RespondentEntry, organization: { id: string; name: string }) {
  const linkToken = newOpaqueToken();
  return {
    name: entry.name,
    email: entry.email,
    role: entry.role,
    linkToken,
    assessment: {
      create: {
        resumeTokenHash: hashOpaqueToken(linkToken),
        questionnaireVersion: QUESTIONNAIRE.version,
        answers: {},
        organizationName: organization.name,
        respondentName: entry.name,
        respondentRole: entry.role,
        organizationId: organization.id,
      },
    },
  };
}

function alreadyInvited(email: string): DomainError {
  return new DomainError("conflict", "respondent_already_invited", `${email} is already in this engagement.`, [{ path: "email", message: `${email} is already in this engagement.` }]);
}

/**
 * Queues a person's invitation (none when email is off: the consultant copies the link). It counts
 * as their send in RESEND_LIMIT's window, so a resend at once is refused.
 */
async function invite(respondentId: string): Promise<void> {
  if ((await queueRespondentEmail(respondentId, "invitation")).queued) await countAttempt(resendCounterKey(respondentId), RESEND_LIMIT);
}

/**
 * Creates the engagement with every respondent and their questionnaire in one write: a list with
 * any bad line adds nobody, and so does a failure half-way.
 */
export async function createEngagement(actor: Actor, input: TEngagementCreate, now: Date = new Date()): Promise<{ id: string; respondentIds: string[]; invited: number }> {
  const user = assertConsultantOf(actor, input.organizationId);
  const organization = await db.organization.findFirst({
    where: { AND: [{ id: input.organizationId }, reviewableOrganizationWhere(user)] },
    select: { id: true, name: true, language: true },
  });
  if (!organization) throw organizationNotFound();
  const dueAt = checkDueDate(input.dueDate, now);
  const list = readRespondentList(input.respondents);
  if (!list.ok) throw listErrors(list.errors);

  return serializeWrite(() =>
    db.$transaction(async (tx) => {
      const created = await tx.engagement.create({
        data: {
          organizationId: organization.id,
          name: input.name,
          dueAt,
          message: input.message,
          reminderDays: input.reminderDays,
          notify: input.notify,
          language: input.language ?? organization.language,
          createdById: user.userId,
          respondents: { create: list.respondents.map((entry) => respondentData(entry, organization)) },
        },
        select: { id: true, name: true, respondents: { select: { id: true, email: true } } },
      });
      await recordAudit(tx, user, { action: "engagement.created", organizationId: organization.id, detail: { ...engagementAudit(created), people: created.respondents.length } });
      // In the order of the list, so the consultant's first line is the first invited.
      const idByEmail = new Map(created.respondents.map((respondent) => [respondent.email, respondent.id]));
      const respondentIds = list.respondents.flatMap((entry) => idByEmail.get(entry.email) ?? []);
      // The invitations are written with the people: none is added uninvited, whatever happens next.
      const invitations = invitationJobs(respondentIds, now);
      if (invitations.length > 0) {
        await tx.engagementRespondent.updateMany({ where: { engagementId: created.id }, data: { invitedAt: now } });
        await tx.job.createMany({ data: invitations });
        await tx.rateLimitCounter.createMany({ data: firstAttemptCounters(respondentIds.map(resendCounterKey), RESEND_LIMIT, now) });
      }
      return { id: created.id, respondentIds, invited: invitations.length };
    }),
  );
}

export async function listEngagements(actor: Actor, organizationId: string): Promise<EngagementSummary[]> {
  const user = requireUser(actor);
  const rows = await db.engagement.findMany({
    where: { AND: [{ organizationId }, managedEngagementWhere(user)] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, dueAt: true, status: true, closedAt: true, closedReason: true, createdAt: true, respondents: { select: milestoneSelect } },
  });
  return rows.map((row) => summaryOf(row, row.respondents));
}

/** The progress of the engagements of every organization the actor is an executive of, in counts only, for their own page. */
export async function listMyTeamsProgress(actor: Actor): Promise<(EngagementProgressView & { organizationName: string })[]> {
  const user = requireUser(actor);
  const rows = await db.engagement.findMany({
    where: { organization: { memberships: { some: { userId: user.userId, role: "executive" } } } },
    orderBy: [{ dueAt: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, name: true, dueAt: true, status: true, closedAt: true, closedReason: true, createdAt: true, respondents: { select: milestoneSelect }, organization: { select: { name: true } } },
  });
  return rows.map((row) => {
    const summary = summaryOf(row, row.respondents);
    return { id: summary.id, name: summary.name, dueAt: summary.dueAt, status: summary.status, progress: summary.progress, organizationName: row.organization.name };
  });
}

export async function getEngagement(actor: Actor, engagementId: string): Promise<EngagementDetail> {
  const user = requireUser(actor);
  const row = await db.engagement.findFirst({
    where: { AND: [{ id: engagementId }, managedEngagementWhere(user)] },
    include: {
      organization: { select: { id: true, name: true } },
      createdBy: { select: { name: true, email: true } },
      respondents: {
        orderBy: [{ name: "asc" }, { id: "asc" }],
        include: { assessment: { select: { id: true, result: { select: { id: true } } } } },
      },
    },
  });
  if (!row) throw engagementNotFound();
  return {
    ...summaryOf(row, row.respondents),
    organization: row.organization,
    message: row.message,
    language: row.language,
    reminderDays: readReminderDays(row.reminderDays),
    notify: row.notify === "digest" ? "digest" : "each",
    createdBy: row.createdBy ? (row.createdBy.name ?? row.createdBy.email) : null,
    allAnsweredAt: iso(row.allAnsweredAt),
    respondents: row.respondents.map((respondent) => ({
      id: respondent.id,
      name: respondent.name,
      email: respondent.email,
      role: respondent.role,
      stage: respondentStage(respondent),
      linkToken: respondent.linkToken,
      invitedAt: iso(respondent.invitedAt),
      lastSentAt: iso(respondent.lastSentAt),
      deliveredAt: iso(respondent.deliveredAt),
      bouncedAt: iso(respondent.bouncedAt),
      deliveryError: respondent.deliveryError,
      openedAt: iso(respondent.openedAt),
      startedAt: iso(respondent.startedAt),
      completedAt: iso(respondent.completedAt),
      resultId: respondent.assessment?.result?.id ?? null,
      hasQuestionnaire: respondent.assessment !== null,
    })),
  };
}

/**
 * What the organization's record says of an engagement: its id and name. Never a person's name or
 * address: the record outlives a person's removal from the engagement.
 */
function engagementAudit(engagement: { id: string; name: string }): { engagementId: string; engagement: string } {
  return { engagementId: engagement.id, engagement: engagement.name };
}

/** An open engagement the actor runs, for a change to its team. */
async function findManagedOpenEngagement(user: UserActor, engagementId: string) {
  const engagement = await db.engagement.findFirst({
    where: { AND: [{ id: engagementId }, managedEngagementWhere(user)] },
    select: { id: true, name: true, status: true, organization: { select: { id: true, name: true } } },
  });
  if (!engagement) throw engagementNotFound();
  assertConsultantOf(user, engagement.organization.id);
  if (engagement.status !== "open") throw engagementClosed();
  return engagement;
}

async function findManagedRespondent(user: UserActor, respondentId: string) {
  const respondent = await db.engagementRespondent.findFirst({
    where: { id: respondentId, engagement: managedEngagementWhere(user) },
    select: {
      id: true,
      email: true,
      completedAt: true,
      assessmentId: true,
      assessment: { select: { submittedAt: true } },
      engagement: { select: { id: true, name: true, status: true, organizationId: true } },
    },
  });
  if (!respondent) throw respondentNotFound();
  assertConsultantOf(user, respondent.engagement.organizationId);
  return respondent;
}

export async function addEngagementRespondent(actor: Actor, input: TEngagementRespondentAdd): Promise<{ id: string; engagementId: string }> {
  const user = requireUser(actor);
  const engagement = await findManagedOpenEngagement(user, input.engagementId);
  try {
    const respondent = await serializeWrite(() =>
      db.$transaction(async (tx) => {
        const created = await tx.engagementRespondent.create({
          data: { engagement: { connect: { id: engagement.id } }, ...respondentData(input, engagement.organization) },
          select: { id: true },
        });
        await recordAudit(tx, user, { action: "engagement.person_added", organizationId: engagement.organization.id, detail: engagementAudit(engagement) });
        return created;
      }),
    );
    await invite(respondent.id);
    return { id: respondent.id, engagementId: engagement.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyInvited(input.email);
    throw error;
  }
}

/**
 * A new address gets a new link: the old one, perhaps sent to the wrong person, stops working.
 * Answers saved so far stay with the questionnaire.
 */
export async function changeRespondentEmail(actor: Actor, input: TEngagementRespondentEmail): Promise<{ id: string; engagementId: string; changed: boolean }> {
  const user = requireUser(actor);
  const respondent = await findManagedRespondent(user, input.respondentId);
  if (respondent.engagement.status !== "open") throw engagementClosed();
  if (respondent.completedAt) {
    throw new DomainError("conflict", "respondent_completed", "This person has already answered; their address can no longer change.");
  }
  if (respondent.email === input.email) return { id: respondent.id, engagementId: respondent.engagement.id, changed: false };
  const linkToken = newOpaqueToken();
  try {
    await serializeWrite(() =>
      db.$transaction(async (tx) => {
        await tx.engagementRespondent.update({
          where: { id: respondent.id },
          data: { email: input.email, linkToken, invitedAt: null, lastSentAt: null, deliveredAt: null, bouncedAt: null, deliveryError: null, openedAt: null },
        });
        if (respondent.assessmentId) await tx.assessment.update({ where: { id: respondent.assessmentId }, data: { resumeTokenHash: hashOpaqueToken(linkToken) } });
        // The link now goes to another inbox: on the record, without either address.
        await recordAudit(tx, user, { action: "engagement.person_readdressed", organizationId: respondent.engagement.organizationId, detail: engagementAudit(respondent.engagement) });
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyInvited(input.email);
    throw error;
  }
  await invite(respondent.id);
  return { id: respondent.id, engagementId: respondent.engagement.id, changed: true };
}

/**
 * One invitation per person in five minutes, the first one included, counted in the shared
 * counters so it holds across instances: a double click, a burst of clicks, a second consultant at
 * the same moment or a resend right after the engagement started sends one email, and nobody can
 * use the button to flood a client's inbox. A lost email is still resent within minutes.
 */
const RESEND_LIMIT: LimitRule = { limit: 1, windowMs: 5 * 60_000 };

export function resendCounterKey(respondentId: string): string {
  return `resend:${respondentId}`;
}

function resentJustNow(retryAfterSeconds: number): DomainError {
  return new DomainError(
    "rate_limited",
    "invitation_just_resent",
    `This person's invitation was sent moments ago. So that one click too many does not send two emails, you can send it again in ${waitInWords(retryAfterSeconds)}.`,
    [],
    retryAfterSeconds,
  );
}

/** Sends a person's invitation again, with the same link: for a lost email or a server that refused it. */
export async function resendInvitation(actor: Actor, input: TEngagementRespondentRef): Promise<{ engagementId: string }> {
  const user = requireUser(actor);
  const respondent = await findManagedRespondent(user, input.respondentId);
  if (respondent.engagement.status !== "open") throw engagementClosed();
  if (respondent.completedAt) throw new DomainError("conflict", "respondent_completed", "This person has already answered; there is nothing to send again.");
  const counterKey = resendCounterKey(respondent.id);
  const counted = await countAttempt(counterKey, RESEND_LIMIT);
  if (!counted.counted) throw resentJustNow(counted.retryAfterSeconds);
  const { queued } = await queueRespondentEmail(respondent.id, "invitation");
  if (!queued) {
    // Nothing was sent, so nothing should hold the next try back.
    await releaseAttempt(counterKey);
    throw new DomainError("conflict", "email_not_configured", "Email is not set up on this server: copy the person's link and send it yourself.");
  }
  return { engagementId: respondent.engagement.id };
}

/**
 * Takes a person out of the engagement. An unanswered questionnaire goes with them; a submitted
 * result stays in the organization, where it counts like any other respondent's.
 */
export async function removeEngagementRespondent(actor: Actor, input: TEngagementRespondentRef): Promise<{ engagementId: string; keptResult: boolean }> {
  const user = requireUser(actor);
  const respondent = await findManagedRespondent(user, input.respondentId);
  const submitted = respondent.assessment?.submittedAt != null;
  await serializeWrite(() =>
    db.$transaction(async (tx) => {
      const removed = await tx.engagementRespondent.deleteMany({ where: { id: respondent.id } });
      if (respondent.assessmentId && !submitted) await tx.assessment.deleteMany({ where: { id: respondent.assessmentId, submittedAt: null } });
      // Removed by a concurrent request meanwhile: that one records it.
      if (removed.count > 0) {
        await recordAudit(tx, user, { action: "engagement.person_removed", organizationId: respondent.engagement.organizationId, detail: { ...engagementAudit(respondent.engagement), keptResult: submitted } });
      }
    }),
  );
  return { engagementId: respondent.engagement.id, keptResult: submitted };
}

export async function updateEngagementSchedule(actor: Actor, input: TEngagementSchedule, now: Date = new Date()): Promise<{ id: string }> {
  const user = requireUser(actor);
  const engagement = await findManagedOpenEngagement(user, input.engagementId);
  const dueAt = checkDueDate(input.dueDate, now);
  const { count } = await serializeWrite(() =>
    db.engagement.updateMany({ where: { id: engagement.id, status: "open" }, data: { dueAt, reminderDays: input.reminderDays, notify: input.notify } }),
  );
  if (count === 0) throw engagementClosed();
  return { id: engagement.id };
}

/** Closes an open engagement; closing one already closed changes nothing. */
export async function closeEngagement(actor: Actor, input: TEngagementRef, now: Date = new Date()): Promise<{ id: string; closed: boolean }> {
  const user = requireUser(actor);
  const engagement = await db.engagement.findFirst({ where: { AND: [{ id: input.engagementId }, managedEngagementWhere(user)] }, select: { id: true, name: true, organizationId: true } });
  if (!engagement) throw engagementNotFound();
  assertConsultantOf(user, engagement.organizationId);
  const { count } = await serializeWrite(() =>
    db.$transaction(async (tx) => {
      const closed = await tx.engagement.updateMany({ where: { id: engagement.id, status: "open" }, data: { status: "closed", closedAt: now, closedReason: "consultant" } });
      if (closed.count === 1) await recordAudit(tx, user, { action: "engagement.closed", organizationId: engagement.organizationId, detail: engagementAudit(engagement) });
      return closed;
    }),
  );
  return { id: engagement.id, closed: count === 1 };
}

/** The respondent behind a personal link, for the link's route: records the first visit. */
export async function openRespondentLink(token: string, now: Date = new Date()): Promise<{ found: boolean }> {
  const respondent = await db.engagementRespondent.findUnique({ where: { linkToken: token }, select: { id: true, openedAt: true, assessmentId: true } });
  if (!respondent || !respondent.assessmentId) return { found: false };
  if (!respondent.openedAt) {
    await serializeWrite(() => db.engagementRespondent.updateMany({ where: { id: respondent.id, openedAt: null }, data: { openedAt: now } }));
  }
  return { found: true };
}

/**
 * The language an engagement's invitations are written in, for its respondent's questionnaire
 * pages: the link token is the questionnaire's resume token. Null for any other token.
 */
export async function engagementLanguageOfLink(token: string): Promise<string | null> {
  const respondent = await db.engagementRespondent.findUnique({ where: { linkToken: token }, select: { engagement: { select: { language: true } } } });
  return respondent?.engagement.language ?? null;
}

/** Called after an engagement respondent's first accepted save. */
export async function markRespondentStarted(assessmentId: string, now: Date = new Date()): Promise<void> {
  await db.engagementRespondent.updateMany({ where: { assessmentId, startedAt: null }, data: { startedAt: now } });
}

/**
 * Called after an engagement respondent's submission: records it, and says whether everyone the
 * engagement waited for has now answered with this respondent among them. A second call says the
 * same, so a submission's follow-up run again repeats what comes next (each step happens once by
 * its own key); a respondent added after the engagement was complete is not among them.
 */
export async function markRespondentCompleted(assessmentId: string, now: Date = new Date()): Promise<{ respondentId: string; engagementId: string; allAnswered: boolean } | null> {
  const respondent = await db.engagementRespondent.findUnique({ where: { assessmentId }, select: { id: true, engagementId: true } });
  if (!respondent) return null;
  await db.engagementRespondent.updateMany({ where: { id: respondent.id, completedAt: null }, data: { completedAt: now } });
  // Answered in one sitting (or through the API) without a separate save: started when completed.
  await db.engagementRespondent.updateMany({ where: { id: respondent.id, startedAt: null }, data: { startedAt: now } });
  await db.engagement.updateMany({
    where: { id: respondent.engagementId, allAnsweredAt: null, respondents: { none: { completedAt: null } } },
    data: { allAnsweredAt: now },
  });
  const after = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondent.id }, select: { completedAt: true, engagement: { select: { allAnsweredAt: true } } } });
  const { completedAt } = after;
  const { allAnsweredAt } = after.engagement;
  return { respondentId: respondent.id, engagementId: respondent.engagementId, allAnswered: allAnsweredAt !== null && completedAt !== null && completedAt <= allAnsweredAt };
}

/** What other systems are told when everyone in an engagement has answered: ids and counts, no names. */
export async function completedEngagementSummary(engagementId: string): Promise<{ engagementId: string; organizationId: string; respondentCount: number; resultIds: string[]; completedAt: string } | null> {
  const engagement = await db.engagement.findUnique({
    where: { id: engagementId },
    select: { organizationId: true, allAnsweredAt: true, respondents: { select: { assessment: { select: { result: { select: { id: true } } } } } } },
  });
  if (!engagement?.allAnsweredAt) return null;
  return {
    engagementId,
    organizationId: engagement.organizationId,
    respondentCount: engagement.respondents.length,
    resultIds: engagement.respondents.flatMap((respondent) => (respondent.assessment?.result ? [respondent.assessment.result.id] : [])),
    completedAt: engagement.allAnsweredAt.toISOString(),
  };
}
