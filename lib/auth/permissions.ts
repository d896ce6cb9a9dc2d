/**
 * The access rules, as small pure functions. Services call them where they build queries;
 * the authorization matrix test exercises them through every route.
 */
import type { Actor, UserActor } from "./actor";

function activeUser(actor: Actor): UserActor | null {
  return actor.kind === "user" && !actor.mustEnrollTotp ? actor : null;
}

export function isPlatformAdmin(actor: Actor): boolean {
  return activeUser(actor)?.isPlatformAdmin ?? false;
}

export function isConsultantOf(actor: Actor, organizationId: string): boolean {
  const user = activeUser(actor);
  if (!user) return false;
  return user.isPlatformAdmin || user.memberships.some((m) => m.organizationId === organizationId && m.role === "consultant");
}

export function isMemberOf(actor: Actor, organizationId: string): boolean {
  const user = activeUser(actor);
  if (!user) return false;
  return user.isPlatformAdmin || user.memberships.some((m) => m.organizationId === organizationId);
}

/** Organizations whose assessments the actor may review; null means every organization. */
export function reviewableOrganizationIds(actor: Actor): string[] | null {
  const user = activeUser(actor);
  if (!user) return [];
  if (user.isPlatformAdmin) return null;
  return user.memberships.filter((m) => m.role === "consultant").map((m) => m.organizationId);
}

export function canCreateOrganization(actor: Actor): boolean {
  const user = activeUser(actor);
  return Boolean(user && (user.isPlatformAdmin || user.memberships.some((m) => m.role === "consultant")));
}

/** An assessment is visible to its respondent and to the consultants of its organization. */
export function canViewAssessment(actor: Actor, assessment: { userId: string | null; organizationId: string | null }): boolean {
  if (actor.kind !== "user") return false;
  if (assessment.userId !== null && assessment.userId === actor.userId) return true;
  return assessment.organizationId !== null && isConsultantOf(actor, assessment.organizationId);
}

/** Organizations the actor belongs to in any role; null means every organization (administrators). */
export function memberOrganizationIds(actor: Actor): string[] | null {
  const user = activeUser(actor);
  if (!user) return [];
  if (user.isPlatformAdmin) return null;
  return user.memberships.map((m) => m.organizationId);
}

/** The resume link is the proof: its holder may take an unowned assessment into their own account. */
export function canClaimAssessment(actor: Actor, assessment: { userId: string | null }): boolean {
  if (actor.kind !== "user") return false;
  return assessment.userId === null || assessment.userId === actor.userId;
}

/** The consultant workspace is for consultants (of any organization) and administrators. */
export function canUseWorkspace(actor: Actor): boolean {
  return canCreateOrganization(actor);
}
