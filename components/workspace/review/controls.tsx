/**
 * A textarea and a select with an explicit id: ui/field names its ids after the field, and a
 * result's page also holds the what-if panel and other forms whose fields could share a name.
 */
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldError, FieldHelp, fieldIds } from "@/components/ui/field";

const controlClass =
  "mt-2 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger disabled:bg-canvas";

function describedBy(id: string, help?: ReactNode, error?: string): string | undefined {
  const ids = fieldIds(id);
  return [help ? ids.help : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
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
        className={`${controlClass} min-h-28`}
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
      <select {...props} id={id} name={name} className={controlClass} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, help, error)}>
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

/** Date and time in UTC, said so: reviewers in several time zones read the same trail. */
export function formatDateTime(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

export function personLabel(person: { name: string | null; email: string }): string {
  return person.name ? `${person.name} (${person.email})` : person.email;
}
