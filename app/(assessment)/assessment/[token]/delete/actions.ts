"use server";

import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/http/action";
import { deleteByToken } from "@/lib/services/assessments";
import { ZDeleteByLink } from "@/lib/validation/privacy";

// The assessment's private link is the credential; the service resolves it (and its owner) again.
const remove = formAction(ZDeleteByLink, (actor, { token }) => deleteByToken(actor, token));

export async function deleteByTokenAction(previous: FormState<{ hadResult: boolean }>, formData: FormData): Promise<FormState<{ hadResult: boolean }>> {
  const state = await remove(previous, formData);
  if (state.status === "success") redirect(`/deleted?what=${state.data.hadResult ? "result" : "draft"}`);
  return state;
}
