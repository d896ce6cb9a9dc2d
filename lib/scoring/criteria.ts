/**
 * The criteria of the scoring model and a printable description of how each one maps
 * answers to support for the three structures.
 */
import { CHANGE_CRITERIA } from "./criteria-change";
import { GOVERNANCE_CRITERIA } from "./criteria-governance";
import type { CoreCriterion, Criterion } from "./criteria-model";
import { REMIT_CRITERIA } from "./criteria-remits";
import { SCALE_CRITERIA } from "./criteria-scale";
import { cornersSupport, polesSupport, type Factor } from "./mapping";
import { questionById } from "./questions";
import type { StructureScores } from "./types";

export type { Criterion, InteractionCriterion, SingleCriterion } from "./criteria-model";

export const CRITERIA: readonly Criterion[] = [...SCALE_CRITERIA, ...GOVERNANCE_CRITERIA, ...REMIT_CRITERIA, ...CHANGE_CRITERIA];

export const TOTAL_WEIGHT = CRITERIA.reduce((sum, criterion) => sum + criterion.weight, 0);

const BY_ID = new Map(CRITERIA.map((criterion) => [criterion.id, criterion]));

export function criterionById(id: string): Criterion | undefined {
  return BY_ID.get(id);
}

/** One printable answer class of a factor and the level it sets. */
interface LevelRow {
  answer: string;
  level: number;
}

function formatNumber(value: number): string {
  return value.toLocaleString("en-US");
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Every answer class a factor distinguishes, in the order the question presents them. */
export function factorRows(factor: Factor): LevelRow[] {
  const question = questionById(factor.questionId);
  const rows: LevelRow[] = [];
  switch (factor.kind) {
    case "options":
      if ("options" in question) {
        for (const option of question.options) {
          const level = factor.levels[option.id];
          if (level !== undefined) rows.push({ answer: option.label, level });
        }
      }
      break;
    case "bands": {
      const unit = question.type === "number" ? question.unit : "";
      let from = question.type === "number" ? question.min : 0;
      for (const band of factor.bands) {
        const answer = Number.isFinite(band.upTo)
          ? `${formatNumber(from)} to ${formatNumber(band.upTo)} ${unit}`
          : `More than ${formatNumber(from - 1)} ${unit}`;
        rows.push({ answer: answer.trim(), level: band.level });
        from = band.upTo + 1;
      }
      break;
    }
    case "scale":
      factor.levels.forEach((level, index) => {
        const point = index + 1;
        const label = question.type === "scale" ? (point === 1 ? ` (${question.minLabel})` : point === 5 ? ` (${question.maxLabel})` : "") : "";
        rows.push({ answer: `${point}${label}`, level });
      });
      break;
    case "count":
      factor.levels.forEach((level, count) => {
        const last = count === factor.levels.length - 1;
        const answer = count === 0 ? "None of these" : `${plural(count, "option")} chosen${last ? " or more" : ""}`;
        rows.push({ answer, level });
      });
      break;
    case "optionSum":
      if ("options" in question) {
        for (const option of question.options) {
          const amount = factor.perOption[option.id] ?? 0;
          if (option.id === (question.type === "multi" ? question.exclusiveOptionId : undefined) || amount === 0) continue;
          rows.push({ answer: `${option.label} (alone; each choice adds ${amount})`, level: Math.min(1, amount) });
        }
        rows.unshift({ answer: "None of the options that count", level: 0 });
        rows.push({ answer: "Choices adding up to 1 or more", level: 1 });
      }
      break;
  }
  if (factor.whenSkipped !== undefined) {
    rows.push({ answer: "Not asked (skipped by an earlier answer)", level: factor.whenSkipped });
  }
  return rows;
}

/**
 * The support each answer gives each structure, for the methodology page. Criteria that
 * read two questions list every combination.
 */
export function describeMapping(criterion: CoreCriterion): { answer: string; support: StructureScores }[] {
  if (criterion.kind === "single") {
    return factorRows(criterion.factor).map((row) => ({ answer: row.answer, support: polesSupport(criterion.poles, row.level) }));
  }
  const byRows = factorRows(criterion.by);
  return factorRows(criterion.factor).flatMap((row) =>
    byRows.map((byRow) => ({
      answer: `${row.answer}; ${byRow.answer}`,
      support: cornersSupport(criterion.corners, row.level, byRow.level),
    })),
  );
}
