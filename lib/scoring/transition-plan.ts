/**
 * From today's roles to the recommended structure, step by step, through the mechanisms the
 * model names for that structure, and the signs that should make the company look again.
 * Our wording; each step cites the passages it rests on.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { Q } from "./citations";
import { changeLabelsIn, roleTitlesIn, type ChangeKind, type OrgChart } from "./org-chart";
import { recommendationContentIn } from "./translations/localize";
import type { ChartRole, Citation, RestructureTrigger, StructureId } from "./types";

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

type Translate = ReturnType<typeof translator<"ReportScoring">>;

/** A mechanism's name inside an English sentence, lower case; German and French name it after a colon, as written. */
function inSentence(text: string, locale: Locale): string {
  return locale === "en" ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function confirmStep(chart: OrgChart, t: Translate, locale: Locale): TransitionStep | null {
  const unsure = chart.current.filter((role) => role.status === "unknown" || role.status === "disputed");
  if (unsure.length === 0) return null;
  const titles = roleTitlesIn(locale);
  const names = unsure.map((role) => titles[role.role].short).join(", ");
  const disputed = unsure.some((role) => role.status === "disputed");
  return {
    title: t("transition.confirm.title"),
    detail: t("transition.confirm.detail", { disputed: disputed ? "yes" : "no", names }),
    citations: [Q.s3Assessment],
  };
}

/**
 * The role changes after the first one, outgoing roles before the roles still to be hired. A role
 * that becomes a recommended one (merged or widened into a CTIO, a refocused CTIO) is that role's step.
 */
function changeSteps(chart: OrgChart, locale: Locale): TransitionStep[] {
  const labels = changeLabelsIn(locale);
  const titles = roleTitlesIn(locale);
  const changes = [
    ...chart.outgoing.filter((role) => role.change !== "unknown" && role.becomes === null).map((role) => ({ role: role.role, change: role.change, detail: role.detail })),
    ...chart.nodes.filter((node) => node.change !== "keep" && node.change !== "unknown" && !node.first).map((node) => ({ role: node.role, change: node.change, detail: node.detail })),
  ];
  const order: ChangeKind[] = ["merge", "rescope", "remove", "fill", "create"];
  return changes
    .sort((a, b) => order.indexOf(a.change) - order.indexOf(b.change))
    .map((item) => ({ title: `${labels[item.change]}: ${titles[item.role].short}`, detail: item.detail, citations: changeCitations(item.change, item.role) }));
}

export function transitionPlan(recommended: StructureId, chart: OrgChart, triggers: readonly RestructureTrigger[], locale: Locale = DEFAULT_LOCALE): TransitionPlan {
  const t = translator(locale, "ReportScoring");
  const content = recommendationContentIn(recommended, locale);
  const [committee, programme, risk, reviews] = content.mechanisms;
  const first = chart.nodes.find((node) => node.first);
  // "Hire a CTO first" says it already; "Hire a CTO" does not.
  const saysFirst = new RegExp(`(^|\\P{L})${t("transition.firstWord")}($|\\P{L})`, "iu").test(chart.hireFirst.title);
  const steps: (TransitionStep | null)[] = [
    confirmStep(chart, t, locale),
    committee
      ? {
          title: t("transition.committee.title", { name: inSentence(committee.name, locale) }),
          detail: t("transition.committee.detail", { description: committee.description }),
          citations: [Q.s3SteeringCommittee, Q.s3Assessment],
        }
      : null,
    {
      title: t("transition.ownership.title"),
      detail: t("transition.ownership.detail", { count: content.ownership.length }),
      citations: DECISION_RIGHTS_CITATIONS[recommended],
    },
    {
      title: first && !saysFirst ? t("transition.first", { title: chart.hireFirst.title }) : chart.hireFirst.title,
      detail: chart.hireFirstCaveat ? `${chart.hireFirst.reason} ${chart.hireFirstCaveat}` : chart.hireFirst.reason,
      citations: chart.hireFirst.citations,
    },
    ...changeSteps(chart, locale),
    programme
      ? { title: t("transition.programme.title", { name: inSentence(programme.name, locale) }), detail: t("transition.programme.detail", { description: programme.description }), citations: [Q.s3Pmo] }
      : null,
    risk ? { title: t("transition.risk.title", { name: inSentence(risk.name, locale) }), detail: risk.description, citations: [Q.s3SharedRisk] } : null,
    reviews
      ? { title: t("transition.reviews.title", { name: inSentence(reviews.name, locale) }), detail: t("transition.reviews.detail", { description: reviews.description }), citations: [Q.s3Cadence, Q.s3Blended] }
      : null,
  ];
  return {
    recommended,
    steps: steps.filter((step): step is TransitionStep => step !== null),
    revisit: content.revisitTriggers.map((text, index) => ({ text, citations: REVISIT_CITATIONS[recommended][index] ?? [Q.s3Restructure] })),
    signals: [...triggers],
  };
}
