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

function direction(answers: TAnswers): string {
  const employees = answers.employees;
  if (typeof employees !== "number") {
    return "It points to one combined leader in a small firm and to distinct leaders under a Chief Digital Officer in a larger one.";
  }
  if (employees <= SMALL_FIRM_EMPLOYEES) return "In a company of this size it points to one combined leader, which removes the seam between the remits.";
  if (employees > LARGER_COMPANY_EMPLOYEES) return "In a company of this size, S2's answer to drift between the two leaders is distinct leadership under a Chief Digital Officer.";
  return "At this size neither source says which way it points, so it moves no structure ahead: treat it as a reason to revisit how the leaders work together.";
}

function misalignment(answers: TAnswers): RestructureTrigger {
  const conflict = answers.velocity_conflict;
  const disputes = answers.budget_disputes;
  const fired = (typeof conflict === "number" && conflict >= 4) || disputes === "often";
  const known = answered(conflict) || answered(disputes);
  const explanation = fired
    ? `Delivery speed and operational stability clash often, or budget priorities are disputed often. ${direction(answers)}`
    : known
      ? "Speed and stability clash only occasionally and budget disputes are not frequent, so this trigger has not fired."
      : "Not answered, so the model cannot tell whether the technology agendas pull against each other.";
  return {
    id: "persistent_misalignment",
    label: "Persistent misalignment between product velocity and operational stability",
    fired,
    explanation,
    citations: [Q.s3Misalignment, Q.s1Budget, Q.s2Drift],
  };
}

function incidents(answers: TAnswers): RestructureTrigger {
  const security = answers.security_incidents;
  const outages = answers.incident_frequency;
  const fired = security === "several_major" || outages === "monthly" || outages === "weekly";
  const known = answered(security) || answered(outages);
  const explanation = fired
    ? "Major security incidents or outages recur, a sign of weak governance. It pushes toward leadership with dedicated governance capacity and away from a single executive spread across both remits."
    : known
      ? "Incidents are not frequent enough to signal weak governance, so this trigger has not fired."
      : "Not answered, so the model cannot tell whether incidents point to weak governance.";
  return {
    id: "frequent_incidents",
    label: "Frequent incidents that indicate weak governance",
    fired,
    explanation,
    citations: [Q.s3Incidents, Q.s3IncidentResponse],
  };
}

function pivot(answers: TAnswers): RestructureTrigger {
  const value = answers.strategic_pivot;
  const fired = value === "planned";
  const explanation = fired
    ? `A strategic pivot is planned within a year. ${direction(answers)}`
    : value === "considering"
      ? "A pivot is being considered but not yet planned; it counts partly and would fire once planned."
      : answered(value)
        ? "No strategic pivot is planned, so this trigger has not fired."
        : "Not answered, so the model cannot tell whether a pivot calls for new leadership.";
  return {
    id: "strategic_pivot",
    label: "A strategic pivot that calls for unified or reorganised technology leadership",
    fired,
    explanation,
    citations: [Q.s3Pivot, Q.s3Restructure],
  };
}

export function restructureTriggers(answers: TAnswers): RestructureTrigger[] {
  return [misalignment(answers), incidents(answers), pivot(answers)];
}
