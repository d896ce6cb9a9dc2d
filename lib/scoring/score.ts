/** The full scoring of one answer set: scores, explanation, advice and tipping points. */
import { answersSchema } from "../questionnaire/answers";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { withoutSkippedAnswers } from "../questionnaire/skip";
import { canReadVersion } from "../questionnaire/versions";
import { confidenceFor } from "./confidence";
import { recommendationContent } from "./content";
import { dimensionResults } from "./dimensions";
import { MODEL_VERSION, aggregate, evaluateCriteria } from "./engine";

export { MODEL_VERSION, scoreOnly, type LeanScore } from "./engine";
import { explain, rawContributions, roundScores, uninformedCriteria } from "./explain";
import { hireFirstAdvice } from "./hire-first";
import { CURRENT_MODEL } from "./current-model";
import { QUESTIONS } from "./questions";
import { analyseRobustness, leadingRival } from "./robustness";
import { settlingPoints } from "./settling";
import { restructureTriggers } from "./triggers";
import type { ScoreInput, ScoringOutput, StructureId } from "./types";
import { whatWouldChangeIt } from "./what-would-change";

export class ScoringInputError extends Error {
  constructor(
    message: string,
    readonly issues: string[],
  ) {
    super(message);
    this.name = "ScoringInputError";
  }
}

const DRAFT_SCHEMA = answersSchema(QUESTIONNAIRE, "draft");
const QUESTION_IDS = new Set(QUESTIONS.map((question) => question.id));

/**
 * Answers that apply, checked against the questionnaire. Answers to questions skip logic
 * hides are dropped rather than refused, because the form keeps them while the user
 * switches back and forth.
 */
export function prepareAnswers(input: ScoreInput): TAnswers {
  if (!canReadVersion(input.questionnaireVersion)) {
    throw new ScoringInputError(`Questionnaire version ${input.questionnaireVersion} is not supported; expected ${QUESTIONNAIRE.version}.`, []);
  }
  const unknown = Object.keys(input.answers).filter((id) => !QUESTION_IDS.has(id));
  if (unknown.length > 0) {
    throw new ScoringInputError("The answers are not valid for this questionnaire.", [`Unknown question id: ${unknown.join(", ").slice(0, 200)}.`]);
  }
  const answers = withoutSkippedAnswers(QUESTIONNAIRE, input.answers);
  const parsed = DRAFT_SCHEMA.safeParse(answers);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "answers"}: ${issue.message}`);
    throw new ScoringInputError("The answers are not valid for this questionnaire.", issues);
  }
  return answers;
}

export interface ScoreOptions {
  /** Skip the what-if searches, both ways (tipping and settling points). */
  tippingPoints?: boolean;
}

export function score(input: ScoreInput, options: ScoreOptions = {}): ScoringOutput {
  const answers = prepareAnswers(input);
  const evaluated = evaluateCriteria(answers);
  const lean = aggregate(evaluated);
  const [recommended, runnerUp] = lean.ranking as [StructureId, StructureId, StructureId];
  const dimensions = dimensionResults(evaluated);
  const explanation = explain(rawContributions(evaluated, answers), recommended, runnerUp);
  const robustness = analyseRobustness(CURRENT_MODEL, answers);
  const confidence = confidenceFor(recommended, robustness, lean.coverage);
  const search = options.tippingPoints !== false;
  return {
    modelVersion: MODEL_VERSION,
    // The version the answers were given to: a re-scored result keeps its own.
    questionnaireVersion: input.questionnaireVersion,
    recommended,
    scores: roundScores(lean.scores),
    ranking: lean.ranking,
    margin: Math.round(lean.margin * 10) / 10,
    coverage: Math.round(lean.coverage * 1000) / 1000,
    confidence,
    robustness,
    dimensions,
    ...explanation,
    uninformed: uninformedCriteria(evaluated),
    hireFirst: hireFirstAdvice(recommended, answers, dimensions),
    triggers: restructureTriggers(answers),
    tippingPoints: search ? whatWouldChangeIt(answers) : [],
    settlingPoints: search && confidence.level !== "high" && lean.coverage > 0 ? settlingPoints(answers, recommended, leadingRival(robustness, recommended)) : [],
    content: recommendationContent(recommended),
  };
}
