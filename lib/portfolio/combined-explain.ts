/**
 * The explanation of an organization's combined recommendation, derived from the respondents'
 * stored outputs with the same weights as the combined scores: a criterion's combined points are
 * the weighted mean of the points it gave each respondent, so over all criteria they add up to
 * the combined scores, just as one result's contributions add up to its scores. Domain output,
 * like a single result's explanation in lib/scoring: the report (lib/report) lays it out.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { joinAnd } from "../scoring/robustness-text";
import { translator } from "../i18n/translate";
import { percent } from "../report/format";
import type { OrganizationAggregate, RespondentResult } from "./aggregate";
import { criterionById } from "../scoring/criteria";
import { TIE_BREAK } from "../scoring/engine";
import { answerSummary, roundScores } from "../scoring/explain";
import { hireFirstAdvice } from "../scoring/hire-first";
import { dimensionLabelIn } from "../scoring/translations/localize";
import {
  STRUCTURE_IDS,
  type Contribution,
  type HireFirstAdvice,
  type RestructureTrigger,
  type ScoringOutput,
  type StructureId,
  type StructureScores,
} from "../scoring/types";

/** One respondent as the combination counts them. */
export interface CombinedMember {
  /** As passed to combineRespondents, names already cleaned. */
  result: RespondentResult;
  output: ScoringOutput;
  /** The name, or "Respondent 2": the same label the combined view and the agenda use. */
  label: string;
  roleLabel: string;
  weight: number;
}

export type CombinedView = NonNullable<OrganizationAggregate["combined"]>;

/** Below this, a difference in points rounds to nothing in the report, as for a single result. */
const MIN_LISTED_POINTS = 0.05;

function weighted<T extends { weight: number }>(members: readonly T[]): T[] {
  return members.filter((member) => member.weight > 0);
}

/** The combined view's words in a language (lib/i18n/messages/CombinedReport). */
export function combinedText(locale: Locale) {
  return translator(locale, "CombinedReport");
}

/** A number as the language writes it: "1.5", "1,5". */
export function numberIn(value: number, locale: Locale): string {
  return locale === "en" ? String(value) : String(value).replace(".", ",");
}

/**
 * Each counted respondent's answer to the criterion's questions, "Name: answer", respondents who
 * answered alike grouped; one answer when everyone agrees.
 */
function combinedAnswer(criterionId: string, members: readonly CombinedMember[], locale: Locale): string {
  const t = combinedText(locale);
  const criterion = criterionById(criterionId);
  const groups = new Map<string, string[]>();
  for (const member of members) {
    const own = member.output.contributions.find((item) => item.criterionId === criterionId);
    const answer = own?.answerSummary ?? (criterion ? answerSummary(criterion, member.result.answers, locale) : t("notAnswered"));
    groups.set(answer, [...(groups.get(answer) ?? []), member.label]);
  }
  const entries = [...groups];
  const [only] = entries;
  if (entries.length === 1 && only) return members.length > 1 ? t("everyRespondent", { answer: only[0] }) : only[0];
  const colon = locale === "fr" ? "\u00a0: " : ": ";
  return entries.map(([answer, names]) => `${joinAnd(names, locale)}${colon}${answer}`).join(" / ");
}

/**
 * Drivers (criteria that put the recommendation ahead of the runner-up) and counter-signals
 * (criteria that favour another structure) of the combined view, ranked on unrounded points.
 */
export function combinedContributions(
  members: readonly CombinedMember[],
  recommended: StructureId,
  runnerUp: StructureId,
  locale: Locale = DEFAULT_LOCALE,
): { drivers: Contribution[]; counterSignals: Contribution[] } {
  const counted = weighted(members);
  const totalWeight = counted.reduce((total, member) => total + member.weight, 0);
  const byCriterion = new Map<string, { base: Contribution; raw: StructureScores }>();
  for (const member of counted) {
    for (const item of member.output.contributions) {
      const entry = byCriterion.get(item.criterionId) ?? { base: item, raw: { separate: 0, ctio: 0, cdo: 0 } };
      for (const id of STRUCTURE_IDS) entry.raw[id] += (member.weight * item.points[id]) / totalWeight;
      byCriterion.set(item.criterionId, entry);
    }
  }
  const list = [...byCriterion.values()].map(({ base, raw }) => ({
    raw,
    contribution: { ...base, answerSummary: combinedAnswer(base.criterionId, counted, locale), points: roundScores(raw) },
  }));
  const others = STRUCTURE_IDS.filter((id) => id !== recommended);
  // The other structure a criterion favours most; ties go as ties go in the scores.
  const rival = (raw: StructureScores) => TIE_BREAK.filter((id) => id !== recommended).reduce((best, id) => (raw[id] > raw[best] + 1e-12 ? id : best));
  const lead = (item: (typeof list)[number]) => item.raw[recommended] - item.raw[runnerUp];
  const against = (item: (typeof list)[number]) => Math.max(...others.map((id) => item.raw[id])) - item.raw[recommended];
  // A driver is listed for what it adds to the recommendation, a counter-signal for the rival it favours.
  return {
    drivers: list
      .filter((item) => lead(item) >= MIN_LISTED_POINTS)
      .sort((a, b) => lead(b) - lead(a))
      .map((item) => ({ ...item.contribution, favours: recommended })),
    counterSignals: list
      .filter((item) => against(item) >= MIN_LISTED_POINTS)
      .sort((a, b) => against(b) - against(a))
      .map((item) => ({ ...item.contribution, favours: rival(item.raw) })),
  };
}

/** Criteria that no counted respondent's answers informed. */
export function combinedUninformed(members: readonly CombinedMember[]): string[] {
  const [first, ...rest] = weighted(members);
  if (!first) return [];
  return first.output.uninformed
    .filter((item) => rest.every((member) => member.output.uninformed.some((other) => other.criterionId === item.criterionId)))
    .map((item) => item.statement);
}

/**
 * Whom to hire first for the combined recommendation. The advice reads the roles already filled
 * and the respondents' dimensions, on which respondents may differ, so each counted respondent's
 * answers give their own advice and the advice carrying the most weight is the one shown.
 */
/** What the hire-first advice reads of a respondent; the organization's page has no stored outputs at hand. */
export type HireFirstMember = Pick<CombinedMember, "label" | "weight"> & { result: Pick<RespondentResult, "answers" | "dimensions"> };

export function combinedHireFirst(members: readonly HireFirstMember[], recommended: StructureId, locale: Locale = DEFAULT_LOCALE): HireFirstAdvice {
  const t = combinedText(locale);
  const counted = weighted(members);
  const totalWeight = counted.reduce((total, member) => total + member.weight, 0);
  const options = new Map<string, { advice: ReturnType<typeof hireFirstAdvice>; weight: number; names: string[] }>();
  for (const member of counted) {
    const advice = hireFirstAdvice(recommended, member.result.answers, member.result.dimensions, locale);
    const option = options.get(advice.title) ?? { advice, weight: 0, names: [] };
    option.weight += member.weight;
    option.names.push(member.label);
    options.set(advice.title, option);
  }
  const ranked = [...options.values()].sort((a, b) => b.weight - a.weight);
  const [chosen, ...others] = ranked;
  if (!chosen) throw new Error("No respondent carries weight, so there is no combined recommendation to advise on.");
  const agreement =
    others.length === 0
      ? counted.length > 1
        ? t("hireFirst.everyone")
        : ""
      : t("hireFirst.split", {
          percent: percent(chosen.weight / totalWeight, locale),
          others: others.map((other) => t("hireFirst.other", { names: joinAnd(other.names, locale), title: other.advice.title })).join("; "),
        });
  return { ...chosen.advice, reason: `${chosen.advice.reason}${agreement}` };
}

/** The restructuring signals, present when they show in at least one counted respondent's answers. */
export function combinedTriggers(members: readonly CombinedMember[], locale: Locale = DEFAULT_LOCALE): RestructureTrigger[] {
  const t = combinedText(locale);
  const counted = weighted(members);
  const first = counted[0];
  if (!first) return [];
  return first.output.triggers.map((trigger) => {
    const firing = counted.filter((member) => member.output.triggers.some((own) => own.id === trigger.id && own.fired));
    const firstFiring = firing[0]?.output.triggers.find((own) => own.id === trigger.id);
    const explanation = firstFiring
      ? t("triggers.present", { names: joinAnd(firing.map((member) => member.label), locale), firing: firing.length, counted: counted.length, explanation: firstFiring.explanation })
      : counted.length === 1
        ? trigger.explanation
        : t("triggers.none", { counted: counted.length });
    return { ...trigger, fired: firing.length > 0, explanation };
  });
}

/** A dimension of the combined view: null values where no counted respondent's answers informed it. */
export interface CombinedDimension {
  label: string;
  /** The weighted mean, 0-100, of the respondents whose answers informed it. */
  value: number | null;
  /** The lowest and highest respondent's value, when they differ. */
  range: { low: number; high: number } | null;
  /** The weighted mean share of the dimension the respondents' answers informed, 0-1. */
  coverage: number;
}

/** Each dimension as the weighted mean of the respondents whose answers informed it, with their range. */
export function combinedDimensions(members: readonly CombinedMember[], locale: Locale = DEFAULT_LOCALE): CombinedDimension[] {
  const counted = weighted(members);
  const first = counted[0];
  if (!first) return [];
  return first.output.dimensions.map((dimension) => {
    const readings = counted.flatMap((member) => {
      const own = member.output.dimensions.find((candidate) => candidate.id === dimension.id);
      return own ? [{ weight: member.weight, value: own.value, coverage: own.coverage }] : [];
    });
    const informed = readings.filter((reading): reading is { weight: number; value: number; coverage: number } => reading.value !== null);
    const readingWeight = readings.reduce((total, reading) => total + reading.weight, 0);
    const coverage = readingWeight > 0 ? readings.reduce((total, reading) => total + reading.weight * reading.coverage, 0) / readingWeight : 0;
    const label = locale === "en" ? dimension.label : dimensionLabelIn(dimension.id, locale);
    if (informed.length === 0) return { label, value: null, range: null, coverage };
    const informedWeight = informed.reduce((total, reading) => total + reading.weight, 0);
    const mean = informed.reduce((total, reading) => total + reading.weight * reading.value, 0) / informedWeight;
    const values = informed.map((reading) => reading.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    return { label, value: mean, range: informed.length > 1 && low !== high ? { low, high } : null, coverage };
  });
}
