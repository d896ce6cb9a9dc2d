"use server";

import { errorState, formDataToObject } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { errorLocale } from "@/lib/http/locale";
import { requestClientAddress } from "@/lib/http/request-address";
import { signUp } from "@/lib/services/sign-up";

/** Creates the account; the form then signs in with the same credentials through next-auth. */
export async function signUpAction(_previous: FormState<{ email: string }>, formData: FormData): Promise<FormState<{ email: string }>> {
  try {
    const { email } = await signUp(formDataToObject(formData), await requestClientAddress());
    return { status: "success", data: { email } };
  } catch (error) {
    return errorState(error, await errorLocale());
  }
}
