/**
 * Form primitives. Each control is labelled, names its help and error with
 * aria-describedby, and marks itself invalid, so screen readers hear what sighted users see.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

export function fieldIds(name: string) {
  return { help: `${name}-help`, error: `${name}-error` };
}

function describedBy(name: string, help?: ReactNode, error?: string): string | undefined {
  const ids = fieldIds(name);
  return [help ? ids.help : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
}

export function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={fieldIds(name).error} className="mt-2 text-sm font-medium text-danger">
      {error}
    </p>
  );
}

export function FieldHelp({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={fieldIds(name).help} className="mt-1 text-sm text-muted">
      {children}
    </div>
  );
}

const inputClass =
  "mt-2 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger disabled:bg-canvas";

export function TextField({
  name,
  label,
  help,
  error,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; help?: ReactNode; error?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <FieldHelp name={name}>{help}</FieldHelp>
      <input
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, help, error)}
        {...props}
      />
      <FieldError name={name} error={error} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  help,
  error,
  options,
  placeholder,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  help?: ReactNode;
  error?: string;
  options: readonly { id: string; label: string }[];
  placeholder: string;
}) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <FieldHelp name={name}>{help}</FieldHelp>
      <select
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, help, error)}
        {...props}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}

/** A group of radios or checkboxes: the question is the legend. */
export function ChoiceGroup({
  name,
  legend,
  help,
  error,
  children,
}: {
  name: string;
  legend: ReactNode;
  help?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset aria-describedby={describedBy(name, help, error)}>
      <legend className="text-base font-semibold">{legend}</legend>
      <FieldHelp name={name}>{help}</FieldHelp>
      <div className="mt-3 grid gap-2">{children}</div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

export function ChoiceOption({
  type,
  name,
  value,
  checked,
  onChange,
  label,
}: {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}) {
  const id = `${name}-${value}`;
  return (
    <label
      htmlFor={id}
      className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-md border px-3 py-2 ${
        checked ? "border-brand bg-brand-soft" : "border-line bg-white hover:border-brand/50"
      }`}
    >
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 accent-brand"
      />
      <span>{label}</span>
    </label>
  );
}
