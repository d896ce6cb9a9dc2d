/**
 * What would change an organization's combined recommendation. The combined scores are a
 * weighted mean of the respondents' scores, so three things can move them: one respondent's
 * answers, the weight of a role, or leaving a respondent out. Each candidate is tried through
 * combineRespondents itself, so a change listed here is one the combined view would really show.
 * Domain output, like a single result's tipping points in lib/scoring: the report lays it out.
 */
import type { StructureId, StructureScores, TippingPoint } from "../scoring/types";
import { ROLE_WEIGHT, weightedRoleOf, type RoleWeights } from "../validation/aggregation";
import { combineRespondents, type RespondentResult } from "./aggregate";
import { joinNames, type CombinedMember, type CombinedView } from "./combined-explain";

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

function becomes(combined: CombinedView): string {
  return `the combined recommendation would become ${combined.recommendationName}`;
}

/**
 * Each respondent's own smallest answer changes (from their stored what-would-change search),
 * kept when they would also tip the combination. Changes that move a respondent's scores without
 * changing their own recommendation are not searched, so this can miss a combination's tipping point.
 */
function answerChanges(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId): CombinedTippingPoint[] {
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
    .map(({ point, member, combined }) => answerPoint(point, member, combined));
}

function answerPoint(point: TippingPoint, member: CombinedMember, combined: CombinedView): CombinedTippingPoint {
  const count = point.changes.length === 1 ? "one answer" : "two answers";
  return {
    headline: `If ${member.label} changed ${count}, ${becomes(combined)}.`,
    changes: point.changes.map((change) => ({ question: `${member.label}: ${change.questionLabel}`, from: change.fromLabel, to: change.toLabel })),
    newScores: combined.scores,
  };
}

function candidateWeights(current: number): number[] {
  const steps: number[] = [];
  for (let weight = ROLE_WEIGHT.min; weight <= ROLE_WEIGHT.max; weight += ROLE_WEIGHT.step) if (weight !== current) steps.push(weight);
  return steps.sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
}

/** For each role a respondent holds, the nearest other weight that would tip the combination. */
function weightChanges(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId): CombinedTippingPoint[] {
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
        headline: `With a weight of ${to} instead of ${from} for ${roleLabel}, ${becomes(combined)}.`,
        changes: [{ question: `Weight of ${roleLabel} (${joinNames(holders.map((holder) => holder.label))})`, from: String(from), to: String(to) }],
        newScores: combined.scores,
      };
    });
}

/**
 * Respondents whose absence alone would tip the combination. One who is alone in their role is
 * covered by that role's weight already (a weight of 0 leaves them out), so only respondents who
 * share a counted role with someone else are tried.
 */
function leaveOneOut(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId): CombinedTippingPoint[] {
  const counted = members.filter((member) => member.weight > 0);
  return counted
    .filter((member) => counted.some((other) => other !== member && weightedRoleOf(other.result.role) === weightedRoleOf(member.result.role)))
    .flatMap((member) => {
      const combined = flipped(members.filter((other) => other !== member).map((other) => other.result), weights, current);
      return combined
        ? [
            {
              headline: `Without ${member.label}'s answers, ${becomes(combined)}.`,
              changes: [{ question: `${member.label} (${member.roleLabel})`, from: "Counted", to: "Left out" }],
              newScores: combined.scores,
            },
          ]
        : [];
    })
    .slice(0, PER_KIND);
}

export function combinedTippingPoints(members: readonly CombinedMember[], weights: RoleWeights, current: StructureId): CombinedTippingPoint[] {
  return [...answerChanges(members, weights, current), ...weightChanges(members, weights, current), ...leaveOneOut(members, weights, current)];
}
