"use client";

import { useActionState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormStatus, errorsOf } from "@/components/ui/field";
import { IDLE, type FormState } from "@/lib/http/form-state";

/**
 * The one confirmation form behind every deletion: the ids it needs as hidden fields, whatever
 * the person must type or choose (given as a function of the field errors), and a button that
 * says exactly what it deletes. On success the action redirects, so only errors come back here.
 */
export function ConfirmDeletionForm<T>({
  action,
  hidden,
  fields,
  fieldNames = [],
  submitLabel,
  pendingLabel,
}: {
  action: (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;
  hidden: Record<string, string>;
  fields?: (errors: Record<string, string>) => ReactNode;
  fieldNames?: readonly string[];
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE as FormState<T>);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields ? fields(errorsOf(state)) : null}
      <FormStatus state={state} fields={fieldNames} />
      <button type="submit" className={buttonClass("primary", "bg-danger hover:bg-danger/90")} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
