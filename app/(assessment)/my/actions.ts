"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { formAction, formDataToObject } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { startAssessmentForMember } from "@/lib/services/assessments";
import { claimAssessment } from "@/lib/services/claims";
import { DomainError, parseOrThrow } from "@/lib/errors";
import { reopenOwnDraft } from "@/lib/services/workspace";
import { ZAssessmentClaim, ZMemberAssessmentStart, ZRecordId } from "@/lib/validation/organizations";

/** Signed-out visitors get an answer the form can act on (offer sign-in) rather than an error to read. */
export type ClaimOutcome = { kind: "claimed"; assessmentId: string; alreadyOwned: boolean } | { kind: "sign_in" };

const start = formAction(ZMemberAssessmentStart, (actor, input) => startAssessmentForMember(actor, input.organizationId));

const claim = formAction(ZAssessmentClaim, async (actor, input): Promise<ClaimOutcome> => {
  if (actor.kind !== "user") return { kind: "sign_in" };
  const outcome = await claimAssessment(actor, input.token);
  revalidatePath("/my");
  return { kind: "claimed", ...outcome };
});

/** Starts a draft in one of the member's organizations and opens it; the redirect stays outside the wrapper. */
export async function startMemberAssessmentAction(previous: FormState<{ token: string }>, formData: FormData): Promise<FormState<{ token: string }>> {
  const state = await start(previous, formData);
  if (state.status !== "success") return state;
  revalidatePath("/my");
  redirect(`/assessment/${state.data.token}`);
}

/** Saves an anonymous assessment to the signed-in account; the resume token in the form is the proof. */
export async function claimAssessmentAction(previous: FormState<ClaimOutcome>, formData: FormData): Promise<FormState<ClaimOutcome>> {
  return claim(previous, formData);
}

const ZResumeOwnDraft = z.strictObject({ assessmentId: ZRecordId });

/**
 * Only the hash of a resume link is stored, so the owner gets a fresh link: it replaces the old
 * one, which stops working. A draft submitted meanwhile opens its result instead.
 */
export async function resumeOwnDraftAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (actor.kind !== "user") redirect("/sign-in?callbackUrl=/my");
  let destination: string;
  try {
    const { assessmentId } = parseOrThrow(ZResumeOwnDraft, formDataToObject(formData));
    const reopened = await reopenOwnDraft(actor, assessmentId);
    destination = "token" in reopened ? `/assessment/${reopened.token}` : `/my/results/${reopened.resultId}`;
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "unauthenticated") notFound();
    throw error;
  }
  redirect(destination);
}
