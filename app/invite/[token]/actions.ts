"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { startAssessmentForMember } from "@/lib/services/assessments";
import { acceptInvitation } from "@/lib/services/invitations";
import { ZInvitationAccept } from "@/lib/validation/organizations";

const join = formAction(ZInvitationAccept, async (actor, input) => {
  const { organizationId } = await acceptInvitation(actor, input.token);
  // Membership is re-read from the database, so the draft can start in the request that joined.
  return startAssessmentForMember(actor, organizationId);
});

/** Joins the organization (idempotent for members), starts a draft there and opens it. */
export async function acceptInvitationAction(previous: FormState<{ token: string }>, formData: FormData): Promise<FormState<{ token: string }>> {
  const state = await join(previous, formData);
  if (state.status !== "success") return state;
  redirect(`/assessment/${state.data.token}`);
}
