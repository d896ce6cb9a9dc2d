/**
 * "Download my data" (GDPR Art. 15 and 20): everything Rolefit holds about the signed-in person,
 * in the shape of lib/privacy/export-schema.ts. Every query is scoped to the person in its
 * `where` clause; other people's names and emails are left out (a consultant's review of your
 * result shows as an event, not as who they are).
 */
import "server-only";
import { db } from "../db";
import { requireUser } from "../auth/access";
import type { Actor } from "../auth/actor";
import { DomainError } from "../errors";
import { ZStoredAnswers } from "../scoring/output-schema";
import { PERSONAL_DATA_EXPORT_SCHEMA_PATH, ZPersonalDataExport, type TPersonalDataExport } from "../privacy/export-schema";

/**
 * Others' events on the person's results that the export includes: the ones whose effect the
 * person already sees on their report (override, review status, share links). A consultant's
 * notes are their private working papers, and the product promises them so; they are left out.
 */
const EVENTS_ON_YOUR_RESULTS = ["override.set", "override.cleared", "status.changed", "share.created", "share.revoked"];

const assessmentSelect = {
  id: true,
  submittedAt: true,
  questionnaireVersion: true,
  createdAt: true,
  updatedAt: true,
  organizationId: true,
  organizationName: true,
  respondentName: true,
  respondentRole: true,
  answers: true,
  result: {
    select: {
      id: true,
      createdAt: true,
      modelVersion: true,
      recommendation: true,
      confidence: true,
      recommendationInForce: true,
      reviewStatus: true,
      overrideRecommendation: true,
      overrideJustification: true,
      overriddenAt: true,
    },
  },
} as const;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** Audit details are small flat JSON by construction (lib/services/audit.ts); anything else is left out rather than guessed at. */
function flatDetail(detail: unknown): Record<string, string | number | boolean | null> {
  if (!detail || typeof detail !== "object" || Array.isArray(detail)) return {};
  return Object.fromEntries(
    Object.entries(detail).filter((entry): entry is [string, string | number | boolean | null] => entry[1] === null || ["string", "number", "boolean"].includes(typeof entry[1])),
  );
}

function storedAnswers(assessmentId: string, json: unknown) {
  const parsed = ZStoredAnswers.safeParse(json);
  if (!parsed.success) throw new DomainError("unreadable", "stored_draft_unreadable", `Assessment ${assessmentId} holds answers this version of Rolefit cannot read.`);
  return parsed.data;
}

export async function exportPersonalData(actor: Actor, now = new Date()): Promise<TPersonalDataExport> {
  const me = requireUser(actor);
  const user = await db.user.findUnique({
    where: { id: me.userId },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      updatedAt: true,
      isPlatformAdmin: true,
      disabledAt: true,
      passwordHash: true,
      totpEnabledAt: true,
      locale: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
      memberships: { select: { organizationId: true, role: true, createdAt: true, organization: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      assessments: { orderBy: { createdAt: "asc" }, select: assessmentSelect },
      notes: { select: { id: true, resultId: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      apiTokens: { select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true }, orderBy: { createdAt: "asc" } },
      shareLinks: {
        select: { id: true, resultId: true, organizationId: true, createdAt: true, expiresAt: true, revokedAt: true, openCount: true, lastOpenedAt: true },
        orderBy: { createdAt: "asc" },
      },
      invitations: {
        select: { id: true, organizationId: true, role: true, createdAt: true, expiresAt: true, maxUses: true, uses: true, revokedAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) throw new DomainError("unauthenticated", "unauthenticated", "Sign in to download your data.");

  const [invitedAs, engagementsCreated] = await Promise.all([
    db.engagementRespondent.findMany({
      where: { email: user.email },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        invitedAt: true,
        lastSentAt: true,
        deliveredAt: true,
        bouncedAt: true,
        openedAt: true,
        startedAt: true,
        completedAt: true,
        createdAt: true,
        assessment: { select: assessmentSelect },
        engagement: { select: { id: true, name: true, organizationId: true, dueAt: true } },
      },
    }),
    db.engagement.findMany({
      where: { createdById: user.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, organizationId: true, name: true, dueAt: true, status: true, createdAt: true, _count: { select: { respondents: true } } },
    }),
  ]);
  // The questionnaires an engagement sent to the person's address are theirs too, whether or not they were saved to the account.
  const accountAssessmentIds = new Set(user.assessments.map((assessment) => assessment.id));
  const assessments = [...user.assessments, ...invitedAs.flatMap((row) => (row.assessment && !accountAssessmentIds.has(row.assessment.id) ? [row.assessment] : []))];
  const ownResultIds = assessments.flatMap((assessment) => (assessment.result ? [assessment.result.id] : []));
  const [reviews, events] = await Promise.all([
    db.result.findMany({
      where: { OR: [{ overriddenById: user.id }, { reviewStatusById: user.id }] },
      select: { id: true, overriddenById: true, overrideRecommendation: true, overrideJustification: true, overriddenAt: true, reviewStatusById: true, reviewStatus: true, reviewStatusAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.auditEvent.findMany({
      where: { OR: [{ actorId: user.id }, ...(ownResultIds.length > 0 ? [{ resultId: { in: ownResultIds }, action: { in: EVENTS_ON_YOUR_RESULTS } }] : [])] },
      select: { id: true, action: true, organizationId: true, resultId: true, createdAt: true, actorId: true, detail: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);

  const exported: TPersonalDataExport = {
    format: "rolefit-personal-data",
    version: 1,
    schema: PERSONAL_DATA_EXPORT_SCHEMA_PATH,
    exportedAt: iso(now),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
      isPlatformAdministrator: user.isPlatformAdmin,
      disabledAt: isoOrNull(user.disabledAt),
      hasPassword: user.passwordHash !== null,
      twoStepVerificationSince: isoOrNull(user.totpEnabledAt),
      unusedRecoveryCodes: user.totpEnabledAt ? user._count.recoveryCodes : 0,
      language: user.locale,
    },
    memberships: user.memberships.map((membership) => ({
      organizationId: membership.organizationId,
      organizationName: membership.organization.name,
      role: membership.role === "consultant" ? "consultant" : "executive",
      since: iso(membership.createdAt),
    })),
    assessments: assessments.map((assessment) => ({
      id: assessment.id,
      status: assessment.submittedAt ? "submitted" : "draft",
      questionnaireVersion: assessment.questionnaireVersion,
      createdAt: iso(assessment.createdAt),
      updatedAt: iso(assessment.updatedAt),
      submittedAt: isoOrNull(assessment.submittedAt),
      organizationId: assessment.organizationId,
      organizationName: assessment.organizationName,
      respondentName: assessment.respondentName,
      respondentRole: assessment.respondentRole,
      answers: storedAnswers(assessment.id, assessment.answers),
      result: assessment.result
        ? {
            id: assessment.result.id,
            createdAt: iso(assessment.result.createdAt),
            modelVersion: assessment.result.modelVersion,
            recommendation: assessment.result.recommendation,
            confidence: assessment.result.confidence,
            recommendationInForce: assessment.result.recommendationInForce,
            reviewStatus: assessment.result.reviewStatus,
            override: assessment.result.overrideRecommendation
              ? { recommendation: assessment.result.overrideRecommendation, justification: assessment.result.overrideJustification, at: isoOrNull(assessment.result.overriddenAt) }
              : null,
          }
        : null,
    })),
    notes: user.notes.map((note) => ({ id: note.id, resultId: note.resultId, body: note.body, createdAt: iso(note.createdAt) })),
    reviews: reviews.map((row) => ({
      resultId: row.id,
      overrideRecommendation: row.overriddenById === user.id ? row.overrideRecommendation : null,
      overrideJustification: row.overriddenById === user.id ? row.overrideJustification : null,
      overriddenAt: row.overriddenById === user.id ? isoOrNull(row.overriddenAt) : null,
      reviewStatus: row.reviewStatusById === user.id ? row.reviewStatus : null,
      reviewStatusAt: row.reviewStatusById === user.id ? isoOrNull(row.reviewStatusAt) : null,
    })),
    apiTokens: user.apiTokens.map((token) => ({
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      createdAt: iso(token.createdAt),
      expiresAt: isoOrNull(token.expiresAt),
      lastUsedAt: isoOrNull(token.lastUsedAt),
      revokedAt: isoOrNull(token.revokedAt),
    })),
    shareLinks: user.shareLinks.map((link) => ({
      id: link.id,
      resultId: link.resultId,
      organizationId: link.organizationId,
      createdAt: iso(link.createdAt),
      expiresAt: iso(link.expiresAt),
      revokedAt: isoOrNull(link.revokedAt),
      openCount: link.openCount,
      lastOpenedAt: isoOrNull(link.lastOpenedAt),
    })),
    invitations: user.invitations.map((invitation) => ({
      id: invitation.id,
      organizationId: invitation.organizationId,
      role: invitation.role,
      createdAt: iso(invitation.createdAt),
      expiresAt: iso(invitation.expiresAt),
      maxUses: invitation.maxUses,
      uses: invitation.uses,
      revokedAt: isoOrNull(invitation.revokedAt),
    })),
    engagementInvitations: invitedAs.map((row) => ({
      id: row.id,
      engagementId: row.engagement.id,
      engagementName: row.engagement.name,
      organizationId: row.engagement.organizationId,
      dueAt: iso(row.engagement.dueAt),
      name: row.name,
      email: row.email,
      role: row.role,
      assessmentId: row.assessment?.id ?? null,
      createdAt: iso(row.createdAt),
      invitedAt: isoOrNull(row.invitedAt),
      lastEmailAt: isoOrNull(row.lastSentAt),
      deliveredAt: isoOrNull(row.deliveredAt),
      bouncedAt: isoOrNull(row.bouncedAt),
      openedAt: isoOrNull(row.openedAt),
      startedAt: isoOrNull(row.startedAt),
      completedAt: isoOrNull(row.completedAt),
    })),
    engagementsCreated: engagementsCreated.map((row) => ({
      id: row.id,
      organizationId: row.organizationId,
      name: row.name,
      dueAt: iso(row.dueAt),
      status: row.status,
      respondents: row._count.respondents,
      createdAt: iso(row.createdAt),
    })),
    auditEvents: events.map((event) => ({
      id: event.id,
      action: event.action,
      organizationId: event.organizationId,
      resultId: event.resultId,
      createdAt: iso(event.createdAt),
      byYou: event.actorId === user.id,
      detail: flatDetail(event.detail),
    })),
  };
  // The published schema is the contract: an export that would not match it is a bug, not a download.
  return ZPersonalDataExport.parse(exported);
}
