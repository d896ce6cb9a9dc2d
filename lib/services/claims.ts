/**
 * Claiming: someone who answered anonymously takes the assessment into their account, proving
 * it is theirs with its private resume link. Nobody can take an assessment another account owns.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { canClaimAssessment } from "../auth/permissions";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { db, serializeWrite } from "../db";
import { ZResumeToken } from "../validation/assessment";
import { DomainError, parseOrThrow } from "../errors";
import { requireUser } from "../auth/access";

export type ClaimStatus = "sign_in" | "claimable" | "yours" | "taken";

function assessmentNotFound(): DomainError {
  return new DomainError("not_found", "assessment_not_found", "No assessment matches this link. Check that you copied all of it.");
}

function alreadyTaken(): DomainError {
  return new DomainError("conflict", "already_claimed", "This assessment is already saved to another account, so it cannot be added to yours.");
}

async function findByToken(token: unknown) {
  const valid = parseOrThrow(ZResumeToken, token, ["token"]);
  const assessment = await db.assessment.findUnique({ where: { resumeTokenHash: hashOpaqueToken(valid) }, select: { id: true, userId: true } });
  if (!assessment) throw assessmentNotFound();
  return assessment;
}

/** What the claim panel should offer the holder of this link. */
export async function getClaimStatus(actor: Actor, token: unknown): Promise<ClaimStatus> {
  const assessment = await findByToken(token);
  if (actor.kind !== "user") return "sign_in";
  if (assessment.userId === actor.userId) return "yours";
  return canClaimAssessment(actor, assessment) ? "claimable" : "taken";
}

/** Idempotent for the same user; the conditional update keeps two accounts from both claiming it. */
export async function claimAssessment(actor: Actor, token: unknown): Promise<{ assessmentId: string; alreadyOwned: boolean }> {
  const user = requireUser(actor);
  const assessment = await findByToken(token);
  if (!canClaimAssessment(user, assessment)) throw alreadyTaken();
  if (assessment.userId === user.userId) return { assessmentId: assessment.id, alreadyOwned: true };
  return serializeWrite(async () => {
    const claimed = await db.assessment.updateMany({ where: { id: assessment.id, userId: null }, data: { userId: user.userId } });
    if (claimed.count === 1) return { assessmentId: assessment.id, alreadyOwned: false };
    const now = await db.assessment.findUnique({ where: { id: assessment.id }, select: { userId: true } });
    if (now?.userId === user.userId) return { assessmentId: assessment.id, alreadyOwned: true };
    if (!now) throw assessmentNotFound();
    throw alreadyTaken();
  });
}
