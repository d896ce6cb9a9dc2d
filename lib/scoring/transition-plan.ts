/**
 * From today's roles to the recommended structure, step by step, through the mechanisms the
 * model names for that structure, and the signs that should make the company look again.
 * Our wording; each step cites the passages it rests on.
 */
import { Q } from "./citations";
import { recommendationContent } from "./content";
import { CHANGE_LABELS, ROLE_TITLES, type ChangeKind, type ChartRole, type OrgChart } from "./org-chart";
import type { Citation, RestructureTrigger, StructureId } from "./types";

export interface TransitionStep {
  title: string;
  detail: string;
  citations: Citation[];
}

export interface RevisitPoint {
  text: string;
  citations: Citation[];
}

export interface TransitionPlan {
  recommended: StructureId;
  steps: TransitionStep[];
  /** When to look at the decision again: the structure's own revisit points, then the restructuring signals. */
  revisit: RevisitPoint[];
  signals: RestructureTrigger[];
}

const ROLE_CITATIONS: Record<ChartRole, Citation[]> = {
  cdo: [Q.s2LargerCdo, Q.s2JointGovernance],
  cio: [Q.s2CioOwns, Q.s3CioProfile],
  cto: [Q.s2CtoOwns, Q.s3CtoProfile],
  ctio: [Q.s2SmallFirms, Q.s3BothHats],
};

const DECISION_RIGHTS_CITATIONS: Record<StructureId, Citation[]> = {
  separate: [Q.s3DecisionRights, Q.s2CioOwns, Q.s2CtoOwns],
  ctio: [Q.s3DecisionRights, Q.s3BothHats],
  cdo: [Q.s3DecisionRights, Q.s2JointGovernance],
};

/** One list per entry of the structure's revisitTriggers (content.ts), in the same order. */
const REVISIT_CITATIONS: Record<StructureId, Citation[][]> = {
  separate: [[Q.s2JointGovernance, Q.s2LargerCdo], [Q.s3Misalignment, Q.s1Budget], [Q.s3Pivot]],
  ctio: [[Q.s3Restructure, Q.s2LargerCdo], [Q.s3Restructure, Q.s2Governance45], [Q.s3Pivot]],
  cdo: [[Q.s3Restructure], [Q.s3Incidents], [Q.s3Pivot, Q.s3Restructure]],
};

function changeCitations(kind: ChangeKind, role: ChartRole): Citation[] {
  if (kind === "merge") return [Q.s2SmallFirms, Q.s3Startups];
  if (kind === "rescope" || kind === "remove") return [Q.s3Restructure];
  return ROLE_CITATIONS[role];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function confirmStep(chart: OrgChart): TransitionStep | null {
  const unsure = chart.current.filter((role) => role.status === "unknown" || role.status === "disputed");
  if (unsure.length === 0) return null;
  const names = unsure.map((role) => ROLE_TITLES[role.role].short).join(", ");
  const disputed = unsure.some((role) => role.status === "disputed");
  return {
    title: "Confirm which leadership roles exist today",
    detail: `${disputed ? "The respondents' answers differ on" : "The answers leave open"} whether these roles exist: ${names}. The steps below depend on it, so settle it first.`,
    citations: [Q.s3Assessment],
  };
}

/**
 * The role changes after the first one, outgoing roles before the roles still to be hired. A role
 * that becomes a recommended one (merged or widened into a CTIO, a refocused CTIO) is that role's step.
 */
function changeSteps(chart: OrgChart): TransitionStep[] {
  const changes = [
    ...chart.outgoing.filter((role) => role.change !== "unknown" && role.becomes === null).map((role) => ({ role: role.role, change: role.change, detail: role.detail })),
    ...chart.nodes.filter((node) => node.change !== "keep" && node.change !== "unknown" && !node.first).map((node) => ({ role: node.role, change: node.change, detail: node.detail })),
  ];
  const order: ChangeKind[] = ["merge", "rescope", "remove", "fill", "create"];
  return changes
    .sort((a, b) => order.indexOf(a.change) - order.indexOf(b.change))
    .map((item) => ({ title: `${CHANGE_LABELS[item.change]}: ${ROLE_TITLES[item.role].short}`, detail: item.detail, citations: changeCitations(item.change, item.role) }));
}

export function transitionPlan(recommended: StructureId, chart: OrgChart, triggers: readonly RestructureTrigger[]): TransitionPlan {
  const content = recommendationContent(recommended);
  const [committee, programme, risk, reviews] = content.mechanisms;
  const first = chart.nodes.find((node) => node.first);
  const steps: (TransitionStep | null)[] = [
    confirmStep(chart),
    committee
      ? {
          title: `Set up the ${lowerFirst(committee.name)} to own the change`,
          detail: `Before any role changes, it agrees the target structure, the order of the steps below and who decides what in the meantime. ${committee.description}`,
          citations: [Q.s3SteeringCommittee, Q.s3Assessment],
        }
      : null,
    {
      title: "Write down who owns what",
      detail: `Agree the ownership split of the ${content.ownership.length} areas (the section on who owns what) before anyone's role changes, so leaders in place and newcomers know their remit from the first day.`,
      citations: DECISION_RIGHTS_CITATIONS[recommended],
    },
    {
      // "Hire a CTO first" says it already; "Hire a CTO" does not.
      title: first && !/\bfirst\b/i.test(chart.hireFirst.title) ? `First: ${chart.hireFirst.title}` : chart.hireFirst.title,
      detail: chart.hireFirstCaveat ? `${chart.hireFirst.reason} ${chart.hireFirstCaveat}` : chart.hireFirst.reason,
      citations: chart.hireFirst.citations,
    },
    ...changeSteps(chart),
    programme
      ? { title: `Run the change through the ${lowerFirst(programme.name)}`, detail: `Track each step above as a milestone. ${programme.description}`, citations: [Q.s3Pmo] }
      : null,
    risk ? { title: `Adopt the ${lowerFirst(risk.name)}`, detail: risk.description, citations: [Q.s3SharedRisk] } : null,
    reviews
      ? { title: `Start the ${lowerFirst(reviews.name)}`, detail: `${reviews.description} Measure each leader against the scorecard for their role.`, citations: [Q.s3Cadence, Q.s3Blended] }
      : null,
  ];
  return {
    recommended,
    steps: steps.filter((step): step is TransitionStep => step !== null),
    revisit: content.revisitTriggers.map((text, index) => ({ text, citations: REVISIT_CITATIONS[recommended][index] ?? [Q.s3Restructure] })),
    signals: [...triggers],
  };
}
