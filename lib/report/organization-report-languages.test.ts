/**
 * The organization's combined report in German and French: every sentence, title and label the
 * combined report writes itself differs from the English report's, so no English is left in them.
 * Names, numbers, ids and the glossary's shared terms may read the same in every language.
 */
import { describe, expect, it } from "vitest";
import { sameAsEnglishIn } from "../i18n/glossary";
import type { Locale } from "../i18n/locales";
import { organizationReportInput } from "../testing/report-fixtures";
import { buildOrganizationReport } from "./build-organization-report";
import type { ReportModel } from "./model";

/** Every text the combined report writes itself, by where it sits, so a failure names the place. */
function writtenTexts(report: ReportModel): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (where: string, text: string | null | undefined) => {
    if (text) texts.set(where, text);
  };
  add("meta.title", report.meta.title);
  add("meta.subject", report.meta.subject);
  report.meta.keywords.forEach((keyword, index) => add(`meta.keywords.${index}`, keyword));
  report.cover.respondents.forEach((respondent, index) => {
    add(`cover.respondents.${index}.name`, respondent.name);
    add(`cover.respondents.${index}.role`, respondent.role);
  });
  add("cover.recommendation", report.cover.recommendation);
  add("cover.recommendationDescription", report.cover.recommendationDescription);
  add("cover.confidenceLabel", report.cover.confidenceLabel);
  add("cover.dateLabel", report.cover.dateLabel);
  add("cover.modelNote", report.cover.modelNote);
  report.summary.forEach((paragraph, index) => add(`summary.${index}`, paragraph));
  add("scores.caption", report.scores.caption);
  add("scores.confidenceRule", report.scores.confidenceRule);
  report.scores.bars.forEach((bar) => add(`scores.bars.${bar.structure}`, bar.name));
  add("scores.robustness.title", report.scores.robustness?.title);
  add("scores.robustness.caption", report.scores.robustness?.caption);
  report.scores.robustness?.bars.forEach((bar) => add(`scores.robustness.bars.${bar.structure}`, bar.name));
  report.scores.robustness?.conditions.forEach((condition, index) => add(`scores.robustness.conditions.${index}`, condition));
  for (const block of ["drivers", "counter"] as const) {
    add(`${block}.lead`, report[block].lead);
    add(`${block}.emptyText`, report[block].emptyText);
    add(`${block}.answerLabel`, report[block].answerLabel);
    add(`${block}.note`, report[block].note);
    report[block].items.forEach((item, index) => {
      add(`${block}.items.${index}.statement`, item.statement);
      add(`${block}.items.${index}.reason`, item.reason);
      add(`${block}.items.${index}.lead`, item.lead);
    });
  }
  add("leadership.hireFirst.title", report.leadership.hireFirst.title);
  add("leadership.hireFirst.reason", report.leadership.hireFirst.reason);
  report.revisit.signals.forEach((signal, index) => add(`revisit.signals.${index}`, `${signal.label} ${signal.explanation}`));
  add("structureChart.lead", report.structureChart.lead);
  report.structureChart.description.forEach((line, index) => add(`structureChart.description.${index}`, line));
  add("transition.lead", report.transition.lead);
  report.transition.steps.forEach((step, index) => add(`transition.steps.${index}`, `${step.title} ${step.detail}`));
  add("change.lead", report.change.lead);
  add("change.emptyText", report.change.emptyText);
  report.change.tippingPoints.forEach((point, index) => {
    add(`change.tippingPoints.${index}.headline`, point.headline);
    add(`change.tippingPoints.${index}.newScores`, point.newScores);
  });
  add("disagreements.lead", report.disagreements?.lead);
  add("disagreements.emptyText", report.disagreements?.emptyText);
  report.disagreements?.items.forEach((item, index) => {
    add(`disagreements.${index}.question`, item.question);
    add(`disagreements.${index}.summary`, item.summary);
  });
  report.methodology.paragraphs.forEach((paragraph, index) => add(`methodology.paragraphs.${index}`, paragraph));
  report.methodology.structures.forEach((structure, index) => add(`methodology.structures.${index}`, `${structure.name} ${structure.description}`));
  report.answers.forEach((group, index) =>
    group.sections.forEach((section, sectionIndex) => {
      add(`answers.${index}.${sectionIndex}.title`, section.title);
      section.items.forEach((item, itemIndex) => add(`answers.${index}.${sectionIndex}.${itemIndex}.question`, item.question));
    }),
  );
  report.sources.forEach((source) => add(`sources.${source.id}.contributes`, source.contributes));
  add("methodology.confidenceRule", report.methodology.confidenceRule);
  report.methodology.dimensions.forEach((dimension, index) => {
    add(`methodology.dimensions.${index}.label`, dimension.label);
    add(`methodology.dimensions.${index}.value`, dimension.value);
  });
  report.answers.forEach((group, index) => add(`answers.${index}.respondent`, group.respondent));
  report.ownership.forEach((row, index) => add(`ownership.${index}`, `${row.area} ${row.owner} ${row.note}`));
  report.mechanisms.forEach((mechanism, index) => add(`mechanisms.${index}`, `${mechanism.name} ${mechanism.description}`));
  report.leadership.profile.forEach((line, index) => add(`leadership.profile.${index}`, line));
  report.revisit.points.forEach((point, index) => add(`revisit.points.${index}`, point.text));
  add("revisit.signalsNow", report.revisit.signalsNow);
  return texts;
}

/** A text that may read the same in both languages: no letters at all, a respondent's name, or a shared term. */
function mayMatch(text: string, locale: Locale, names: readonly string[]): boolean {
  return !/\p{L}/u.test(text) || names.includes(text) || sameAsEnglishIn(locale).includes(text);
}

/** Two respondents without a name and one without a role, so the report names them itself. */
function unnamedInput() {
  const input = organizationReportInput(5);
  return { ...input, respondents: input.respondents.map((respondent, index) => (index < 2 ? { ...respondent, name: null } : index === 4 ? { ...respondent, role: null } : respondent)) };
}

describe("an organization's combined report in German and French", () => {
  const input = unnamedInput();
  const english = writtenTexts(buildOrganizationReport(input));
  const names = input.respondents.flatMap((respondent) => (respondent.name ? [respondent.name] : []));

  it.each(["de", "fr"] as const)("leaves no English in the texts it writes (%s)", (locale) => {
    const report = buildOrganizationReport({ ...input, locale });
    const translated = writtenTexts(report);
    expect(report.locale).toBe(locale);
    expect([...translated.keys()]).toEqual([...english.keys()]);
    const left = [...english].filter(([where, text]) => translated.get(where) === text && !mayMatch(text, locale, names));
    expect(left).toEqual([]);
  });

  it.each([
    ["de", "Befragte Person 2", "Rolle nicht angegeben", "80\u00a0%", "10.000"],
    ["fr", "Répondant 2", "Rôle non indiqué", "80\u00a0%", "10\u202f000"],
  ] as const)("names respondents and roles, and writes the combination's numbers, as the language does (%s)", (locale, second, noRole, share, draws) => {
    const report = buildOrganizationReport({ ...input, locale });
    expect(report.cover.respondents[1]?.name).toBe(second);
    expect(report.answers[1]?.respondent).toMatch(new RegExp(`^${second} `));
    expect(report.answers[4]?.respondent).toContain(noRole);
    expect(report.scores.confidenceRule).toContain(share);
    expect(report.scores.confidenceRule).toContain(draws);
    // Still the one combination: the same person second, the same scores.
    const english = buildOrganizationReport(input);
    expect(report.cover.respondents.map((respondent) => respondent.resultId)).toEqual(english.cover.respondents.map((respondent) => respondent.resultId));
    expect(report.scores.bars.map((bar) => [bar.structure, bar.score])).toEqual(english.scores.bars.map((bar) => [bar.structure, bar.score]));
  });

  it("still writes the English report by default", () => {
    expect(writtenTexts(buildOrganizationReport({ ...input, locale: "en" }))).toEqual(english);
  });
});
