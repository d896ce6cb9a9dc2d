/**
 * The wrapper every server action goes through: it reads the actor, validates the input with
 * a strict zod schema and turns expected errors into a form state. Unexpected errors are
 * logged and reported generically, never with internals.
 */
import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { logger, withRequestId } from "../log/logger";
import { REQUEST_ID_HEADER, requestIdFrom } from "../log/request-id";
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableReason } from "../database/unavailable";
import { DomainError } from "../errors";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { localizeServerMessage } from "../i18n/server-messages";
import { quotedOptionLabel } from "../questionnaire/localize";
import { errorLocale } from "./locale";

import type { FormState } from "./form-state";

export { IDLE, type FormState } from "./form-state";

/**
 * FormData to a plain object; repeated keys become arrays, and Next's own $ACTION fields are dropped.
 * The argument comes from the client, which can send an action any value it can serialize, so
 * anything but FormData is refused. A file stays a file, which a text field's schema refuses, and
 * keys are defined rather than assigned, so "__proto__" or "constructor" is a field the schema
 * refuses instead of a change to the object's prototype.
 */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  if (!(formData instanceof FormData)) {
    throw new DomainError("invalid", "invalid_form", "The form could not be read. Reload the page and try again.");
  }
  const fields = new Map<string, FormDataEntryValue | FormDataEntryValue[]>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = fields.get(key);
    fields.set(key, existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]);
  }
  return Object.fromEntries(fields);
}

/** A form's error state in the reader's language (the messages are written in English; lib/i18n/server-messages.ts translates them). */
function failed(message: string, fieldErrors: Record<string, string>, locale: Locale): FormState<never> {
  const translated = Object.fromEntries(Object.entries(fieldErrors).map(([field, text]) => [field, localizeServerMessage(text, locale, quotedOptionLabel)]));
  return { status: "error", message: localizeServerMessage(message, locale, quotedOptionLabel), fieldErrors: translated };
}

export function errorState(error: unknown, locale: Locale = DEFAULT_LOCALE): FormState<never> {
  if (error instanceof DomainError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path || "form"] ??= issue.message;
    return failed(error.message, fieldErrors, locale);
  }
  const unavailable = databaseUnavailableReason(error);
  if (unavailable) {
    logger.warn({ reason: unavailable }, "database unavailable");
    return failed(DATABASE_UNAVAILABLE_MESSAGE, {}, locale);
  }
  logger.error({ err: error }, "unhandled action error");
  return failed("Something went wrong on our side. Nothing was changed; try again.", {}, locale);
}

/** The id proxy.ts gave this request; outside a request (tests, scripts) a new one. */
async function actionRequestId(): Promise<string> {
  try {
    return requestIdFrom((await headers()).get(REQUEST_ID_HEADER));
  } catch {
    return requestIdFrom(null);
  }
}

export function formAction<S extends z.ZodType, T>(schema: S, handler: (actor: Actor, input: z.infer<S>) => Promise<T>) {
  return async (_previous: FormState<T>, formData: FormData): Promise<FormState<T>> => {
    try {
      const actor = await getActor();
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "form"] ??= issue.message;
        return failed("Please check the highlighted fields.", fieldErrors, await errorLocale());
      }
      return { status: "success", data: await handler(actor, parsed.data) };
    } catch (error) {
      // The request id is looked up only here, where a line may be logged.
      const locale = await errorLocale();
      return withRequestId(await actionRequestId(), () => errorState(error, locale));
    }
  };
}
