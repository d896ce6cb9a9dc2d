/**
 * The view model every view of a result renders: the lead-points rule is worked out once here,
 * and the result page, the print page and the Markdown say the same titles and sentences.
 */
import { createElement } from "react";
import { renderStatic } from "../testing/render-static";
import { describe, expect, it } from "vitest";
import { ResultView } from "@/components/result/result-view";
import { ReportView } from "@/components/report/report-view";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES } from "../scoring/archetypes";
import { score } from "../scoring/score";
import { STRUCTURES } from "../scoring/structures";
import type { Contribution, ScoringOutput } from "../scoring/types";
import { buildResultReport, contributions } from "./build-report";
import { renderReportMarkdown } from "./markdown";
import { type ReportModel } from "./model";
import { FIXED_DATE } from "../testing/report-fixtures";

function scored(id: string): { report: ReportModel; output: ScoringOutput; answers: (typeof ARCHETYPES)[number]["answers"] } {
  const archetype = ARCHETYPES.find((item) => item.id === id);
  if (!archetype) throw new Error(`No archetype ${id}`);
  const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers });
  const report = buildResultReport({
    resultId: `result-${id}`,
    submittedAt: "2026-03-12T10:00:00.000Z",
    output,
    answers: archetype.answers,
    organizationName: archetype.name,
    respondentName: null,
    respondentRole: null,
    consultantFirmName: null,
    generatedAt: FIXED_DATE,
  });
  return { report, output, answers: archetype.answers };
}

function contribution(points: Contribution["points"], favours: Contribution["favours"]): Contribution {
  const base = ARCHETYPES.map((item) => score({ questionnaireVersion: QUESTIONNAIRE.version, answers: item.answers })).flatMap((output) => output.contributions)[0];
  if (!base) throw new Error("No contribution to start from");
  return { ...base, criterionId: "c1", points, favours };
}

const resultPage = ({ report, output, answers }: ReturnType<typeof scored>) =>
  renderStatic(createElement(ResultView, { report, output, answers, questionnaire: QUESTIONNAIRE, heading: null }));

/** Text as React escapes it into markup. */
const escaped = (text: string) => text.replaceAll("&", "&amp;").replaceAll("'", "&#x27;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

describe("the lead-points rule", () => {
  it("credits a driver with what it adds to the recommendation's lead over the compared structure, even when a third structure gains more", () => {
    const block = contributions([contribution({ separate: 4, ctio: 1, cdo: 9 }, "cdo")], "ctio", "lead", "empty", "separate");
    expect(block.items[0]?.lead).toBe(`+3.0 for ${STRUCTURES.separate.name}`);
    expect(block.items[0]?.criterionId).toBe("c1");
  });

  it("credits a counter-signal to the structure it favours, and shows a lead that rounds to nothing as under 0.1", () => {
    expect(contributions([contribution({ separate: 1, ctio: 3.5, cdo: 0 }, "ctio")], "separate", "lead", "empty").items[0]?.lead).toBe(`+2.5 for ${STRUCTURES.ctio.name}`);
    expect(contributions([contribution({ separate: 1, ctio: 1.01, cdo: 0 }, "ctio")], "separate", "lead", "empty").items[0]?.lead).toBe(`+<0.1 for ${STRUCTURES.ctio.name}`);
  });

  it.each(ARCHETYPES.map((item) => item.id))("gives %s's drivers their points over the runner-up, in the stored order", (id) => {
    const { report, output } = scored(id);
    const runnerUp = output.ranking[1] ?? output.recommended;
    expect(report.drivers.items.map((item) => item.criterionId)).toEqual(output.drivers.map((item) => item.criterionId));
    for (const [index, item] of report.drivers.items.entries()) {
      const driver = output.drivers[index]!;
      expect(item.lead).toMatch(new RegExp(` for ${STRUCTURES[output.recommended].name}$`));
      expect(item.lead.startsWith("+")).toBe(true);
      if (driver.points[output.recommended] - driver.points[runnerUp] >= 0.05) expect(item.lead).toContain((driver.points[output.recommended] - driver.points[runnerUp]).toFixed(1));
    }
  });
});

describe("every view of a result renders the same view model", () => {
  it.each(ARCHETYPES.map((item) => item.id))("the result page of %s shows the report's titles, lead sentences and points", (id) => {
    const view = scored(id);
    const { report } = view;
    const page = resultPage(view);
    const print = renderStatic(createElement(ReportView, { report }));
    const markdown = renderReportMarkdown(report);
    for (const section of ["drivers", "counter", "change", "ownership", "mechanisms", "kpis", "leadership", "revisit"] as const) {
      expect(page).toContain(escaped(report.labels.sections[section]));
      expect(print).toContain(escaped(report.labels.sections[section]));
      expect(markdown).toContain(`## ${report.labels.sections[section]}`);
    }
    for (const block of [report.drivers, report.counter]) {
      expect(page).toContain(escaped(block.items.length > 0 ? block.lead : block.emptyText));
      for (const item of block.items) {
        expect(page).toContain(escaped(item.lead));
        expect(print).toContain(escaped(item.lead));
      }
    }
    expect(page).toContain(escaped(report.change.lead));
    // Said with its reasons in the leadership section (and named in the printed and Markdown summaries); the org chart marks the first hire on its box and does not repeat the advice.
    const times = (text: string, part: string) => text.split(part).length - 1;
    expect(times(page, report.labels.headings.hireFirst)).toBe(1);
    expect(times(print, report.labels.headings.hireFirst)).toBe(2);
    expect(times(markdown, report.labels.headings.hireFirst)).toBe(2);
    expect(page).toContain(escaped(report.leadership.hireFirst.title));
    if (report.change.eitherWay) {
      expect(page).toContain(report.labels.headings.eitherWay);
      expect(print).toContain(report.labels.headings.eitherWay);
      for (const direction of report.change.eitherWay.directions) expect(page).toContain(escaped(direction.title));
    }
    if (report.change.uninformed.length > 0) {
      for (const text of [report.labels.headings.uninformed, report.labels.uninformedLead]) {
        expect(page).toContain(text);
        expect(print).toContain(text);
        expect(markdown).toContain(text);
      }
    }
  });

  it("shows the signals present now under the same labels and explanations as the report's revisit section", () => {
    const fired = ARCHETYPES.map((item) => scored(item.id)).find((view) => view.report.revisit.signals.some((signal) => signal.fired));
    expect(fired, "an archetype with a signal present").toBeDefined();
    const page = resultPage(fired!);
    expect(page).toContain(fired!.report.labels.headings.firedSignals);
    for (const signal of fired!.report.revisit.signals.filter((item) => item.fired)) expect(page).toContain(escaped(signal.explanation));
  });
});
