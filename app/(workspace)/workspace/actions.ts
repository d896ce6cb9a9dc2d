"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { publicUrl } from "@/lib/http/absolute-url";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { createInvitation, revokeInvitation } from "@/lib/services/invitations";
import { createOrganization } from "@/lib/services/organizations";
import { ZInvitationCreate, ZInvitationRevoke, ZOrganizationCreate } from "@/lib/validation/organizations";

// Every service re-checks the actor: a page's guard does not protect the actions it renders.

export interface IssuedInvitation {
  url: string;
  expiresAt: string;
  maxUses: number;
}

const create = formAction(ZOrganizationCreate, (actor, input) => createOrganization(actor, input));

const invite = formAction(ZInvitationCreate, async (actor, input): Promise<IssuedInvitation> => {
  const invitation = await createInvitation(actor, input);
  revalidatePath(`/workspace/organizations/${input.organizationId}`, "layout");
  // The link is built once, here: only its hash is stored, so it can never be shown again.
  return { url: publicUrl(`/invite/${invitation.token}`), expiresAt: invitation.expiresAt, maxUses: invitation.maxUses };
});

const revoke = formAction(ZInvitationRevoke, async (actor, input) => {
  const revoked = await revokeInvitation(actor, input);
  revalidatePath(`/workspace/organizations/${revoked.organizationId}`, "layout");
  return { id: revoked.id };
});

/** Redirects outside the wrapper, which would otherwise report Next's redirect signal as an error. */
export async function createOrganizationAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  const state = await create(previous, formData);
  if (state.status !== "success") return state;
  revalidatePath("/workspace");
  // A new client has nothing to show yet: the first thing to do is invite its executives.
  redirect(`/workspace/organizations/${state.data.id}/team`);
}

export async function createInvitationAction(previous: FormState<IssuedInvitation>, formData: FormData): Promise<FormState<IssuedInvitation>> {
  return invite(previous, formData);
}

export async function revokeInvitationAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return revoke(previous, formData);
}
