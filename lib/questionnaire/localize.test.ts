import { describe, expect, it } from "vitest";
import { questionnaireIn, quotedOptionLabel } from "./localize";

describe("an option's label quoted in a server message", () => {
  it("is the questionnaire's own translation of that option", () => {
    const german = questionnaireIn("de").sections.flatMap((section) => section.questions).find((question) => question.id === "frameworks");
    const none = german && (german.type === "multi" || german.type === "single") ? german.options.find((option) => option.id === "none")?.label : undefined;
    expect(none).toBeDefined();
    expect(quotedOptionLabel("None of these", "de")).toBe(none);
    expect(quotedOptionLabel("None of these", "fr")).not.toBe("None of these");
  });

  it("is undefined for words no option has", () => {
    expect(quotedOptionLabel("Something else entirely", "de")).toBeUndefined();
  });
});
