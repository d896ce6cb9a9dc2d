"use server";

import { revalidatePath } from "next/cache";
import { publicUrl } from "@/lib/http/absolute-url";
import { formAction } from "@/lib/http/action";
import { requestClientAddress } from "@/lib/http/request-address";
import type { FormState } from "@/lib/http/form-state";
import { createRespondentShareLink, revokeRespondentShareLink } from "@/lib/services/share-links";
import { ZRespondentShareLinkCreate, ZRespondentShareLinkRevoke } from "@/lib/validation/share-links";
import type { IssuedShareLink } from "@/app/(report)/share-actions";

// The assessment's private link is the credential; the service resolves it on every call.

const create = formAction(ZRespondentShareLinkCreate, async (actor, input): Promise<IssuedShareLink> => {
  const link = await createRespondentShareLink(actor, input, await requestClientAddress());
  revalidatePath(`/assessment/${input.token}/result`);
  return { url: publicUrl(link.path), expiresAt: link.expiresAt };
});

const revoke = formAction(ZRespondentShareLinkRevoke, async (actor, input) => {
  const revoked = await revokeRespondentShareLink(actor, input);
  revalidatePath(`/assessment/${input.token}/result`);
  return { id: revoked.id };
});

export async function createRespondentShareLinkAction(previous: FormState<IssuedShareLink>, formData: FormData): Promise<FormState<IssuedShareLink>> {
  return create(previous, formData);
}

export async function revokeRespondentShareLinkAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return revoke(previous, formData);
}
