import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { score } from "../scoring";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { readStoredResult, type StoredResultRow } from "./read-model";

const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS });

function row(overrides: Partial<StoredResultRow> = {}): StoredResultRow {
  return {
    id: "cresult0000000000000000001",
    createdAt: new Date("2026-03-01T10:00:00.000Z"),
    questionnaireVersion: output.questionnaireVersion,
    modelVersion: output.modelVersion,
    answers: JSON.parse(JSON.stringify(COMPLETE_ANSWERS)),
    output: JSON.parse(JSON.stringify(output)),
    organizationName: "Typed by the respondent",
    respondentName: "Ana",
    respondentRole: "cfo",
    clientName: "Northwind Bank",
    reviewStatus: "in_review",
    reviewStatusAt: null,
    reviewStatusBy: null,
    overrideRecommendation: null,
    overrideJustification: null,
    overriddenAt: null,
    overriddenBy: null,
    assessment: { id: "cassess00000000000000000001", organizationId: "corg000000000000000000001", organization: { name: "Northwind Bank" }, user: null },
    ...overrides,
  };
}

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("the stored result's read model", () => {
  it("reads a result of the current model as it was scored, with its organization's current name and its review", () => {
    const result = readStoredResult(
      row({
        reviewStatusAt: new Date("2026-03-03T08:00:00.000Z"),
        reviewStatusBy: { name: "Lee Park", email: "lee@example.com" },
        overrideRecommendation: output.ranking[1]!,
        overrideJustification: "One owner.",
        overriddenAt: new Date("2026-03-02T09:00:00.000Z"),
        overriddenBy: { name: null, email: "dana@example.com" },
      }),
    );
    expect(result.output).toEqual(output);
    expect(result.answers).toEqual(COMPLETE_ANSWERS);
    expect(result.details).toEqual({ organizationName: "Northwind Bank", respondentName: "Ana", respondentRole: "cfo" });
    expect(result.review).toEqual({
      status: "in_review",
      statusBy: { name: "Lee Park", email: "lee@example.com" },
      statusAt: "2026-03-03T08:00:00.000Z",
      override: { recommendation: output.ranking[1], justification: "One owner.", overriddenAt: "2026-03-02T09:00:00.000Z", by: { name: null, email: "dana@example.com" } },
    });
  });

  it("reads a model 2026.1 output, which has no reasons, robustness or settling points", () => {
    const older = JSON.parse(JSON.stringify({ ...output, modelVersion: "2026.1", questionnaireVersion: "2026.1" }));
    delete older.robustness;
    delete older.settlingPoints;
    for (const list of [older.contributions, older.drivers, older.counterSignals]) for (const item of list) delete item.reason;
    const result = readStoredResult(row({ output: older, modelVersion: "2026.1", questionnaireVersion: "2026.1" }));
    expect(result.output.robustness).toBeUndefined();
    expect(result.output.drivers[0]?.reason).toBeUndefined();
    expect(result.output.modelVersion).toBe("2026.1");
  });

  it("refuses an output that no longer parses with an error that names the result and the field", () => {
    const broken = { ...JSON.parse(JSON.stringify(output)), recommended: "cio_only" };
    const error = refusal(() => readStoredResult(row({ output: broken })));
    expect(error).toMatchObject({ kind: "unreadable", code: "stored_result_unreadable" });
    expect(error.message).toContain("cresult0000000000000000001");
    expect(error.message).toContain("output.recommended");
    expect(refusal(() => readStoredResult(row({ answers: ["not", "answers"] }))).message).toContain("answers");
    expect(refusal(() => readStoredResult(row({ reviewStatus: "archived" }))).message).toContain("reviewStatus");
  });
});
