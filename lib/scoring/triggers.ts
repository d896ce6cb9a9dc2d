/**
 * The three restructuring triggers the sources name. They also act through criteria
 * (velocity_conflict, budget_disputes, security and operational incidents, strategic_pivot);
 * here they are reported on their own so a result can say which ones fired.
 */
import { DONT_KNOW, type TAnswers } from "../questionnaire/schema";
import { Q } from "./citations";
import type { RestructureTrigger } from "./types";

/** The sizes the model reads these triggers by (SIZE_CONTEXT in criteria-model.ts): small firms, mid-size, larger companies. */
const SMALL_FIRM_EMPLOYEES = 250;
const LARGER_COMPANY_EMPLOYEES = 1000;

function answered(value: TAnswers[string]): boolean {
  return value !== undefined && value !== DONT_KNOW;
}

/**
 * The triggers' text as data, so it can be translated beside the model: a label per trigger, an
 * explanation per state, and the direction a fired trigger points in by size ({direction}).
 */
export const TRIGGER_TEXT = {
  persistent_misalignment: {
    label: "Persistent misalignment between product velocity and operational stability",
    explanations: {
      fired: "Delivery speed and operational stability clash often, or budget priorities are disputed often. {direction}",
      notFired: "Speed and stability clash only occasionally and budget disputes are not frequent, so this trigger has not fired.",
      unanswered: "Not answered, so the model cannot tell whether the technology agendas pull against each other.",
    },
  },
  frequent_incidents: {
    label: "Frequent incidents that indicate weak governance",
    explanations: {
      fired:
        "Major security incidents or outages recur, a sign of weak governance. It pushes toward leadership with dedicated governance capacity and away from a single executive spread across both remits.",
      notFired: "Incidents are not frequent enough to signal weak governance, so this trigger has not fired.",
      unanswered: "Not answered, so the model cannot tell whether incidents point to weak governance.",
    },
  },
  strategic_pivot: {
    label: "A strategic pivot that calls for unified or reorganised technology leadership",
    explanations: {
      fired: "A strategic pivot is planned within a year. {direction}",
      considering: "A pivot is being considered but not yet planned; it counts partly and would fire once planned.",
      notFired: "No strategic pivot is planned, so this trigger has not fired.",
      unanswered: "Not answered, so the model cannot tell whether a pivot calls for new leadership.",
    },
  },
} as const;

export const TRIGGER_DIRECTIONS = {
  sizeUnknown: "It points to one combined leader in a small firm and to distinct leaders under a Chief Digital Officer in a larger one.",
  smallFirm: "In a company of this size it points to one combined leader, which removes the seam between the remits.",
  largerCompany: "In a company of this size, S2's answer to drift between the two leaders is distinct leadership under a Chief Digital Officer.",
  midSize: "At this size neither source says which way it points, so it moves no structure ahead: treat it as a reason to revisit how the leaders work together.",
} as const;

export type TriggerId = keyof typeof TRIGGER_TEXT;
export type TriggerDirectionId = keyof typeof TRIGGER_DIRECTIONS;

/** The text the triggers are worded with: the English above, or a translation of it. */
export interface TriggerWording {
  triggers: { [Id in TriggerId]: { label: string; explanations: Record<keyof (typeof TRIGGER_TEXT)[Id]["explanations"], string> } };
  directions: Record<TriggerDirectionId, string>;
}

const ENGLISH: TriggerWording = { triggers: TRIGGER_TEXT, directions: TRIGGER_DIRECTIONS };

function direction(answers: TAnswers): TriggerDirectionId {
  const employees = answers.employees;
  if (typeof employees !== "number") return "sizeUnknown";
  if (employees <= SMALL_FIRM_EMPLOYEES) return "smallFirm";
  if (employees > LARGER_COMPANY_EMPLOYEES) return "largerCompany";
  return "midSize";
}

function misalignment(answers: TAnswers, wording: TriggerWording): RestructureTrigger {
  const text = wording.triggers.persistent_misalignment;
  const conflict = answers.velocity_conflict;
  const disputes = answers.budget_disputes;
  const fired = (typeof conflict === "number" && conflict >= 4) || disputes === "often";
  const known = answered(conflict) || answered(disputes);
  const explanation = fired
    ? text.explanations.fired.replace("{direction}", () => wording.directions[direction(answers)])
    : known
      ? text.explanations.notFired
      : text.explanations.unanswered;
  return {
    id: "persistent_misalignment",
    label: text.label,
    fired,
    explanation,
    citations: [Q.s3Misalignment, Q.s1Budget, Q.s2Drift],
  };
}

function incidents(answers: TAnswers, wording: TriggerWording): RestructureTrigger {
  const text = wording.triggers.frequent_incidents;
  const security = answers.security_incidents;
  const outages = answers.incident_frequency;
  const fired = security === "several_major" || outages === "monthly" || outages === "weekly";
  const known = answered(security) || answered(outages);
  const explanation = fired ? text.explanations.fired : known ? text.explanations.notFired : text.explanations.unanswered;
  return {
    id: "frequent_incidents",
    label: text.label,
    fired,
    explanation,
    citations: [Q.s3Incidents, Q.s3IncidentResponse],
  };
}

function pivot(answers: TAnswers, wording: TriggerWording): RestructureTrigger {
  const text = wording.triggers.strategic_pivot;
  const value = answers.strategic_pivot;
  const fired = value === "planned";
  const explanation = fired
    ? text.explanations.fired.replace("{direction}", () => wording.directions[direction(answers)])
    : value === "considering"
      ? text.explanations.considering
      : answered(value)
        ? text.explanations.notFired
        : text.explanations.unanswered;
  return {
    id: "strategic_pivot",
    label: text.label,
    fired,
    explanation,
    citations: [Q.s3Pivot, Q.s3Restructure],
  };
}

/** The triggers for these answers, worded in English unless a translation's wording is given. */
export function restructureTriggers(answers: TAnswers, wording: TriggerWording = ENGLISH): RestructureTrigger[] {
  return [misalignment(answers, wording), incidents(answers, wording), pivot(answers, wording)];
}
