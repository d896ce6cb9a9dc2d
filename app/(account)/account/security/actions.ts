"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type FormState } from "@/lib/http/action";
import { clearSessionCookies } from "@/lib/http/session-cookies";
import {
  changePassword,
  confirmTotpEnrollment,
  disableTotp,
  regenerateRecoveryCodes,
  signOutEverywhere,
  startTotpEnrollment,
} from "@/lib/services/account";
import { ZChangePassword, ZConfirmTotp, ZReauthenticate } from "@/lib/validation/account";

const PAGE = "/account/security";
// zod's own message would repeat the unknown keys whole, however long the client made them.
const ZNoInput = z.strictObject({}, { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ").slice(0, 200)}.` : undefined) });

type Codes = { recoveryCodes: string[] };

// redirect() works by throwing, and formAction reports anything thrown as an error, so the
// redirecting actions run the wrapped handler first and redirect after it returns.

const startForm = formAction(ZNoInput, async (actor) => {
  await startTotpEnrollment(actor);
  // The page draws the QR code from the stored secret, so it has to render again.
  revalidatePath(PAGE);
});

export async function startTotpEnrollmentAction(previous: FormState<void>, formData: FormData): Promise<FormState<void>> {
  return startForm(previous, formData);
}

/** No revalidation: the page must not re-render and drop the recovery codes shown this once. */
const confirmForm = formAction(ZConfirmTotp, (actor, input) => confirmTotpEnrollment(actor, input));

export async function confirmTotpEnrollmentAction(previous: FormState<Codes>, formData: FormData): Promise<FormState<Codes>> {
  return confirmForm(previous, formData);
}

const regenerateForm = formAction(ZReauthenticate, (actor, input) => regenerateRecoveryCodes(actor, input));

export async function regenerateRecoveryCodesAction(previous: FormState<Codes>, formData: FormData): Promise<FormState<Codes>> {
  return regenerateForm(previous, formData);
}

const disableForm = formAction(ZReauthenticate, (actor, input) => disableTotp(actor, input));

export async function disableTotpAction(previous: FormState<void>, formData: FormData): Promise<FormState<void>> {
  const state = await disableForm(previous, formData);
  if (state.status === "success") redirect(`${PAGE}?done=totp-off`);
  return state;
}

const changePasswordForm = formAction(ZChangePassword, (actor, input) => changePassword(actor, input));

export async function changePasswordAction(
  previous: FormState<{ sessionsEnded: boolean }>,
  formData: FormData,
): Promise<FormState<{ sessionsEnded: boolean }>> {
  const state = await changePasswordForm(previous, formData);
  if (state.status === "success" && state.data.sessionsEnded) {
    // This session ended with the others: sign in again with the new password.
    await clearSessionCookies();
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(PAGE)}&notice=password-changed`);
  }
  return state;
}

const signOutForm = formAction(ZNoInput, (actor) => signOutEverywhere(actor));

export async function signOutEverywhereAction(previous: FormState<void>, formData: FormData): Promise<FormState<void>> {
  const state = await signOutForm(previous, formData);
  if (state.status === "success") {
    await clearSessionCookies();
    redirect("/sign-in?notice=signed-out");
  }
  return state;
}
