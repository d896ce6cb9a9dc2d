/** The personal-data map must place every field of every model, so nothing new escapes deletion or export unnoticed. */
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { PERSONAL_DATA } from "./personal-data";

const models = Object.values(Prisma.ModelName) as string[];

function scalarFieldsOf(model: string): string[] {
  const fields = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
  if (!fields) throw new Error(`No scalar field list for ${model} in the generated client.`);
  return Object.values(fields).sort();
}

describe("personal-data map", () => {
  it("lists exactly the models in the schema", () => {
    expect(Object.keys(PERSONAL_DATA).sort()).toEqual([...models].sort());
  });

  it.each(models)("%s: every field is placed as personal or not, once", (model) => {
    const policy = PERSONAL_DATA[model as keyof typeof PERSONAL_DATA];
    const placed = [...policy.personal, ...policy.other];
    expect(new Set(placed).size, "a field is listed twice").toBe(placed.length);
    expect([...placed].sort()).toEqual(scalarFieldsOf(model));
  });

  it("marks a model untouched only when it holds nothing personal", () => {
    for (const [model, policy] of Object.entries(PERSONAL_DATA)) {
      if (policy.onAccountDeletion === "untouched") expect(policy.personal, model).toEqual([]);
      else expect(policy.personal.length, model).toBeGreaterThan(0);
    }
  });
});
