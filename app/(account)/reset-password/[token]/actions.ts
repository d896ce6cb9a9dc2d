"use server";

import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/http/action";
import { resetPasswordWithLink } from "@/lib/services/password-reset";
import { ZResetPassword } from "@/lib/validation/account";

const resetForm = formAction(ZResetPassword, (actor, input) => resetPasswordWithLink(actor, input));

/** POST only: opening the link (GET) never changes anything, so link scanners cannot spend it. */
export async function resetPasswordAction(previous: FormState<{ email: string }>, formData: FormData): Promise<FormState<{ email: string }>> {
  const state = await resetForm(previous, formData);
  // redirect() throws, so it comes after formAction has returned rather than inside it.
  if (state.status === "success") redirect("/sign-in?notice=password-reset");
  return state;
}
