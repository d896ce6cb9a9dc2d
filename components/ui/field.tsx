/**
 * The field kit: every form control, labelled, naming its help and error with aria-describedby
 * and marking itself invalid, so screen readers hear what sighted users see; and the form's live
 * status region. A control's id is its name unless given: a page with two forms that share a
 * field name (the security page's "password" and "code", a result's what-if panel beside the
 * review forms) gives each its own id.
 */
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { FormState } from "@/lib/http/form-state";

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
  "mt-2 block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger disabled:bg-canvas [&[readonly]]:bg-canvas";

interface FieldProps {
  name: string;
  /** Defaults to the name. */
  id?: string;
  label: string;
  help?: ReactNode;
  error?: string;
}

/** Label, help, the control, error: the frame every single control shares. */
function Labelled({ id, label, help, error, children }: { id: string; label: string; help?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldHelp name={id}>{help}</FieldHelp>
      {children}
      <FieldError name={id} error={error} />
    </div>
  );
}

function controlProps(id: string, name: string, help?: ReactNode, error?: string) {
  return { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, help, error) } as const;
}

export function TextField({ name, id = name, label, help, error, ...props }: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  return (
    <Labelled id={id} label={label} help={help} error={error}>
      <input {...props} {...controlProps(id, name, help, error)} className={inputClass} />
    </Labelled>
  );
}

export function TextArea({ name, id = name, label, help, error, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return (
    <Labelled id={id} label={label} help={help} error={error}>
      <textarea {...props} {...controlProps(id, name, help, error)} className={`${inputClass} min-h-28`} />
    </Labelled>
  );
}

/** With a placeholder, the first option is an empty choice that reads as the placeholder. */
export function SelectField({
  name,
  id = name,
  label,
  help,
  error,
  options,
  placeholder,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & FieldProps & { options: readonly { id: string; label: string }[]; placeholder?: string }) {
  return (
    <Labelled id={id} label={label} help={help} error={error}>
      <select {...props} {...controlProps(id, name, help, error)} className={inputClass}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function Checkbox({ name, id = name, label, help }: { name: string; id?: string; label: string; help?: ReactNode }) {
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

/**
 * When visible fields carry their own errors the region points to them rather than repeating
 * one (a service's message often is the field's message). An error for a field the form does
 * not show (a hidden id) is spelled out instead.
 */
function errorSummary(state: Extract<FormState<unknown>, { status: "error" }>, fields: readonly string[], checkFields: (count: number) => string): string {
  const entries = Object.entries(state.fieldErrors);
  const hidden = entries.find(([key]) => !fields.includes(key));
  if (hidden) return hidden[1];
  if (entries.length === 0) return state.message;
  return checkFields(entries.length);
}

/**
 * The form's live region. It is always in the page, empty until there is news, because screen
 * readers only announce changes to a region that already exists. `fields` names the inputs
 * that show their own errors.
 */
export function FormStatus({ state, success, fields = [] }: { state: FormState<unknown>; success?: string; fields?: readonly string[] }) {
  const t = useTranslations("Ui");
  const text = state.status === "error" ? errorSummary(state, fields, (count) => t("checkFields", { count })) : state.status === "success" ? (success ?? state.message ?? "") : "";
  const tone = state.status === "error" ? "border-danger/40 bg-danger-soft" : "border-ok/30 bg-ok-soft";
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {text ? <p className={`rounded-md border px-4 py-3 text-ink ${tone}`}>{text}</p> : null}
    </div>
  );
}

/** Field errors by name, empty unless the last submission failed. */
export function errorsOf(state: FormState<unknown>): Record<string, string> {
  return state.status === "error" ? state.fieldErrors : {};
}
