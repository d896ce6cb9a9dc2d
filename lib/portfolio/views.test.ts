/** The markup of the organization view, the portfolio charts and the peer benchmark: accessible structure, escaped names. */
import { createElement } from "react";
import { renderStatic } from "../testing/render-static";
import { describe, expect, it } from "vitest";
import { CombinedView, CompareRespondentsLink } from "@/components/workspace/aggregate/combined-view";
import { DisagreementAgendaView } from "@/components/workspace/aggregate/disagreement-agenda";
import { DistributionCharts } from "@/components/workspace/charts/distribution-charts";
import { PeerBenchmark } from "@/components/workspace/peer-benchmark";
import { score } from "../scoring";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { readRoleWeights } from "../validation/aggregation";
import { combineRespondents, type RespondentResult } from "./aggregate";
import { disagreementAgenda } from "./disagreement";
import { portfolioDistribution } from "./distribution";
import { peerBenchmarkRuleIn, peerBenchmark, type DimensionValues } from "./peer-benchmark";

const HOSTILE = '<script>alert("x")</script>';

function respondent(id: string, name: string | null, role: string, answers: TAnswers): RespondentResult {
  const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers });
  return { resultId: id, name, role, submittedAt: "2026-02-01T10:00:00.000Z", recommended: output.recommended, scores: output.scores, answers, dimensions: output.dimensions, modelVersion: output.modelVersion };
}

const TEAM = [
  respondent("r1", HOSTILE, "ceo", COMPLETE_ANSWERS),
  respondent("r2", "Ben", "cfo", { ...COMPLETE_ANSWERS, speed_vs_stability: 5, employees: 30, stage: "startup" }),
];

const render = (element: Parameters<typeof renderStatic>[0]) => renderStatic(element);

/** Text as React writes it into markup. */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("the organization view", () => {
  it("prints the rule, the combined recommendation and each respondent, escaping their names", () => {
    const aggregate = combineRespondents(TEAM, readRoleWeights({ cfo: 2 }));
    const markup = render(createElement(CombinedView, { aggregate, respondentTotal: 2, respondentLimit: 200 }));
    expect(markup).toContain(escaped(aggregate.rule));
    expect(markup).toContain(aggregate.combined?.recommendationName ?? "missing");
    expect(markup).toContain('href="/workspace/results/r1"');
    expect(markup).not.toContain("<script>");
    expect(markup).toContain("&lt;script&gt;");
    expect(markup).toMatch(/<caption[^>]*>Each respondent/);
    expect(markup).toContain('<th scope="row"');
  });

  it("says when nothing can be combined, and when the view is capped", () => {
    const nobody = combineRespondents(TEAM, readRoleWeights({ ceo: 0, cfo: 0 }));
    const capped = render(createElement(CombinedView, { aggregate: nobody, respondentTotal: 250, respondentLimit: 200 }));
    expect(capped).toContain("250 people have submitted results");
    expect(capped).toContain("Nothing to combine");
    expect(render(createElement(CombinedView, { aggregate: combineRespondents([], readRoleWeights(null)), respondentTotal: 0, respondentLimit: 200 }))).toContain("No respondent has submitted");
  });

  it("links to the comparison of every respondent's result, from two respondents on", () => {
    const aggregate = combineRespondents(TEAM, readRoleWeights(null));
    expect(render(createElement(CompareRespondentsLink, { aggregate }))).toContain('href="/workspace/compare?ids=r1,r2"');
    expect(render(createElement(CompareRespondentsLink, { aggregate: combineRespondents(TEAM.slice(0, 1), readRoleWeights(null)) }))).toBe("");
  });

  it("lists the agenda in ranked order with each respondent's answer and why it matters", () => {
    const agenda = disagreementAgenda(TEAM);
    const markup = render(createElement(DisagreementAgendaView, { agenda }));
    const positions = agenda.questions.map((item) => markup.indexOf(escaped(item.label)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(markup).toContain("Why it matters");
    expect(markup).toContain(escaped(agenda.rule.questions));
    expect(markup).not.toContain("<script>");
  });
});

describe("the portfolio charts", () => {
  const distribution = portfolioDistribution(
    [
      { organizationId: "o1", recommendation: "ctio", count: 2 },
      { organizationId: "o2", recommendation: "separate", count: 1 },
      { organizationId: "o2", recommendation: "cdo", count: 1 },
    ],
    [
      { id: "o1", sizeBand: "1_49", industry: "software" },
      { id: "o2", sizeBand: "5000_plus", industry: "software" },
    ],
  );

  it("draws each chart as a labelled image with a text summary, a key and a table of the same figures", () => {
    const markup = render(createElement(DistributionCharts, { distribution }));
    expect(markup.match(/role="img"/g)).toHaveLength(2);
    expect(markup).toContain('aria-labelledby="by-size-title by-size-desc"');
    expect(markup).toContain("1 to 49 employees: 1 organization (Combined CTIO 1).");
    expect(markup).toContain("5,000 employees or more: 1 organization (No majority 1).");
    expect(markup.match(/<table/g)).toHaveLength(2);
    expect(markup).toContain('<th scope="row" class="py-1.5 pr-4 font-normal">Software and internet</th>');
    // Series differ by pattern as well as colour.
    expect(markup).toContain('id="by-size-series-1"');
    expect(markup).toContain("<path");
  });
});

describe("the peer benchmark", () => {
  const group = { sizeBand: "250_999", sizeBandLabel: "250 to 999 employees", industry: "energy", industryLabel: "Energy and utilities" };
  const values = (scale: number) => ({ scale, governance: null, internal_estate: null, product_intensity: null, innovation_horizon: null, speed_priority: null, cross_cutting: null, misalignment: null }) as DimensionValues;

  it("explains why it is hidden", () => {
    const markup = render(createElement(PeerBenchmark, { data: { group, benchmark: peerBenchmark(values(40), [values(10)]) } }));
    expect(markup).toContain("Fewer than five comparable organizations");
    expect(markup).toContain("Energy and utilities, 250 to 999 employees");
    expect(markup).toContain(escaped(peerBenchmarkRuleIn("en")));
    expect(markup).not.toContain('role="img"');
  });

  it("marks this organization among five peers, with the numbers as a table", () => {
    const markup = render(createElement(PeerBenchmark, { data: { group, benchmark: peerBenchmark(values(35), [10, 20, 30, 40, 50].map(values)) } }));
    expect(markup).toContain('role="img"');
    expect(markup).toContain("Scale and maturity: peers from 10 to 50, middle half 20 to 40, median 30; this organization 35.0, percentile 60.");
    expect(markup).toContain("Too few peers on this dimension");
    expect(markup).toMatch(/<th scope="col"[^>]*>Median<\/th>/);
  });
});
