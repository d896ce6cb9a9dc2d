import { describe, expect, it } from "vitest";
import { PERSONAL_DATA } from "../privacy/personal-data";
import { MESSAGES } from "./messages";

describe("the privacy page's records", () => {
  it("name every kind of record personal-data.ts lists, so a new model cannot appear on the page without its words", () => {
    expect(Object.keys(MESSAGES.en.Privacy.records).sort()).toEqual(Object.keys(PERSONAL_DATA).sort());
  });

  it("say in English exactly what personal-data.ts says", () => {
    for (const [model, policy] of Object.entries(PERSONAL_DATA)) {
      expect(MESSAGES.en.Privacy.records[model as keyof typeof PERSONAL_DATA]).toEqual({ label: policy.label, how: policy.how });
    }
  });
});
