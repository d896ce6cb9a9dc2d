/**
 * The organization's combined view in German and French: every word the combination writes (its
 * rule, the confidence rule and reason, "Respondent 2", role and structure names) is in the
 * reader's language, with the same numbers and the same people as in English, and the page that
 * renders it keeps no English of its own.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { CombinedView } from "@/components/workspace/aggregate/combined-view";
import { sameAsEnglishIn } from "../i18n/glossary";
import type { Locale } from "../i18n/locales";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { CASE_LIBRARY } from "../scoring/case-library";
import { winConditions } from "../scoring/robustness-text";
import { score } from "../scoring/score";
import { renderStatic } from "../testing/render-static";
import { readRoleWeights } from "../validation/aggregation";
import { combineRespondents, type OrganizationAggregate, type RespondentResult } from "./aggregate";

function scored(id: string, name: string | null, role: string | null, profileId: string, day: number): RespondentResult {
  const answers = CASE_LIBRARY.find((profile) => profile.id === profileId)?.answers ?? {};
  const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers });
  return {
    resultId: id,
    name,
    role,
    submittedAt: new Date(Date.UTC(2026, 1, day)).toISOString(),
    recommended: output.recommended,
    override: id === "r3" ? "ctio" : null,
    scores: output.scores,
    answers,
    dimensions: output.dimensions,
    modelVersion: output.modelVersion,
  };
}

/** Two unnamed respondents and one without a role, so the view names them itself. */
const TEAM = [
  scored("r1", null, "ceo", "regional_bank", 1),
  scored("r2", null, "cfo", "seed_saas", 2),
  scored("r3", "Chloé Martin", "technology_executive", "hospital_network", 3),
  scored("r4", "Dmitri Volkov", null, "stable_insurer", 4),
];
const WEIGHTS = readRoleWeights({ ceo: 2, cfo: 1.5 });
/** Respondents scored with a model no server knows: the reason for a combination that cannot be re-measured. */
const UNMEASURED = TEAM.map((respondent) => ({ ...respondent, modelVersion: "synthetic" }));

/** Every text the combination writes, by where it sits, so a failure names the place. */
function writtenTexts(aggregate: OrganizationAggregate): Map<string, string> {
  const texts = new Map<string, string>([["rule", aggregate.rule]]);
  const { combined } = aggregate;
  if (combined) {
    texts.set("combined.recommendationName", combined.recommendationName);
    texts.set("combined.confidence.rule", combined.confidence.rule);
    texts.set("combined.confidence.reason", combined.confidence.reason);
  }
  aggregate.respondents.forEach((respondent, index) => {
    texts.set(`respondents.${index}.label`, respondent.label);
    texts.set(`respondents.${index}.roleLabel`, respondent.roleLabel);
    texts.set(`respondents.${index}.recommendedName`, respondent.recommendedName);
    if (respondent.overrideName) texts.set(`respondents.${index}.overrideName`, respondent.overrideName);
  });
  aggregate.weights.forEach((row) => texts.set(`weights.${row.roleId}`, row.label));
  return texts;
}

/** The numbers and ids of a combination: what must not change with the language. */
function figures(aggregate: OrganizationAggregate) {
  const { combined } = aggregate;
  return {
    totalWeight: aggregate.totalWeight,
    combined: combined && { scores: combined.scores, ranking: combined.ranking, lead: combined.lead, agreement: combined.agreement, level: combined.confidence.level },
    respondents: aggregate.respondents.map(({ resultId, role, weight, recommended, scores, agrees }) => ({ resultId, role, weight, recommended, scores, agrees })),
    weights: aggregate.weights.map(({ roleId, weight, respondents }) => ({ roleId, weight, respondents })),
  };
}

const names = TEAM.flatMap((respondent) => (respondent.name ? [respondent.name] : []));

/** English texts a translated combination still holds, outside names and the glossary's shared terms. */
function leftInEnglish(english: OrganizationAggregate, translated: OrganizationAggregate, locale: Locale): [string, string][] {
  const written = writtenTexts(translated);
  expect([...written.keys()]).toEqual([...writtenTexts(english).keys()]);
  return [...writtenTexts(english)].filter(([where, text]) => written.get(where) === text && !names.includes(text) && !sameAsEnglishIn(locale).includes(text));
}

/** Text as React writes it into markup. */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("an organization's combined view in German and French", () => {
  const english = combineRespondents(TEAM, WEIGHTS);
  const unmeasured = combineRespondents(UNMEASURED, WEIGHTS);

  it("measures the combination, and names the unnamed and the roleless, in English too", () => {
    expect(english.combined?.robustness).not.toBeNull();
    expect(unmeasured.combined?.robustness).toBeNull();
    expect(english.respondents.map((respondent) => respondent.label)).toEqual(["Respondent 1", "Respondent 2", "Chloé Martin", "Dmitri Volkov"]);
    expect(english.respondents[3]?.roleLabel).toBe("Role not given");
  });

  it.each(["de", "fr"] as const)("writes every word of the combination in the language, with the same numbers (%s)", (locale) => {
    const translated = combineRespondents(TEAM, WEIGHTS, { locale });
    expect(leftInEnglish(english, translated, locale)).toEqual([]);
    expect(figures(translated)).toEqual(figures(english));
    const withoutRobustness = combineRespondents(UNMEASURED, WEIGHTS, { locale });
    expect(leftInEnglish(unmeasured, withoutRobustness, locale)).toEqual([]);
    expect(figures(withoutRobustness)).toEqual(figures(unmeasured));
  });

  it.each([
    ["de", "Befragte Person 2", "Rolle nicht angegeben", "10.000"],
    ["fr", "Répondant 2", "Rôle non indiqué", "10\u202f000"],
  ] as const)("names respondents and roles and writes shares and counts as the language does (%s)", (locale, second, noRole, draws) => {
    const translated = combineRespondents(TEAM, WEIGHTS, { locale });
    expect(translated.respondents[1]?.label).toBe(second);
    expect(translated.respondents[3]?.roleLabel).toBe(noRole);
    expect(translated.weights.find((row) => row.roleId === "unspecified")?.label).toBe(noRole);
    const { confidence, agreement } = translated.combined ?? { confidence: { rule: "", reason: "" }, agreement: { weightShare: 0 } };
    expect(confidence.rule).toContain("80\u00a0%");
    expect(confidence.rule).toContain(draws);
    expect(confidence.reason).toContain(`${Math.round(agreement.weightShare * 100)}\u00a0%`);
    expect(confidence.reason).toContain(draws);
  });

  it.each(["de", "fr"] as const)("renders on the page without English of its own (%s)", (locale) => {
    const translated = combineRespondents(TEAM, WEIGHTS, { locale });
    const markup = renderStatic(createElement(CombinedView, { aggregate: translated, respondentTotal: TEAM.length, respondentLimit: 200 }), locale);
    const englishMarkup = renderStatic(createElement(CombinedView, { aggregate: english, respondentTotal: TEAM.length, respondentLimit: 200 }));
    // The weights table is the settings page's form; everything else the combination writes is on this page.
    const shown = (texts: Map<string, string>) => [...texts].filter(([where]) => !where.startsWith("weights.")).map(([, text]) => text);
    for (const text of shown(writtenTexts(translated))) expect(markup).toContain(escaped(text));
    const robustness = english.combined?.robustness;
    const sentences = robustness ? english.combined?.ranking.slice(0, 2).map((id) => winConditions(robustness, id)) : [];
    const englishOnly = [...shown(writtenTexts(english)), ...(sentences ?? [])].filter(
      (text): text is string => text !== null && /\p{L}/u.test(text) && !names.includes(text) && !sameAsEnglishIn(locale).includes(text),
    );
    expect(englishOnly.filter((text) => markup.includes(escaped(text)))).toEqual([]);
    // Scores and the CFO's weight in the reader's format: a decimal comma where English has a point.
    expect(englishMarkup).toContain(">1.5<");
    expect(markup).toContain(">1,5<");
    expect(englishMarkup).toMatch(/>\d+\.\d</);
    expect(markup).not.toMatch(/>\d+\.\d</);
  });
});
