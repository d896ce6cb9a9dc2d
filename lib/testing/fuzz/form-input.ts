/**
 * Malformed server-action arguments. A browser sends FormData, but anyone can post to an action
 * with whatever its wire format carries, so besides forms with a breaking field mutation (a file
 * where text belongs, a repeated field, a refused value, a missing or unknown field) this makes
 * arguments that are not forms at all: null, text, numbers, plain objects and Maps that hold
 * valid fields.
 */
import fc from "fast-check";
import type { FieldSpec, ObjectSpec } from "./fields";
import { HUGE_NUMBERS, asUsv, hostileText, hugeText, preview } from "./hostile";
import { describeMutation, mutatedEntries, mutationPlan, type Mutation, type ValueSource } from "./mutations";

export type FormValue = { kind: "text"; text: string } | { kind: "file"; name: string; content: string } | { kind: "repeated"; texts: string[] };

const text = (value: string): FormValue => ({ kind: "text", text: value });

const fileValue = fc.tuple(hostileText, fc.string({ maxLength: 30 })).map(([name, content]): FormValue => ({ kind: "file", name, content }));

const repeatedValue = fc.array(hostileText, { minLength: 2, maxLength: 4 }).map((texts): FormValue => ({ kind: "repeated", texts }));

/**
 * How the value reaches the schema when the action reads the form faithfully: FormData holds USV
 * strings, a file stays a file, a repeated field becomes a list.
 */
function asParsed(value: FormValue): unknown {
  if (value.kind === "text") return asUsv(value.text);
  if (value.kind === "file") return new File([value.content], value.name);
  return value.texts.map(asUsv);
}

export const formValues: ValueSource<FormValue> = {
  any: fc.oneof({ arbitrary: hostileText.map(text), weight: 6 }, { arbitrary: fileValue, weight: 1 }, { arbitrary: repeatedValue, weight: 1 }),
  refusedBy: (field: FieldSpec) =>
    fc.oneof({ arbitrary: hostileText.map(text), weight: 6 }, { arbitrary: fileValue, weight: 1 }, { arbitrary: repeatedValue, weight: 1 }).filter((value) => field.refuses(asParsed(value))),
  // Next adds and strips its own $ACTION_ fields; formDataToObject drops them.
  droppedKey: (key) => key.startsWith("$ACTION"),
  // Past every form field's maximum (a note's 5,000 characters is the longest), now and then by a megabyte.
  overlong: fc.oneof({ arbitrary: fc.integer({ min: 6_000, max: 40_000 }).map((length) => "x".repeat(length)), weight: 3 }, { arbitrary: hugeText, weight: 1 }).map(text),
  huge: fc.constantFrom(...HUGE_NUMBERS).map(text),
};

export function showFormValue(value: FormValue): string {
  if (value.kind === "text") return preview(value.text);
  if (value.kind === "file") return `file named ${preview(value.name)}`;
  return `repeated [${value.texts.map((item) => preview(item, 20)).join(", ")}]`;
}

export type FormArgument =
  | { kind: "form"; entries: [string, FormValue][]; breaking: string }
  | { kind: "other"; make: () => unknown; breaking: string };

const NOT_FORMS: { label: string; make: (base: Record<string, string>) => unknown }[] = [
  { label: "null", make: () => null },
  { label: "undefined", make: () => undefined },
  { label: "a string", make: () => "organizationId=x" },
  { label: "a number", make: () => 42 },
  { label: "NaN", make: () => Number.NaN },
  { label: "a boolean", make: () => true },
  { label: "a bigint", make: () => 10n ** 30n },
  { label: "an array of the fields", make: (base) => Object.entries(base) },
  { label: "a plain object with the valid fields", make: (base) => ({ ...base }) },
  { label: "a null-prototype object with the valid fields", make: (base) => Object.assign(Object.create(null) as object, base) },
  { label: "a Map of the valid fields", make: (base) => new Map(Object.entries(base)) },
  { label: "URLSearchParams of the valid fields", make: (base) => new URLSearchParams(base) },
  { label: "an object with a fake entries()", make: (base) => ({ entries: () => Object.entries(base)[Symbol.iterator]() }) },
  { label: "a Set", make: () => new Set(["a"]) },
  { label: "a Date", make: () => new Date(Number.NaN) },
  { label: "a Blob", make: () => new Blob(["x"]) },
];

/** Malformed arguments for an action whose valid form is `base` and whose schema is `spec`. */
export function malformedForm(base: Record<string, string>, spec: ObjectSpec): fc.Arbitrary<FormArgument> {
  const mutated = mutationPlan(spec, formValues, base).map(
    (plan: Mutation<FormValue>[]): FormArgument => ({
      kind: "form",
      entries: mutatedEntries(base, [], plan, (value) => text(String(value))),
      breaking: plan.map((mutation) => describeMutation(mutation, showFormValue)).join("; "),
    }),
  );
  const other = fc.constantFrom(...NOT_FORMS).map((choice): FormArgument => ({ kind: "other", make: () => choice.make(base), breaking: `argument is ${choice.label}` }));
  return fc.oneof({ arbitrary: mutated, weight: 9 }, { arbitrary: other, weight: 1 });
}

/** The argument as the action receives it: a fresh FormData for forms. */
export function formArgumentValue(argument: FormArgument): unknown {
  if (argument.kind === "other") return argument.make();
  const form = new FormData();
  for (const [key, value] of argument.entries) {
    if (value.kind === "text") form.append(key, value.text);
    else if (value.kind === "file") form.append(key, new File([value.content], value.name));
    else for (const item of value.texts) form.append(key, item);
  }
  return form;
}

/** A form holding exactly these fields, for the valid request after a run. */
export function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}
