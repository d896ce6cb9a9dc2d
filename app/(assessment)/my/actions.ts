"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { startAssessmentForMember } from "@/lib/services/assessments";
import { claimAssessment } from "@/lib/services/claims";
import { ZAssessmentClaim, ZMemberAssessmentStart } from "@/lib/validation/organizations";

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
