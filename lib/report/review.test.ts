/** The consultants' judgment in every view of a result: draft or reviewed, and an override with the model's answer beside it. */
import { describe, expect, it } from "vitest";
import { STRUCTURES } from "../scoring/structures";
import { STRUCTURE_IDS, type StructureId } from "../scoring/types";
import { archetypeReport, overriddenReview } from "../testing/report-fixtures";
import { renderReportMarkdown } from "./markdown";
import { recommendedLabel } from "./model";
import { reportReview, respondentNextStep, type ResultReview } from "./review";

const context = { reviewed: true, consultantFirmName: "Example Advisory" };
const base: ResultReview = { status: "new", statusBy: null, statusAt: null, override: null };

function other(than: StructureId): StructureId {
  return STRUCTURE_IDS.find((id) => id !== than)!;
}

describe("the review a report states", () => {
  it("says nothing for a result outside any organization, which no consultant reviews", () => {
    expect(reportReview(base, "separate", { reviewed: false, consultantFirmName: null })).toEqual({ state: "not_reviewed", badge: null, statusLine: null, override: null });
  });

  it("marks a result in review as a draft that may still change, naming who reviews it", () => {
    const review = reportReview({ ...base, status: "in_review", statusBy: { name: "Lee Park", email: "lee@example.com" }, statusAt: "2026-03-13T16:00:00.000Z" }, "separate", context);
    expect(review.state).toBe("draft");
    expect(review.badge).toBe("Draft");
    expect(review.statusLine).toBe("Draft: in review by Lee Park (Example Advisory) since 13 March 2026. The recommendation may still change.");
  });

  it("says by whom and when a shared result was reviewed, with the email when no name was given", () => {
    const review = reportReview({ ...base, status: "shared", statusBy: { name: null, email: "lee@example.com" }, statusAt: "2026-03-13T16:00:00.000Z" }, "separate", context);
    expect(review).toMatchObject({ state: "reviewed", badge: "Reviewed", statusLine: "Reviewed by lee@example.com (Example Advisory) on 13 March 2026." });
  });

  it("names the firm's consultants when the reviewer's account is gone", () => {
    expect(reportReview({ ...base, status: "shared" }, "ctio", context).statusLine).toBe("Reviewed by the consultants of Example Advisory.");
  });

  it("puts a consultant's recommendation first, with the model's, the reason and the byline", () => {
    const review = reportReview(overriddenReview("ctio"), "separate", context);
    expect(review.override).toEqual({
      recommended: "ctio",
      recommendation: STRUCTURES.ctio.name,
      modelRecommended: "separate",
      modelRecommendation: STRUCTURES.separate.name,
      justification: overriddenReview("ctio").override!.justification,
      byline: "Dana Whitfield, 13 March 2026",
      sentence: `Dana Whitfield recommends ${STRUCTURES.ctio.name} in place of the model's ${STRUCTURES.separate.name}: ${overriddenReview("ctio").override!.justification}`,
    });
  });

  it("tells the respondent what happens next at each status", () => {
    expect(respondentNextStep("new", true)).toMatch(/not started reviewing/);
    expect(respondentNextStep("in_review", true)).toMatch(/may still change/);
    expect(respondentNextStep("shared", true)).toMatch(/final/);
    expect(respondentNextStep("new", false)).toMatch(/Only you/);
  });
});

describe("a report of an overridden result", () => {
  const plain = archetypeReport("regional_bank");
  const model = plain.cover.recommended;
  const consultant = other(model);
  const report = archetypeReport("regional_bank", { review: overriddenReview(consultant) });

  it("headlines the consultant's recommendation and keeps the model's beside it", () => {
    expect(report.cover.recommended).toBe(consultant);
    expect(report.cover.recommendation).toBe(STRUCTURES[consultant].name);
    expect(report.cover.recommendationDescription).toBe(STRUCTURES[consultant].description);
    expect(recommendedLabel(report.cover, report.labels)).toBe("Recommended on a consultant's review");
    expect(report.cover.review.override?.modelRecommendation).toBe(STRUCTURES[model].name);
    expect(report.meta.subject).toContain(`the model recommends ${STRUCTURES[model].name}`);
  });

  it("leads the summary with the consultant's recommendation and reason, then the model's analysis as the model's", () => {
    expect(report.summary[0]).toContain(`Recommended structure for Regional bank: ${STRUCTURES[consultant].name}, on a consultant's review.`);
    expect(report.summary[0]).toContain("two strong peers");
    expect(report.summary[1]).toContain(`The scoring model alone recommends ${STRUCTURES[model].name}.`);
  });

  it("keeps the scores and drivers as the model computed them, marked as the model's", () => {
    expect(report.scores).toEqual(plain.scores);
    expect(report.drivers.items).toEqual(plain.drivers.items);
    expect(report.drivers.lead).toMatch(/^The scoring model's case: the criteria that put /);
  });

  it("describes who owns what, how the leaders work and whom to hire for the structure in force", () => {
    const adopted = archetypeReport("regional_bank", { review: overriddenReview(consultant) });
    expect(adopted.ownership).not.toEqual(plain.ownership);
    expect(adopted.mechanisms).not.toEqual(plain.mechanisms);
    expect(adopted.summary.some((paragraph) => paragraph.includes(adopted.leadership.hireFirst.title))).toBe(true);
    expect(adopted.structureChart.recommendedName).toBe(STRUCTURES[consultant].name);
    expect(plain.structureChart.recommendedName).toBe(STRUCTURES[model].name);
  });

  it("says so in Markdown: headline, the model's recommendation, the reason, and who reviewed it", () => {
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain(`**Recommended on a consultant's review: ${STRUCTURES[consultant].name}** (the scoring model recommends ${STRUCTURES[model].name}`);
    expect(markdown).toContain("Why, in the consultant's words (Dana Whitfield, 13 March 2026)");
    expect(markdown).toContain("**Reviewed.** Reviewed by Lee Park (Example Advisory) on 13 March 2026.");
    expect(markdown).toContain(`${STRUCTURES[model].name} (the model's recommendation)`);
  });

  it("marks a report of a result still in review as a draft", () => {
    const draft = archetypeReport("regional_bank", { review: overriddenReview(consultant, "in_review") });
    expect(draft.cover.review.badge).toBe("Draft");
    expect(renderReportMarkdown(draft)).toContain("**Draft.** Draft: in review by Lee Park");
  });
});
