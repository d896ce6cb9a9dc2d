/**
 * Form pieces with an explicit id. ui/TextField uses the field's name as its id, and the security
 * page (several forms with a "password" or "code" field) and a result's page (the what-if panel
 * beside the review forms) hold fields that share a name; otherwise these match ui/field: a
 * label, help and error linked with aria-describedby.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldError, FieldHelp, fieldIds } from "@/components/ui/field";
import type { FormState } from "@/lib/http/form-state";

const inputClass =
  "mt-2 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger disabled:bg-canvas";

function describedBy(id: string, help?: ReactNode, error?: string): string | undefined {
  const ids = fieldIds(id);
  return [help ? ids.help : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
}

export function Field({
  id,
  name,
  label,
  help,
  error,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; name: string; label: string; help?: ReactNode; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldHelp name={id}>{help}</FieldHelp>
      <input
        {...props}
        id={id}
        name={name}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, help, error)}
      />
      <FieldError name={id} error={error} />
    </div>
  );
}

export function TextArea({
  id,
  name,
  label,
  help,
  error,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; name: string; label: string; help?: ReactNode; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldHelp name={id}>{help}</FieldHelp>
      <textarea
        {...props}
        id={id}
        name={name}
        className={`${inputClass} min-h-28`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, help, error)}
      />
      <FieldError name={id} error={error} />
    </div>
  );
}

export function Select({
  id,
  name,
  label,
  help,
  error,
  options,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { id: string; name: string; label: string; help?: ReactNode; error?: string; options: readonly { id: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldHelp name={id}>{help}</FieldHelp>
      <select {...props} id={id} name={name} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, help, error)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={id} error={error} />
    </div>
  );
}

export function Checkbox({ id, name, label, help }: { id: string; name: string; label: string; help?: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-white px-3 py-2 hover:border-brand/50">
        <input id={id} type="checkbox" name={name} className="size-4 accent-brand" aria-describedby={help ? fieldIds(id).help : undefined} />
        <span className="font-medium">{label}</span>
      </label>
      <FieldHelp name={id}>{help}</FieldHelp>
    </div>
  );
}

/**
 * When visible fields carry their own errors the region points to them rather than repeating
 * one (a service's message often is the field's message). An error for a field the form does
 * not show (a hidden id) is spelled out instead.
 */
function errorSummary(state: Extract<FormState<unknown>, { status: "error" }>, fields: readonly string[]): string {
  const entries = Object.entries(state.fieldErrors);
  const hidden = entries.find(([key]) => !fields.includes(key));
  if (hidden) return hidden[1];
  if (entries.length === 0) return state.message;
  return entries.length === 1 ? "Check the highlighted field." : "Check the highlighted fields.";
}

/**
 * The form's live region. It is always in the page, empty until there is news, because screen
 * readers only announce changes to a region that already exists. `fields` names the inputs
 * that show their own errors.
 */
export function FormStatus({ state, success, fields = [] }: { state: FormState<unknown>; success?: string; fields?: readonly string[] }) {
  const text = state.status === "error" ? errorSummary(state, fields) : state.status === "success" ? (success ?? state.message ?? "") : "";
  const tone = state.status === "error" ? "border-danger/40 bg-danger-soft" : "border-ok/30 bg-ok-soft";
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {text ? <p className={`rounded-md border px-4 py-3 text-ink ${tone}`}>{text}</p> : null}
    </div>
  );
}

/**
 * A collapsed section for a less common task. It opens itself once its form has an outcome: after
 * a form post without JavaScript the page is drawn afresh, and an error inside a closed section
 * would go unseen.
 */
export function Disclosure({ summary, open, children }: { summary: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="rounded-md border border-line" open={open || undefined}>
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-brand">{summary}</summary>
      <div className="border-t border-line p-4">{children}</div>
    </details>
  );
}

/** Field errors by name, empty unless the last submission failed. */
export function errorsOf(state: FormState<unknown>): Record<string, string> {
  return state.status === "error" ? state.fieldErrors : {};
}
