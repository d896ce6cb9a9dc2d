"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type FormState } from "@/lib/http/action";
import { deleteResult } from "@/lib/services/data-deletion";
import { ZResultDelete } from "@/lib/validation/privacy";

/** Where the person goes once the result is gone: back to their own list, or to the consultant's table. */
const ZDeleteResultForm = ZResultDelete.extend({ returnTo: z.enum(["my", "workspace"], { error: "The form is missing where to go next. Reload the page." }) });

const RETURN_PATHS = { my: "/my?deleted=result", workspace: "/workspace/results?deleted=result" } as const;

const remove = formAction(ZDeleteResultForm, async (actor, { resultId, returnTo }) => {
  await deleteResult(actor, { resultId });
  return { returnTo };
});

export async function deleteResultAction(previous: FormState<{ returnTo: "my" | "workspace" }>, formData: FormData): Promise<FormState<{ returnTo: "my" | "workspace" }>> {
  const state = await remove(previous, formData);
  if (state.status === "success") redirect(RETURN_PATHS[state.data.returnTo]);
  return state;
}
