"use server";

import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/http/action";
import { clearSessionCookies } from "@/lib/http/session-cookies";
import { deleteOwnAccount } from "@/lib/services/account";
import type { AccountErasure } from "@/lib/services/data-deletion";
import { ZAccountDelete } from "@/lib/validation/privacy";

const remove = formAction(ZAccountDelete, (actor, input) => deleteOwnAccount(actor, input));

export async function deleteOwnAccountAction(previous: FormState<AccountErasure>, formData: FormData): Promise<FormState<AccountErasure>> {
  const state = await remove(previous, formData);
  if (state.status === "success") {
    // The account is gone, so the session already grants nothing; the browser drops it too.
    await clearSessionCookies();
    redirect("/deleted?what=account");
  }
  return state;
}
