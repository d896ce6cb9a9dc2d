/**
 * Mutations of an input object, generic over how a value travels (JSON text, a form field, a query
 * parameter). A breaking mutation is one the endpoint must refuse: a required field left out, a
 * field set to a value its own schema refuses, an unknown key in a strict object, or, whatever the
 * schema says, text longer or a number larger than any field may hold (issue #7: every field has
 * a maximum, so a schema that lost one is caught here too). Noise mutations may or may not be
 * valid; they ride along to vary what the validator sees.
 */
import fc from "fast-check";
import type { FieldSpec, ObjectSpec } from "./fields";
import { hostileKey } from "./hostile";

export type Mutation<V> =
  | { op: "drop"; path: string[]; field: string }
  | { op: "set"; path: string[]; field: string; value: V }
  | { op: "extra"; path: string[]; field: string; value: V };

export interface ValueSource<V> {
  /** Any value at all, for noise and for the values of unknown keys. */
  any: fc.Arbitrary<V>;
  /** A value `field`'s own schema refuses. */
  refusedBy(field: FieldSpec): fc.Arbitrary<V>;
  /** Keys the transport drops before validation (Next's $ACTION fields), so they cannot break anything. */
  droppedKey?(key: string): boolean;
  /** Text longer than any field of this transport may be: refused in every field that holds text. */
  overlong: fc.Arbitrary<V>;
  /** A number beyond any field's range (1e308, 2^53 + 1): refused in every field that holds a number. */
  huge: fc.Arbitrary<V>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Whether the field holds a number: its valid value is one (or the text of one) and the field
 * refuses a word. A code or a name made of digits is text, and gets overlong text instead.
 */
const holdsNumber = (field: FieldSpec, value: unknown) =>
  (typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))) && field.refuses("word");

function unknownKey(spec: ObjectSpec, source: ValueSource<unknown>): fc.Arbitrary<string> {
  const names = new Set(spec.fields.map((field) => field.name));
  return hostileKey.filter((key) => !names.has(key) && !(source.droppedKey?.(key) ?? false));
}

/**
 * One mutation the endpoint must refuse, anywhere in the object or the objects nested in it.
 * `base` is the valid input: its values tell which fields hold text and which numbers.
 */
export function breakingMutation<V>(spec: ObjectSpec, source: ValueSource<V>, base: Record<string, unknown>, path: string[] = []): fc.Arbitrary<Mutation<V>> {
  const options: fc.Arbitrary<Mutation<V>>[] = [];
  const required = spec.fields.filter((field) => field.required);
  if (required.length > 0) {
    options.push(fc.constantFrom(...required).map((field): Mutation<V> => ({ op: "drop", path, field: field.name })));
  }
  for (const field of spec.fields) {
    const set = (value: V): Mutation<V> => ({ op: "set", path, field: field.name, value });
    options.push(source.refusedBy(field).map(set));
    const valid = base[field.name];
    if (holdsNumber(field, valid)) options.push(source.huge.map(set));
    else if (typeof valid === "string") options.push(source.overlong.map(set));
  }
  if (spec.strict) {
    options.push(
      fc.tuple(unknownKey(spec, source as ValueSource<unknown>), source.any).map(([field, value]): Mutation<V> => ({ op: "extra", path, field, value })),
    );
  }
  for (const [name, nested] of Object.entries(spec.nested)) {
    const inner = base[name];
    options.push(breakingMutation(nested, source, isPlainObject(inner) ? inner : {}, [...path, name]));
  }
  if (options.length === 0) throw new Error(`Nothing at ${path.join(".") || "the top level"} can be broken`);
  return fc.oneof(...options);
}

/**
 * Mutations that may leave the input valid: any field set to anything, an optional one left out.
 * Objects with a spec of their own are only changed inside, so noise cannot replace or remove the
 * object a breaking mutation is aimed into.
 */
function noiseOptions<V>(spec: ObjectSpec, source: ValueSource<V>, path: string[] = []): fc.Arbitrary<Mutation<V>>[] {
  const options: fc.Arbitrary<Mutation<V>>[] = [];
  const leaves = spec.fields.filter((field) => !(field.name in spec.nested));
  if (leaves.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...leaves), source.any).map(([field, value]): Mutation<V> => ({ op: "set", path, field: field.name, value })));
  }
  const optional = leaves.filter((field) => !field.required);
  if (optional.length > 0) options.push(fc.constantFrom(...optional).map((field): Mutation<V> => ({ op: "drop", path, field: field.name })));
  for (const [name, nested] of Object.entries(spec.nested)) options.push(...noiseOptions(nested, source, [...path, name]));
  return options;
}

/**
 * Up to `maxNoise` noise mutations, then one breaking mutation, applied in that order so the
 * breaking one is never undone.
 */
export function mutationPlan<V>(spec: ObjectSpec, source: ValueSource<V>, base: Record<string, unknown>, maxNoise = 3): fc.Arbitrary<Mutation<V>[]> {
  const options = noiseOptions(spec, source);
  const noise = options.length > 0 ? fc.array(fc.oneof(...options), { maxLength: maxNoise }) : fc.constant([]);
  return fc.tuple(noise, breakingMutation(spec, source, base)).map(([before, breaking]) => [...before, breaking]);
}

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((part, index) => part === b[index]);

/**
 * The entries of a plain object after the mutations aimed at `path`, in order: the object's own
 * entries first (each value handed to `encode` with its path), then the unknown keys added.
 */
export function mutatedEntries<V>(
  value: Record<string, unknown>,
  path: string[],
  mutations: Mutation<V>[],
  encode: (value: unknown, path: string[]) => V,
): [string, V][] {
  const entries = new Map<string, V>();
  const extras: [string, V][] = [];
  for (const [key, inner] of Object.entries(value)) entries.set(key, encode(inner, [...path, key]));
  for (const mutation of mutations) {
    if (!samePath(mutation.path, path)) continue;
    if (mutation.op === "drop") entries.delete(mutation.field);
    else if (mutation.op === "set") entries.set(mutation.field, mutation.value);
    else extras.push([mutation.field, mutation.value]);
  }
  return [...entries, ...extras];
}

export function describeMutation<V>(mutation: Mutation<V>, show: (value: V) => string): string {
  const where = [...mutation.path, mutation.field].join(".") || "(empty key)";
  if (mutation.op === "drop") return `without ${where}`;
  return `${mutation.op === "set" ? "set" : "unknown key"} ${where} = ${show(mutation.value)}`;
}
