import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { score } from "../scoring";
import type { ReviewedResult } from "../services/read-api";
import type { ResultRow } from "../services/results-table";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { toApiResult, toApiResultRow } from "./present";
import { ZApiResult, ZApiResultRow } from "./schemas";

const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS });

function reviewed(overrides: Partial<ReviewedResult> = {}): ReviewedResult {
  return {
    id: "cresult0000000000000000001",
    assessmentId: "cassess00000000000000000001",
    organizationId: "corg000000000000000000001",
    organizationName: "Northwind Bank",
    createdAt: "2026-03-01T10:00:00.000Z",
    questionnaireVersion: output.questionnaireVersion,
    modelVersion: output.modelVersion,
    answers: { ...COMPLETE_ANSWERS, skipped: undefined },
    details: { organizationName: "Northwind Bank", respondentName: "Ana", respondentRole: "cfo" },
    clientName: "Northwind Bank",
    respondentAccount: null,
    output,
    review: { status: "in_review", statusBy: { name: "Dana Whitfield", email: "dana@example.com" }, statusAt: "2026-03-02T08:00:00.000Z", override: null },
    ...overrides,
  };
}

describe("the read-only API's payloads", () => {
  it("gives a result in full, as the response schema describes it", () => {
    const body = toApiResult(reviewed());
    expect(ZApiResult.parse(body)).toEqual(body);
    expect(body).toMatchObject({ recommendation: output.recommended, respondentName: "Ana", respondentRole: "cfo", reviewStatus: "in_review", override: null });
    expect(body.drivers.length).toBe(output.drivers.length);
    expect(body.drivers[0]?.citations.length).toBeGreaterThan(0);
    expect(body.answers).not.toHaveProperty("skipped");
    expect(body).not.toHaveProperty("content");
    expect(body.robustness?.measuredLater).toBe(false);
    expect(body.robustness?.seed).toBe(output.robustness?.seed);
    const shares = body.robustness ? Object.values(body.robustness.structures).reduce((sum, entry) => sum + entry.wins, 0) : 0;
    expect(shares).toBe(body.robustness?.draws);
    expect(body.drivers.every((driver) => typeof driver.reason === "string")).toBe(true);
  });

  it("measures the robustness of a result scored by model 2026.1 with that model, and says so", () => {
    const older = { ...structuredClone(output), modelVersion: "2026.1", questionnaireVersion: "2026.1" };
    delete older.robustness;
    const body = toApiResult(reviewed({ output: older, modelVersion: "2026.1", questionnaireVersion: "2026.1" }));
    expect(ZApiResult.safeParse(body).success).toBe(true);
    expect(body.robustness).toMatchObject({ modelVersion: "2026.1", measuredLater: true });
    expect(toApiResult(reviewed({ output: { ...older, modelVersion: "2024.1" } })).robustness).toBeNull();
  });

  it("keeps the model's recommendation beside a consultant's override", () => {
    const other = output.ranking[1]!;
    const body = toApiResult(
      reviewed({
        review: {
          status: "shared",
          statusBy: { name: null, email: "lee@example.com" },
          statusAt: "2026-03-03T09:00:00.000Z",
          override: { recommendation: other, justification: "The board wants one owner.", overriddenAt: "2026-03-02T09:00:00.000Z", by: { name: "Dana Whitfield", email: "dana@example.com" } },
        },
      }),
    );
    expect(ZApiResult.safeParse(body).success).toBe(true);
    expect(body.recommendation).toBe(output.recommended);
    expect(body.recommendationInForce).toBe(other);
    expect(body).toMatchObject({ reviewStatus: "shared", reviewedBy: "lee@example.com", reviewedAt: "2026-03-03T09:00:00.000Z" });
    expect(body.override).toEqual({ recommendation: other, justification: "The board wants one owner.", overriddenAt: "2026-03-02T09:00:00.000Z", overriddenBy: "Dana Whitfield" });
  });

  it("passes only the documented fields of a table row", () => {
    const row: ResultRow & { searchText: string } = {
      id: "cresult0000000000000000001",
      organizationId: null,
      clientName: "Globex",
      respondentName: null,
      respondentRole: null,
      recommendation: "ctio",
      overrideRecommendation: null,
      confidence: "low",
      margin: 1.5,
      industry: null,
      sizeBand: "50_249",
      reviewStatus: "new",
      createdAt: "2026-03-01T10:00:00.000Z",
      searchText: "globex",
    };
    const body = toApiResultRow(row);
    expect(body).not.toHaveProperty("searchText");
    expect(ZApiResultRow.parse(body)).toEqual(body);
    expect(ZApiResultRow.safeParse(row).success).toBe(false);
  });
});
