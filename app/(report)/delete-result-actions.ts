"use server";

import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/http/action";
import { deleteResult } from "@/lib/services/data-deletion";
import { ZResultDeleteForm } from "@/lib/validation/privacy";

const RETURN_PATHS = { my: "/my?deleted=result", workspace: "/workspace/results?deleted=result" } as const;

const remove = formAction(ZResultDeleteForm, async (actor, { resultId, returnTo }) => {
  await deleteResult(actor, { resultId });
  return { returnTo };
});

export async function deleteResultAction(previous: FormState<{ returnTo: "my" | "workspace" }>, formData: FormData): Promise<FormState<{ returnTo: "my" | "workspace" }>> {
  const state = await remove(previous, formData);
  if (state.status === "success") redirect(RETURN_PATHS[state.data.returnTo]);
  return state;
}
