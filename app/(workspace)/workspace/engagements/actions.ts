"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import {
  addEngagementRespondent,
  changeRespondentEmail,
  closeEngagement,
  createEngagement,
  removeEngagementRespondent,
  resendInvitation,
  updateEngagementSchedule,
} from "@/lib/services/engagements";
import {
  ZEngagementCreate,
  ZEngagementRef,
  ZEngagementRespondentAdd,
  ZEngagementRespondentEmail,
  ZEngagementRespondentRef,
  ZEngagementSchedule,
} from "@/lib/validation/engagements";
import { revokeEngagementReportLink, shareEngagementReport, type SentEngagementReport } from "@/lib/services/engagement-results";
import { ZShareLinkRevoke } from "@/lib/validation/share-links";

// Each service finds the engagement through the caller's consultant memberships: the page's guard does not protect these actions.

function refresh(engagementId: string): void {
  revalidatePath(`/workspace/engagements/${engagementId}`);
}

const create = formAction(ZEngagementCreate, async (actor, input) => {
  const created = await createEngagement(actor, input);
  revalidatePath(`/workspace/organizations/${input.organizationId}/engagements`);
  return { id: created.id };
});

/** Redirects outside the wrapper, which would otherwise report Next's redirect signal as an error. */
export async function createEngagementAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  const state = await create(previous, formData);
  if (state.status !== "success") return state;
  redirect(`/workspace/engagements/${state.data.id}`);
}

const add = formAction(ZEngagementRespondentAdd, async (actor, input) => {
  const added = await addEngagementRespondent(actor, input);
  refresh(added.engagementId);
  return { id: added.id };
});

export async function addEngagementRespondentAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return add(previous, formData);
}

const changeEmail = formAction(ZEngagementRespondentEmail, async (actor, input) => {
  const changed = await changeRespondentEmail(actor, input);
  refresh(changed.engagementId);
  return { changed: changed.changed };
});

export async function changeRespondentEmailAction(previous: FormState<{ changed: boolean }>, formData: FormData): Promise<FormState<{ changed: boolean }>> {
  return changeEmail(previous, formData);
}

const remove = formAction(ZEngagementRespondentRef, async (actor, input) => {
  const removed = await removeEngagementRespondent(actor, input);
  refresh(removed.engagementId);
  return { keptResult: removed.keptResult };
});

export async function removeEngagementRespondentAction(previous: FormState<{ keptResult: boolean }>, formData: FormData): Promise<FormState<{ keptResult: boolean }>> {
  return remove(previous, formData);
}

const resend = formAction(ZEngagementRespondentRef, async (actor, input) => {
  const sent = await resendInvitation(actor, input);
  refresh(sent.engagementId);
  return { queued: true };
});

export async function resendInvitationAction(previous: FormState<{ queued: boolean }>, formData: FormData): Promise<FormState<{ queued: boolean }>> {
  return resend(previous, formData);
}

const schedule = formAction(ZEngagementSchedule, async (actor, input) => {
  const updated = await updateEngagementSchedule(actor, input);
  refresh(updated.id);
  return { id: updated.id };
});

export async function updateEngagementScheduleAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return schedule(previous, formData);
}

const close = formAction(ZEngagementRef, async (actor, input) => {
  const closed = await closeEngagement(actor, input);
  refresh(closed.id);
  return { closed: closed.closed };
});

export async function closeEngagementAction(previous: FormState<{ closed: boolean }>, formData: FormData): Promise<FormState<{ closed: boolean }>> {
  return close(previous, formData);
}

const shareReport = formAction(ZEngagementRef, async (actor, input): Promise<SentEngagementReport> => {
  const sent = await shareEngagementReport(actor, input);
  refresh(input.engagementId);
  return sent;
});

/** The answer carries the link's address when this call created it: the only time it exists outside the emails. */
export async function shareEngagementReportAction(previous: FormState<SentEngagementReport>, formData: FormData): Promise<FormState<SentEngagementReport>> {
  return shareReport(previous, formData);
}

const revokeReportLink = formAction(ZShareLinkRevoke, async (actor, input) => {
  const revoked = await revokeEngagementReportLink(actor, input);
  refresh(revoked.engagementId);
  return { id: revoked.id };
});

export async function revokeEngagementReportLinkAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return revokeReportLink(previous, formData);
}
