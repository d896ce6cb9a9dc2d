/**
 * The refusals every data-access function shares, so each answers 401, 403 and 404 alike: who
 * must be signed in, who may run an organization, who may use the consultant workspace. Pure:
 * it decides from the actor and throws domain errors.
 */
import { DomainError } from "../errors";
import type { Actor, UserActor } from "./actor";
import { canUseWorkspace, isConsultantOf } from "./permissions";

export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== "user") throw new DomainError("unauthenticated", "sign_in_required", "Sign in to continue.");
  return actor;
}

export function organizationNotFound(): DomainError {
  return new DomainError("not_found", "organization_not_found", "No organization matches this link, or it is not one you work with.");
}

export function resultNotFound(): DomainError {
  return new DomainError("not_found", "result_not_found", "No result matches this link, or it is not one you may see.");
}

function secondFactorRequired(): DomainError {
  return new DomainError("forbidden", "second_factor_required", "Set up two-step verification before you use your consultant rights.");
}

/**
 * Consultant-only work on one organization. Someone outside it learns nothing (404); a member
 * who may see it but not run it is told why (403).
 */
export function assertConsultantOf(actor: Actor, organizationId: string): UserActor {
  const user = requireUser(actor);
  if (isConsultantOf(actor, organizationId)) return user;
  const membership = user.memberships.find((m) => m.organizationId === organizationId);
  if (!membership) throw organizationNotFound();
  if (membership.role === "consultant" && user.mustEnrollTotp) throw secondFactorRequired();
  throw new DomainError("forbidden", "consultants_only", "Only the organization's consultants can do this.");
}

/**
 * Consultants (of any organization) and administrators: an executive is told why rather than
 * shown an empty workspace, and someone whose role needs a second factor is sent to set it up.
 */
export function assertWorkspaceUser(actor: Actor, refusal: string): UserActor {
  const user = requireUser(actor);
  if (canUseWorkspace(actor)) return user;
  if (user.mustEnrollTotp) throw secondFactorRequired();
  throw new DomainError("forbidden", "consultants_only", refusal);
}
