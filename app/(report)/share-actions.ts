"use server";

import { revalidatePath } from "next/cache";
import { publicUrl } from "@/lib/http/absolute-url";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { createShareLink, revokeShareLink } from "@/lib/services/share-links";
import { ZShareLinkCreate, ZShareLinkRevoke } from "@/lib/validation/share-links";

// The service re-checks the actor: the guard of the page that shows the form protects nothing here.

export interface IssuedShareLink {
  url: string;
  expiresAt: string;
}

/** The pages that list a result's share links. */
function revalidateResultPages(resultId: string): void {
  revalidatePath(`/my/results/${resultId}`);
  revalidatePath(`/workspace/results/${resultId}`);
}

const create = formAction(ZShareLinkCreate, async (actor, input): Promise<IssuedShareLink> => {
  const link = await createShareLink(actor, input);
  revalidateResultPages(input.resultId);
  // The link is built once, here: only its hash is stored, so it can never be shown again.
  return { url: publicUrl(link.path), expiresAt: link.expiresAt };
});

const revoke = formAction(ZShareLinkRevoke, async (actor, input) => {
  const revoked = await revokeShareLink(actor, input);
  if (revoked.resultId) revalidateResultPages(revoked.resultId);
  return { id: revoked.id };
});

export async function createShareLinkAction(previous: FormState<IssuedShareLink>, formData: FormData): Promise<FormState<IssuedShareLink>> {
  return create(previous, formData);
}

export async function revokeShareLinkAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return revoke(previous, formData);
}
