"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";
import { ZApiTokenCreate, ZApiTokenRevoke } from "@/lib/validation/api-tokens";

// The service re-checks the actor: the guard of the page that shows the forms protects nothing here.

const PAGE = "/account/api-tokens";

export interface IssuedApiToken {
  name: string;
  token: string;
  expiresAt: string;
}

const create = formAction(ZApiTokenCreate, async (actor, input): Promise<IssuedApiToken> => {
  const created = await createApiToken(actor, input);
  // The list re-renders with the new row; the form keeps the token in its own state, the only place it is shown.
  revalidatePath(PAGE);
  return { name: created.name, token: created.token, expiresAt: created.expiresAt };
});

const revoke = formAction(ZApiTokenRevoke, async (actor, input) => {
  const revoked = await revokeApiToken(actor, input);
  revalidatePath(PAGE);
  return revoked;
});

export async function createApiTokenAction(previous: FormState<IssuedApiToken>, formData: FormData): Promise<FormState<IssuedApiToken>> {
  return create(previous, formData);
}

export async function revokeApiTokenAction(previous: FormState<{ id: string }>, formData: FormData): Promise<FormState<{ id: string }>> {
  return revoke(previous, formData);
}
