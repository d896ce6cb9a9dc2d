/**
 * Deleting data for good: a result (or a draft), an account, an organization. What each removes
 * and keeps is described model by model in lib/privacy/personal-data.ts; the integration test
 * scans every table afterwards for the person's email and name.
 *
 * Each deletion is one transaction, so it happens whole or not at all, and the audit trail records
 * the fact (who, when, which id) and nothing that was deleted.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, serializeWrite } from "../db";
import { requireUser, resultNotFound } from "../auth/access";
import type { Actor, UserActor } from "../auth/actor";
import { DomainError } from "../errors";
import { foldForSearch } from "../portfolio/result-columns";
import { DELETED_ACCOUNT_ACTOR, type OrganizationResultChoice } from "../privacy/personal-data";
import type { TOrganizationDelete, TResultDelete, TUserDelete } from "../validation/privacy";
import { viewableResultWhere } from "../results/queries";
import { assertPlatformAdmin } from "./admin-users";
import { RESPONDENT_LINK_ACTOR, recordAudit, type AuditActor } from "./audit";

type Transaction = Prisma.TransactionClient;

/**
 * A deletion's transaction. It may wait for another one on the same rows (a parallel deletion of
 * the same result) and, for an account with years of results, run longer than Prisma's defaults
 * (2 s to start, 5 s to finish) allow; past those it would fail with a bare 500 instead of a 404.
 */
function deletionTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return serializeWrite(() => db.$transaction(work, { maxWait: 15_000, timeout: 60_000 }));
}

/** The audit trail's actor for what a person did to their own account as they deleted it. */
const DELETED_ACCOUNT: AuditActor = { userId: DELETED_ACCOUNT_ACTOR.id, email: DELETED_ACCOUNT_ACTOR.email };

/** What else changes when a result goes, for the confirmation page to say before anything is deleted. */
export interface ResultDeletionImpact {
  resultId: string;
  createdAt: string;
  /** The client organization the result counts in, if any. */
  organization: { id: string; name: string; submittedResults: number } | null;
  /** Share links that open this result today: they stop working at once. */
  activeShareLinks: number;
  notes: number;
  overridden: boolean;
  /** Whether the actor is the respondent (their own result) or a consultant or administrator. */
  actorIsRespondent: boolean;
}

const impactSelect = {
  id: true,
  createdAt: true,
  overrideRecommendation: true,
  assessment: { select: { userId: true, organization: { select: { id: true, name: true } } } },
  _count: { select: { notes: true } },
} as const satisfies Prisma.ResultSelect;

async function impactOf(row: Prisma.ResultGetPayload<{ select: typeof impactSelect }>, respondentUserId: string | null): Promise<ResultDeletionImpact> {
  const now = new Date();
  const organization = row.assessment.organization;
  const [activeShareLinks, submittedResults] = await Promise.all([
    db.shareLink.count({ where: { resultId: row.id, revokedAt: null, expiresAt: { gt: now } } }),
    organization ? db.result.count({ where: { organizationId: organization.id } }) : Promise.resolve(0),
  ]);
  return {
    resultId: row.id,
    createdAt: row.createdAt.toISOString(),
    organization: organization ? { ...organization, submittedResults } : null,
    activeShareLinks,
    notes: row._count.notes,
    overridden: row.overrideRecommendation !== null,
    actorIsRespondent: respondentUserId !== null && row.assessment.userId === respondentUserId,
  };
}

/** The impact of deleting a result the actor may view (its respondent, its organization's consultants, administrators); 404 otherwise. */
export async function describeResultDeletion(actor: Actor, resultId: string): Promise<ResultDeletionImpact> {
  const user = requireUser(actor);
  const row = await db.result.findFirst({ where: { AND: [{ id: resultId }, viewableResultWhere(user)] }, select: impactSelect });
  // Without its assessment the result was deleted while it was read (PostgreSQL loads the relation apart).
  if (!row?.assessment) throw resultNotFound();
  return impactOf(row, user.userId);
}

/** The same, for an anonymous respondent holding the assessment's private link (resolved by the caller). */
export async function describeAssessmentResultDeletion(assessmentId: string): Promise<ResultDeletionImpact | null> {
  const row = await db.result.findUnique({ where: { assessmentId }, select: impactSelect });
  return row?.assessment ? impactOf(row, null).then((impact) => ({ ...impact, actorIsRespondent: true })) : null;
}

/**
 * Deletes the assessment behind a result, and with it the result, its notes, its trail of review
 * events and its share links (the schema's cascades). The organization's trail keeps one event
 * naming the deleted result's id and who deleted it.
 */
async function deleteAssessmentRow(tx: Transaction, actor: AuditActor, assessment: { id: string; organizationId: string | null; resultId: string | null }, by: "respondent" | "consultant"): Promise<void> {
  // A parallel deletion may have won since the row was read: deleteMany says so instead of throwing.
  const deleted = await tx.assessment.deleteMany({ where: { id: assessment.id } });
  if (deleted.count === 0) throw new DomainError("not_found", "already_deleted", "This has already been deleted.");
  if (assessment.resultId) {
    await forgetWebhookBodies(tx, [assessment.resultId]);
    await recordAudit(tx, actor, { action: "result.deleted", organizationId: assessment.organizationId, detail: { resultId: assessment.resultId, by } });
  }
}

/**
 * Webhook deliveries that name a deleted result go with it: an endpoint that opted in to answers
 * holds them in the signed body, which would otherwise outlive the result until the purge.
 */
async function forgetWebhookBodies(tx: Transaction, resultIds: string[]): Promise<void> {
  // Few ids per statement: each is its own LIKE, and SQLite limits how deep an OR chain may nest.
  for (let index = 0; index < resultIds.length; index += 50) {
    await tx.webhookDelivery.deleteMany({ where: { OR: resultIds.slice(index, index + 50).map((id) => ({ body: { contains: `"${id}"` } })) } });
  }
}

export async function deleteResult(actor: Actor, { resultId }: TResultDelete): Promise<{ organizationId: string | null }> {
  const user = requireUser(actor);
  return deletionTransaction(async (tx) => {
    // Read from the assessment's side in one query: PostgreSQL loads a nested relation in a query of
    // its own, and a parallel deletion landing between the two would leave the result without one.
    const assessment = await tx.assessment.findFirst({
      where: { result: { is: { AND: [{ id: resultId }, viewableResultWhere(user)] } } },
      select: { id: true, userId: true, organizationId: true },
    });
    if (!assessment) throw resultNotFound();
    const by = assessment.userId === user.userId ? "respondent" : "consultant";
    await deleteAssessmentRow(tx, user, { id: assessment.id, organizationId: assessment.organizationId, resultId }, by);
    return { organizationId: assessment.organizationId };
  });
}

/**
 * An anonymous respondent's deletion through their private link: the draft, or the result and
 * everything hanging from it. The caller has resolved the link (lib/services/assessments.ts), so
 * a claimed assessment is only reached by its signed-in owner.
 */
export async function deleteAssessmentById(assessmentId: string, actor: Actor): Promise<{ hadResult: boolean }> {
  return deletionTransaction(async (tx) => {
    const row = await tx.assessment.findUnique({ where: { id: assessmentId }, select: { id: true, organizationId: true, result: { select: { id: true } } } });
    if (!row) throw new DomainError("not_found", "assessment_not_found", "This assessment has already been deleted.");
    const auditActor = actor.kind === "user" ? actor : RESPONDENT_LINK_ACTOR;
    await deleteAssessmentRow(tx, auditActor, { id: row.id, organizationId: row.organizationId, resultId: row.result?.id ?? null }, "respondent");
    return { hadResult: row.result !== null };
  });
}

/** Ids per IN list: far below SQLite's limit on query parameters. */
const ID_CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += ID_CHUNK) out.push(items.slice(index, index + ID_CHUNK));
  return out;
}

/**
 * The results an organization keeps when an account goes: in each organization, the person's
 * latest result, the one its combined view counts. Older ones were already superseded; once
 * nameless they could no longer be told apart from the latest and would each count as a respondent.
 */
function latestResultPerOrganization<T extends { organizationId: string | null; submittedAt: Date | null; result: unknown }>(assessments: T[]): T[] {
  const latest = new Map<string, T>();
  for (const row of assessments) {
    if (row.organizationId === null || row.result === null || row.submittedAt === null) continue;
    const current = latest.get(row.organizationId);
    if (!current || (current.submittedAt as Date) < row.submittedAt) latest.set(row.organizationId, row);
  }
  return [...latest.values()];
}

export interface AccountErasure {
  resultsDeleted: number;
  resultsKeptWithoutName: number;
  draftsDeleted: number;
}

/**
 * Everything personal about one account, gone in one transaction (see PERSONAL_DATA for each
 * model). The user row's own cascades take memberships, recovery codes, reset links, invitation
 * links, notes, API tokens, share links and pending sign-ins; what is left here are the rows that
 * outlive the account: assessments and results, the audit trail, and counters keyed by email.
 */
/** The person's questionnaires: those saved to their account, and those an engagement sent to their address. */
function personsAssessments(user: { id: string; email: string }) {
  return { OR: [{ userId: user.id }, { engagementRespondent: { email: user.email } }] };
}

async function eraseAccount(userId: string, organizationResults: OrganizationResultChoice, deletedBy: AuditActor | null): Promise<AccountErasure> {
  return deletionTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, isPlatformAdmin: true } });
    if (!user) throw new DomainError("not_found", "user_not_found", "No such user.");
    if (user.isPlatformAdmin) {
      const others = await tx.user.count({ where: { isPlatformAdmin: true, disabledAt: null, id: { not: user.id } } });
      if (others === 0) {
        throw new DomainError("conflict", "last_administrator", "This is the only platform administrator: make another account an administrator before deleting this one.");
      }
    }

    const assessments = await tx.assessment.findMany({
      where: personsAssessments(user),
      select: { id: true, organizationId: true, submittedAt: true, result: { select: { id: true, clientName: true } } },
    });
    const kept = organizationResults === "keep_anonymous" ? latestResultPerOrganization(assessments) : [];
    const keptIds = new Set(kept.map((row) => row.id));
    const dropped = assessments.filter((row) => !keptIds.has(row.id));
    // Invitations to the person's address leave their engagements; the questionnaires follow the rule above.
    await tx.engagementRespondent.deleteMany({ where: { email: user.email } });
    for (const ids of chunks(dropped.map((row) => row.id))) await tx.assessment.deleteMany({ where: { id: { in: ids } } });
    await forgetWebhookBodies(tx, dropped.flatMap((row) => (row.result ? [row.result.id] : [])));
    for (const ids of chunks([...keptIds])) await tx.assessment.updateMany({ where: { id: { in: ids } }, data: { userId: null, respondentName: null } });
    for (const row of kept) {
      const result = row.result as { id: string; clientName: string };
      await tx.result.update({ where: { id: result.id }, data: { respondentName: null, searchText: foldForSearch(result.clientName) } });
    }

    // Events about the account alone (its API tokens) go; in an organization's trail the events stay, nameless.
    await tx.auditEvent.deleteMany({ where: { actorId: user.id, organizationId: null } });
    await tx.auditEvent.updateMany({ where: { actorId: user.id }, data: { actorId: DELETED_ACCOUNT_ACTOR.id, actorEmail: DELETED_ACCOUNT_ACTOR.email } });
    await tx.rateLimitCounter.deleteMany({
      where: { OR: [{ key: `sign-in:account:${user.email}` }, { key: { startsWith: `sign-in:account-address:${user.email}|` } }, { key: `reauthenticate:${user.id}` }] },
    });
    const deleted = await tx.user.deleteMany({ where: { id: user.id } });
    if (deleted.count === 0) throw new DomainError("not_found", "user_not_found", "No such user.");

    const erasure: AccountErasure = {
      resultsDeleted: dropped.filter((row) => row.result !== null).length,
      resultsKeptWithoutName: kept.length,
      draftsDeleted: dropped.filter((row) => row.result === null).length,
    };
    const auditActor = deletedBy ?? DELETED_ACCOUNT;
    await recordAudit(tx, auditActor, {
      action: "account.deleted",
      organizationId: null,
      detail: { userId: user.id, by: deletedBy ? "administrator" : "self", ...erasure },
    });
    for (const row of dropped) {
      if (row.result) await recordAudit(tx, auditActor, { action: "result.deleted", organizationId: row.organizationId, detail: { resultId: row.result.id, by: "account deletion" } });
    }
    return erasure;
  });
}

/** What deleting their account would take, for the person to read before they confirm. */
export interface AccountDeletionImpact {
  /** Organizations holding a submitted result of the person: the choice between keeping it nameless and deleting it applies. */
  organizationsWithResults: number;
  resultsOutsideOrganizations: number;
  drafts: number;
  notes: number;
  shareLinks: number;
  apiTokens: number;
  memberships: number;
}

async function accountDeletionImpact(userId: string): Promise<(AccountDeletionImpact & { email: string; name: string | null }) | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, _count: { select: { notes: true, shareLinks: true, apiTokens: true, memberships: true } } } });
  if (!user) return null;
  const own = personsAssessments(user);
  const [organizations, resultsOutsideOrganizations, drafts] = await Promise.all([
    db.result.groupBy({ by: ["organizationId"], where: { assessment: own, organizationId: { not: null } } }),
    db.result.count({ where: { assessment: own, organizationId: null } }),
    db.assessment.count({ where: { AND: [own, { submittedAt: null }] } }),
  ]);
  return { email: user.email, name: user.name, organizationsWithResults: organizations.length, resultsOutsideOrganizations, drafts, ...user._count };
}

export async function describeAccountDeletion(actor: Actor): Promise<AccountDeletionImpact> {
  const impact = await accountDeletionImpact(requireUser(actor).userId);
  if (!impact) throw new DomainError("unauthenticated", "unauthenticated", "Sign in to manage your account.");
  return impact;
}

/** The same, for an administrator about to delete someone else's account. */
export async function describeUserDeletion(actor: Actor, userId: string): Promise<AccountDeletionImpact & { id: string; email: string; name: string | null }> {
  const admin = assertPlatformAdmin(actor);
  if (userId === admin.userId) {
    throw new DomainError("conflict", "delete_own_account_here", "Delete your own account from your account page, where you confirm it with your password.");
  }
  const impact = await accountDeletionImpact(userId);
  if (!impact) throw new DomainError("not_found", "user_not_found", "No such user.");
  return { id: userId, ...impact };
}

/** The person's own deletion, once lib/services/account.ts has confirmed it is them. */
export function eraseOwnAccount(user: UserActor, organizationResults: OrganizationResultChoice): Promise<AccountErasure> {
  return eraseAccount(user.userId, organizationResults, null);
}

/**
 * An administrator deletes someone else's account. Results inside organizations are kept without
 * the person's name: they belong to the organization's assessment as much as to the person, and
 * only the person may choose to take them along (by deleting their own account, or each result).
 */
export async function deleteUserAsAdmin(actor: Actor, { userId }: TUserDelete): Promise<AccountErasure> {
  const admin = assertPlatformAdmin(actor);
  if (userId === admin.userId) {
    throw new DomainError("conflict", "delete_own_account_here", "Delete your own account from your account page, where you confirm it with your password.");
  }
  return eraseAccount(userId, "keep_anonymous", admin);
}

export interface OrganizationDeletion {
  results: number;
  drafts: number;
  members: number;
}

/** An administrator deletes an organization with everything in it, after typing its name. */
export async function deleteOrganization(actor: Actor, { organizationId, confirmName }: TOrganizationDelete): Promise<OrganizationDeletion> {
  const admin = assertPlatformAdmin(actor);
  return deletionTransaction(async (tx) => {
    const organization = await tx.organization.findUnique({
      where: { id: organizationId },
      select: { name: true, _count: { select: { results: true, assessments: true, memberships: true } } },
    });
    if (!organization) throw new DomainError("not_found", "organization_not_found", "No such organization.");
    if (confirmName !== organization.name.trim()) {
      const message = `Type the organization's name exactly as shown: ${organization.name.trim()}`;
      throw new DomainError("invalid", "confirmation_mismatch", message, [{ path: "confirmName", message }]);
    }
    const deleted = await tx.organization.deleteMany({ where: { id: organizationId } });
    if (deleted.count === 0) throw new DomainError("not_found", "organization_not_found", "No such organization.");
    const counts = organization._count;
    const deletion = { results: counts.results, drafts: counts.assessments - counts.results, members: counts.memberships };
    await recordAudit(tx, admin, { action: "organization.deleted", organizationId: null, detail: { organizationId, ...deletion } });
    return deletion;
  });
}
