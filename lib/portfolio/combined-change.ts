/**
 * What would change an organization's combined recommendation. The combined scores are a
 * weighted mean of the respondents' scores, so three things can move them: one respondent's
 * answers, the weight of a role, or leaving a respondent out. Each candidate is tried through
 * combineRespondents itself, so a change listed here is one the combined view would really show.
 * Domain output, like a single result's tipping points in lib/scoring: the report lays it out.
 */
import type { Locale } from "../i18n/locales";
import { joinAnd } from "../scoring/robustness-text";
import { answerLabel } from "../questionnaire/labels";
import { questionnaireIn } from "../questionnaire/localize";
import { allQuestions } from "../questionnaire/skip";
import { structuresIn } from "../scoring/translations/localize";
import type { AnswerChange, StructureId, StructureScores, TippingPoint } from "../scoring/types";
import { ROLE_WEIGHT, weightedRoleOf, type RoleWeights } from "../validation/aggregation";
import { combineRespondents, type RespondentResult } from "./aggregate";
import { combinedText, numberIn, type CombinedMember, type CombinedView } from "./combined-explain";

/** One change that tips the combination: what changes, and the combined scores it would give. */
export interface CombinedTippingPoint {
  headline: string;
  changes: { question: string; from: string; to: string }[];
  newScores: StructureScores;
}

/** Enough of each kind to act on without burying the smallest. */
const PER_KIND = 3;

function flipped(results: RespondentResult[], weights: RoleWeights, current: StructureId): CombinedView | null {
  const { combined } = combineRespondents(results, weights, { robustness: false });
  return combined && combined.recommendation !== current ? combined : null;
}

function becomes(combined: CombinedView, locale: Locale): string {
  return combinedText(locale)("change.becomes", { structure: structuresIn(locale)[combined.recommendation].name });
}

/** A respondent's stored answer change in the report's language: the question and answers by id, the stored English where the question is gone. */
function changeWords(change: AnswerChange, locale: Locale): { question: string; from: string; to: string } {
  const question = locale === "en" ? undefined : allQuestions(questionnaireIn(locale)).find((candidate) => candidate.id === change.questionId);
  if (!question) return { question: change.questionLabel, from: change.fromLabel, to: change.toLabel };
  return { question: question.label, from: answerLabel(question, change.from, locale), to: answerLabel(question, change.to, locale) };
}

/**
 * Each respondent's own smallest answer changes (from their stored what-would-change search),
 * kept when they would also tip the combination. Changes that move a respondent's scores without
 * changing their own recommendation are not searched, so this can miss a combination's tipping point.
 */
function answerChanges(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId, locale: Locale): CombinedTippingPoint[] {
  const found = members.flatMap((member) => {
    if (member.weight === 0) return [];
    for (const point of member.output.tippingPoints) {
      const changed = (other: CombinedMember): RespondentResult =>
        other === member ? { ...other.result, scores: point.newScores, recommended: point.newRecommendation } : other.result;
      const combined = flipped(members.map(changed), weights, current);
      if (combined) return [{ point, member, combined }];
    }
    return [];
  });
  return found
    .sort((a, b) => a.point.size - b.point.size)
    .slice(0, PER_KIND)
    .map(({ point, member, combined }) => answerPoint(point, member, combined, locale));
}

function answerPoint(point: TippingPoint, member: CombinedMember, combined: CombinedView, locale: Locale): CombinedTippingPoint {
  const colon = locale === "fr" ? "\u00a0: " : ": ";
  return {
    headline: combinedText(locale)("change.answers", { name: member.label, count: point.changes.length, becomes: becomes(combined, locale) }),
    changes: point.changes.map((change) => {
      const words = changeWords(change, locale);
      return { question: `${member.label}${colon}${words.question}`, from: words.from, to: words.to };
    }),
    newScores: combined.scores,
  };
}

function candidateWeights(current: number): number[] {
  const steps: number[] = [];
  for (let weight = ROLE_WEIGHT.min; weight <= ROLE_WEIGHT.max; weight += ROLE_WEIGHT.step) if (weight !== current) steps.push(weight);
  return steps.sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
}

/** For each role a respondent holds, the nearest other weight that would tip the combination. */
function weightChanges(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId, locale: Locale): CombinedTippingPoint[] {
  const t = combinedText(locale);
  const roles = new Map<string, CombinedMember[]>();
  for (const member of members) {
    const role = weightedRoleOf(member.result.role);
    roles.set(role, [...(roles.get(role) ?? []), member]);
  }
  const results = members.map((member) => member.result);
  const found = [...roles].flatMap(([role, holders]) => {
    const from = weights[role] ?? ROLE_WEIGHT.default;
    for (const to of candidateWeights(from)) {
      const combined = flipped(results, { ...weights, [role]: to }, current);
      if (combined) return [{ from, to, holders, combined }];
    }
    return [];
  });
  return found
    .sort((a, b) => Math.abs(a.to - a.from) - Math.abs(b.to - b.from))
    .slice(0, PER_KIND)
    .map(({ from, to, holders, combined }) => {
      const roleLabel = holders[0]?.roleLabel ?? "";
      return {
        headline: t("change.weight", { to: numberIn(to, locale), from: numberIn(from, locale), role: roleLabel, becomes: becomes(combined, locale) }),
        changes: [
          {
            question: t("change.weightQuestion", { role: roleLabel, names: joinAnd(holders.map((holder) => holder.label), locale) }),
            from: numberIn(from, locale),
            to: numberIn(to, locale),
          },
        ],
        newScores: combined.scores,
      };
    });
}

/**
 * Respondents whose absence alone would tip the combination. One who is alone in their role is
 * covered by that role's weight already (a weight of 0 leaves them out), so only respondents who
 * share a counted role with someone else are tried.
 */
function leaveOneOut(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId, locale: Locale): CombinedTippingPoint[] {
  const t = combinedText(locale);
  const counted = members.filter((member) => member.weight > 0);
  return counted
    .filter((member) => counted.some((other) => other !== member && weightedRoleOf(other.result.role) === weightedRoleOf(member.result.role)))
    .flatMap((member) => {
      const combined = flipped(members.filter((other) => other !== member).map((other) => other.result), weights, current);
      return combined
        ? [
            {
              headline: t("change.without", { name: member.label, becomes: becomes(combined, locale) }),
              changes: [{ question: `${member.label} (${member.roleLabel})`, from: t("change.counted"), to: t("change.leftOut") }],
              newScores: combined.scores,
            },
          ]
        : [];
    })
    .slice(0, PER_KIND);
}

export function combinedTippingPoints(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId, locale: Locale = "en"): CombinedTippingPoint[] {
  return [...answerChanges(members, weights, current, locale), ...weightChanges(members, weights, current, locale), ...leaveOneOut(members, weights, current, locale)];
}
