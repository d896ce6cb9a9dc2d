/**
 * What the robustness analysis varies, prepared once per result so that a draw is only a
 * weighted sum: each criterion's support for every combination of the answers left open, the
 * groups its weight varies with, and the questions whose answers are drawn.
 */
import { DONT_KNOW, type TAnswerValue, type TAnswers, type TQuestion } from "../questionnaire/schema";
import { isQuestionShown } from "../questionnaire/skip";
import { numberBands } from "./candidates";
import { compiledCriteriaOf, evaluateCompiled } from "./engine";
import type { ScoringModel } from "./model";
import { questionById } from "./questions";

export interface DrawnQuestion {
  question: TQuestion;
  /** The answers a draw chooses among, each equally likely. */
  values: TAnswerValue[];
}

export interface RobustnessProblem {
  model: ScoringModel;
  criterionCount: number;
  groupCount: number;
  /** The group each criterion's weight belongs to. */
  groupOf: Int32Array;
  /** How many criteria share each group: a group of one needs no split drawn. */
  groupSize: Int32Array;
  groupWeight: Float64Array;
  weight: Float64Array;
  drawn: DrawnQuestion[];
  /**
   * Support (separate, ctio, cdo) of every criterion for every combination of its drawn answers,
   * NaN where the answers leave it uninformed; criterion i's table starts at supportAt[i]. Flat
   * arrays, so the draws do one load per lookup.
   */
  support: Float64Array;
  supportAt: Int32Array;
  /** Criterion i depends on drawn answers depIndex[depFrom[i] .. depFrom[i + 1]), with strides depStride. */
  depFrom: Int32Array;
  depIndex: Int32Array;
  depStride: Int32Array;
}

/**
 * The answers a respondent could have given: every option; every point of a scale; one value in
 * each band the model distinguishes; and for a multiple choice, nothing, any one or two of the
 * options, or all of them (every combination of eleven frameworks would be 2,048).
 */
function drawValues(question: TQuestion, model: ScoringModel): TAnswerValue[] {
  switch (question.type) {
    case "single":
      return question.options.map((option) => option.id);
    case "scale":
      return [1, 2, 3, 4, 5];
    case "number":
      return numberBands(question, model.criteria).map(([from]) => from);
    case "multi": {
      const ordinary = question.options.map((option) => option.id).filter((id) => id !== question.exclusiveOptionId);
      const values: TAnswerValue[] = question.exclusiveOptionId ? [[question.exclusiveOptionId]] : [];
      ordinary.forEach((first, i) => {
        values.push([first]);
        for (const second of ordinary.slice(i + 1)) values.push([first, second]);
      });
      if (ordinary.length > 2) values.push(ordinary);
      return values;
    }
  }
}

function isOpen(value: TAnswerValue | undefined): boolean {
  return value === undefined || value === DONT_KNOW || (Array.isArray(value) && value.length === 0);
}

/** The questions a criterion's support depends on: those it reads and those that decide whether they are asked. */
function dependencies(questionIds: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const id of questionIds) {
    ids.add(id);
    const controller = questionById(id).showIf?.questionId;
    if (controller) ids.add(controller);
  }
  return [...ids];
}

/**
 * Questions whose answers are drawn: left open, and asked (or asked depending on another open
 * answer). A question hidden by a real answer stays as skip logic leaves it.
 */
function drawnQuestions(model: ScoringModel, answers: TAnswers): DrawnQuestion[] {
  const read = new Set(model.criteria.flatMap((criterion) => dependencies(criterion.questionIds)));
  const drawn: DrawnQuestion[] = [];
  const open = new Set<string>();
  for (const id of read) if (isOpen(answers[id])) open.add(id);
  for (const id of read) {
    if (!open.has(id)) continue;
    const question = questionById(id);
    const controller = question.showIf?.questionId;
    if (isQuestionShown(question, answers) || (controller !== undefined && open.has(controller))) {
      drawn.push({ question, values: drawValues(question, model) });
    }
  }
  return drawn;
}

export function prepareRobustness(model: ScoringModel, answers: TAnswers): RobustnessProblem {
  const compiled = compiledCriteriaOf(model);
  const groupIndex = new Map(model.groups.map((group, index) => [group.id, index]));
  const n = model.criteria.length;
  const groupOf = new Int32Array(n);
  const groupSize = new Int32Array(model.groups.length);
  const groupWeight = new Float64Array(model.groups.length);
  const weight = new Float64Array(n);
  model.criteria.forEach((criterion, i) => {
    const g = groupIndex.get(model.groupOf(criterion));
    if (g === undefined) throw new Error(`Criterion ${criterion.id} names no group of model ${model.version}.`);
    groupOf[i] = g;
    groupSize[g] = (groupSize[g] ?? 0) + 1;
    groupWeight[g] = (groupWeight[g] ?? 0) + criterion.weight;
    weight[i] = criterion.weight;
  });
  const drawn = drawnQuestions(model, answers);
  const drawnIndex = new Map(drawn.map((entry, index) => [entry.question.id, index]));
  const tables: Float64Array[] = [];
  const depLists: number[][] = [];
  const strideLists: number[][] = [];
  compiled.forEach((entry) => {
    const deps = dependencies(entry.criterion.questionIds).flatMap((id) => {
      const index = drawnIndex.get(id);
      return index === undefined ? [] : [index];
    });
    const strides: number[] = [];
    let combos = 1;
    for (const index of deps) {
      strides.push(combos);
      combos *= drawn[index]!.values.length;
    }
    const table = new Float64Array(combos * 3);
    // One copy per criterion: every combination sets each of its drawn answers.
    const filled: TAnswers = { ...answers };
    for (let combo = 0; combo < combos; combo++) {
      deps.forEach((index, k) => {
        const values = drawn[index]!.values;
        filled[drawn[index]!.question.id] = values[Math.floor(combo / strides[k]!) % values.length];
      });
      const evaluated = evaluateCompiled(entry, filled);
      table[combo * 3] = evaluated ? evaluated.support.separate : Number.NaN;
      table[combo * 3 + 1] = evaluated ? evaluated.support.ctio : Number.NaN;
      table[combo * 3 + 2] = evaluated ? evaluated.support.cdo : Number.NaN;
    }
    tables.push(table);
    depLists.push(deps);
    strideLists.push(strides);
  });
  const supportAt = new Int32Array(n);
  const depFrom = new Int32Array(n + 1);
  let length = 0;
  for (let i = 0; i < n; i++) {
    supportAt[i] = length;
    length += tables[i]!.length;
    depFrom[i + 1] = depFrom[i]! + depLists[i]!.length;
  }
  const support = new Float64Array(length);
  tables.forEach((table, i) => support.set(table, supportAt[i]!));
  return {
    model,
    criterionCount: n,
    groupCount: model.groups.length,
    groupOf,
    groupSize,
    groupWeight,
    weight,
    drawn,
    support,
    supportAt,
    depFrom,
    depIndex: Int32Array.from(depLists.flat()),
    depStride: Int32Array.from(strideLists.flat()),
  };
}
