"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/http/action";
import { setUserDisabled } from "@/lib/services/admin-users";
import { issuePasswordResetLink, type ResetDelivery } from "@/lib/services/password-reset";
import { ZIssueReset, ZSetUserDisabled } from "@/lib/validation/account";
import { deleteUserAsAdmin, type AccountErasure } from "@/lib/services/data-deletion";
import { ZUserDelete } from "@/lib/validation/privacy";

type Disabled = { id: string; email: string; disabled: boolean };

const setDisabledForm = formAction(ZSetUserDisabled, async (actor, input) => {
  const outcome = await setUserDisabled(actor, input);
  // The table shows each account's state; draw it again from the database.
  revalidatePath("/admin/users");
  return outcome;
});

export async function setUserDisabledAction(previous: FormState<Disabled>, formData: FormData): Promise<FormState<Disabled>> {
  return setDisabledForm(previous, formData);
}

/** No revalidation: the link is in this form's state, shown once, and must survive until read. */
const issueResetForm = formAction(ZIssueReset, async (actor, input) => issuePasswordResetLink(actor, input));

export async function issuePasswordResetLinkAction(previous: FormState<ResetDelivery>, formData: FormData): Promise<FormState<ResetDelivery>> {
  return issueResetForm(previous, formData);
}

const deleteUserForm = formAction(ZUserDelete, (actor, input) => deleteUserAsAdmin(actor, input));

export async function deleteUserAction(previous: FormState<AccountErasure>, formData: FormData): Promise<FormState<AccountErasure>> {
  const state = await deleteUserForm(previous, formData);
  if (state.status === "success") {
    revalidatePath("/admin/users");
    redirect("/admin/users?deleted=account");
  }
  return state;
}
