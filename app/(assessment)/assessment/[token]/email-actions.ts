"use server";

import { formAction } from "@/lib/http/action";
import type { FormState } from "@/lib/http/form-state";
import { requestLocale } from "@/lib/http/locale";
import { requestClientAddress } from "@/lib/http/request-address";
import { emailMyLink } from "@/lib/services/link-email";
import { ZEmailMyLink } from "@/lib/validation/assessment";

const send = formAction(ZEmailMyLink, async (actor, input) => emailMyLink(actor, input, await requestClientAddress(), await requestLocale()));

export async function emailMyLinkAction(previous: FormState<{ email: string }>, formData: FormData): Promise<FormState<{ email: string }>> {
  return send(previous, formData);
}
