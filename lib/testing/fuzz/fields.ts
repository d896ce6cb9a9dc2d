/**
 * The fields of a real zod object schema, as the fuzz suite needs them: which are required, and
 * whether the schema refuses a value for one field on its own. Mutations built from these hit the
 * fields an endpoint really has, and a mutation counts as breaking only when the field's own
 * schema refuses it.
 */
import { z } from "zod";

export interface FieldSpec {
  name: string;
  /** Leaving it out is refused. */
  required: boolean;
  /** The field's schema refuses this value, whatever the other fields hold. */
  refuses(value: unknown): boolean;
}

export interface ObjectSpec {
  fields: FieldSpec[];
  /** Unknown keys are refused (z.strictObject). */
  strict: boolean;
  /** Fields that hold objects of their own, fuzzed one level down. */
  nested: Record<string, ObjectSpec>;
}

function fieldOf(name: string, schema: z.ZodType): FieldSpec {
  return { name, required: !schema.safeParse(undefined).success, refuses: (value) => !schema.safeParse(value).success };
}

export function objectSpecOf(schema: z.ZodType, nested: Record<string, ObjectSpec> = {}): ObjectSpec {
  if (!(schema instanceof z.ZodObject)) throw new Error("The fuzz suite reads fields from object schemas only");
  const catchall = (schema.def as { catchall?: z.ZodType }).catchall;
  return {
    fields: Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => fieldOf(name, field)),
    strict: catchall?.def.type === "never",
    nested,
  };
}

/** A spec written by hand, for inputs that are not one zod object (the questionnaire's answers). */
export function specOf(fields: FieldSpec[], strict: boolean): ObjectSpec {
  return { fields, strict, nested: {} };
}
