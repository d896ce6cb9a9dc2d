/**
 * Who may open what: every page and route handler of the app against every kind of actor.
 * "allow" means the request is served (2xx, or a redirect that is not to sign-in, or a 400 for a
 * deliberately invalid body); "deny" means 401, 403, 404 or a redirect to sign-in.
 * lib/testing/authz-coverage.test.ts fails when a page or route file is missing from this list.
 */
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { ACTORS, type ActorName, type World } from "./support/world";

export type Expectation = "allow" | "deny";
export type Expectations = Record<ActorName, Expectation>;

export interface Target {
  /** The page or route file under app/ that serves this request. */
  file: string;
  method: "GET" | "POST" | "PUT";
  path: (world: World) => string;
  body?: (world: World) => unknown;
  expect: Expectations;
}

function only(...allowed: ActorName[]): Expectations {
  return Object.fromEntries(ACTORS.map((actor) => [actor, allowed.includes(actor) ? "allow" : "deny"])) as Expectations;
}

const EVERYONE = only(...ACTORS);
const NOBODY = only();
const SIGNED_IN = only("execA", "execA2", "execB", "consultantA", "consultantB", "admin");
const UNKNOWN_TOKEN = "Q".repeat(43);

/** A plausible neighbour of a real id: guessed or sequential identifiers must find nothing. */
const guessed = (id: string) => `${id.slice(0, -1)}${id.endsWith("a") ? "b" : "a"}`;

const draftBody = () => ({ questionnaireVersion: QUESTIONNAIRE.version, answers: { employees: 120 }, details: {} });

export const TARGETS: Target[] = [
  { file: "app/(marketing)/page.tsx", method: "GET", path: () => "/", expect: EVERYONE },
  { file: "app/(marketing)/methodology/page.tsx", method: "GET", path: () => "/methodology", expect: EVERYONE },
  { file: "app/(marketing)/methodology/[dimension]/page.tsx", method: "GET", path: () => "/methodology/governance", expect: EVERYONE },
  { file: "app/(marketing)/sources/page.tsx", method: "GET", path: () => "/sources", expect: EVERYONE },
  { file: "app/(marketing)/privacy/page.tsx", method: "GET", path: () => "/privacy", expect: EVERYONE },
  { file: "app/(marketing)/privacy/export-schema.json/route.ts", method: "GET", path: () => "/privacy/export-schema.json", expect: EVERYONE },
  { file: "app/(marketing)/deleted/page.tsx", method: "GET", path: () => "/deleted?what=account", expect: EVERYONE },
  { file: "app/(auth)/sign-in/page.tsx", method: "GET", path: () => "/sign-in", expect: EVERYONE },
  // Only asks for a code; the pending single sign-on it completes is an HttpOnly cookie nobody here has.
  { file: "app/(auth)/sign-in/second-factor/page.tsx", method: "GET", path: () => "/sign-in/second-factor", expect: EVERYONE },
  { file: "app/(auth)/sign-up/page.tsx", method: "GET", path: () => "/sign-up", expect: EVERYONE },
  // Redirects each signed-in role to its start page; anonymous callers to sign in.
  { file: "app/(auth)/home/page.tsx", method: "GET", path: () => "/home", expect: SIGNED_IN },
  { file: "app/invite/[token]/page.tsx", method: "GET", path: (w) => `/invite/${w.invitationToken}`, expect: EVERYONE },
  { file: "app/invite/[token]/page.tsx", method: "GET", path: () => `/invite/${UNKNOWN_TOKEN}`, expect: NOBODY },
  { file: "app/(account)/reset-password/[token]/page.tsx", method: "GET", path: () => `/reset-password/${UNKNOWN_TOKEN}`, expect: NOBODY },

  // The resume link is the key to an anonymous assessment; an owned one also needs its owner.
  { file: "app/(assessment)/assessment/[token]/page.tsx", method: "GET", path: (w) => `/assessment/${w.anonymousToken}`, expect: EVERYONE },
  { file: "app/(assessment)/assessment/[token]/page.tsx", method: "GET", path: (w) => `/assessment/${w.draftAToken}`, expect: only("execA") },
  { file: "app/(assessment)/assessment/[token]/page.tsx", method: "GET", path: () => `/assessment/${UNKNOWN_TOKEN}`, expect: NOBODY },
  { file: "app/(assessment)/assessment/[token]/result/page.tsx", method: "GET", path: (w) => `/assessment/${w.draftAToken}/result`, expect: only("execA") },
  { file: "app/(assessment)/assessment/[token]/result/page.tsx", method: "GET", path: () => `/assessment/${UNKNOWN_TOKEN}/result`, expect: NOBODY },
  { file: "app/(assessment)/assessment/[token]/result/page.tsx", method: "GET", path: (w) => `/assessment/${w.anonymousResultToken}/result`, expect: EVERYONE },
  { file: "app/(assessment)/assessment/[token]/result/page.tsx", method: "GET", path: (w) => `/assessment/${w.resultAToken}/result`, expect: only("execA") },
  // The respondent's report copies, by the same link and the same rule as the result page.
  { file: "app/(assessment)/assessment/[token]/print/page.tsx", method: "GET", path: (w) => `/assessment/${w.anonymousResultToken}/print`, expect: EVERYONE },
  { file: "app/(assessment)/assessment/[token]/print/page.tsx", method: "GET", path: (w) => `/assessment/${w.resultAToken}/print`, expect: only("execA") },
  { file: "app/(assessment)/assessment/[token]/print/page.tsx", method: "GET", path: (w) => `/assessment/${w.anonymousToken}/print`, expect: NOBODY },
  { file: "app/(assessment)/assessment/[token]/print/page.tsx", method: "GET", path: (w) => `/assessment/${guessed(w.anonymousResultToken)}/print`, expect: NOBODY },
  { file: "app/(assessment)/assessment/[token]/report/route.ts", method: "GET", path: (w) => `/assessment/${w.anonymousResultToken}/report?format=pdf`, expect: EVERYONE },
  { file: "app/(assessment)/assessment/[token]/report/route.ts", method: "GET", path: (w) => `/assessment/${w.anonymousResultToken}/report?format=md`, expect: EVERYONE },
  { file: "app/(assessment)/assessment/[token]/report/route.ts", method: "GET", path: (w) => `/assessment/${w.resultAToken}/report?format=md`, expect: only("execA") },
  { file: "app/(assessment)/assessment/[token]/report/route.ts", method: "GET", path: (w) => `/assessment/${guessed(w.anonymousResultToken)}/report?format=md`, expect: NOBODY },
  { file: "app/(assessment)/assessment/[token]/report/route.ts", method: "GET", path: () => `/assessment/${UNKNOWN_TOKEN}/report?format=pdf`, expect: NOBODY },

  // Deleting by the private link: the same rule as the result page it deletes (the page only asks; nothing is deleted on GET).
  { file: "app/(assessment)/assessment/[token]/delete/page.tsx", method: "GET", path: (w) => `/assessment/${w.anonymousToken}/delete`, expect: EVERYONE },
  { file: "app/(assessment)/assessment/[token]/delete/page.tsx", method: "GET", path: (w) => `/assessment/${w.resultAToken}/delete`, expect: only("execA") },
  { file: "app/(assessment)/assessment/[token]/delete/page.tsx", method: "GET", path: () => `/assessment/${UNKNOWN_TOKEN}/delete`, expect: NOBODY },

  { file: "app/(assessment)/my/page.tsx", method: "GET", path: () => "/my", expect: SIGNED_IN },
  { file: "app/(assessment)/my/results/[id]/delete/page.tsx", method: "GET", path: (w) => `/my/results/${w.resultA}/delete`, expect: only("execA", "consultantA", "admin") },
  { file: "app/(assessment)/my/results/[id]/delete/page.tsx", method: "GET", path: (w) => `/my/results/${guessed(w.resultA)}/delete`, expect: NOBODY },
  { file: "app/(assessment)/my/results/[id]/page.tsx", method: "GET", path: (w) => `/my/results/${w.resultA}`, expect: only("execA", "consultantA", "admin") },
  { file: "app/(assessment)/my/results/[id]/page.tsx", method: "GET", path: (w) => `/my/results/${w.resultB}`, expect: only("execB", "consultantB", "admin") },
  { file: "app/(assessment)/my/results/[id]/page.tsx", method: "GET", path: (w) => `/my/results/${guessed(w.resultA)}`, expect: NOBODY },
  // The report of a result follows the result page's rule: respondent, the organization's consultants, administrators.
  { file: "app/(report)/report/results/[id]/page.tsx", method: "GET", path: (w) => `/report/results/${w.resultA}`, expect: only("execA", "consultantA", "admin") },
  { file: "app/(report)/report/results/[id]/page.tsx", method: "GET", path: (w) => `/report/results/${guessed(w.resultA)}`, expect: NOBODY },
  // An organization's combined report follows its combined view's rule: the organization's consultants and administrators.
  { file: "app/(report)/report/organizations/[id]/page.tsx", method: "GET", path: (w) => `/report/organizations/${w.orgA}`, expect: only("consultantA", "admin") },
  { file: "app/(report)/report/organizations/[id]/page.tsx", method: "GET", path: (w) => `/report/organizations/${w.orgB}`, expect: only("consultantB", "admin") },
  { file: "app/(report)/report/organizations/[id]/page.tsx", method: "GET", path: (w) => `/report/organizations/${guessed(w.orgA)}`, expect: NOBODY },
  // A share link is the credential for its report: anyone holding a working one may read and download it, nobody can guess one.
  { file: "app/shared/[token]/page.tsx", method: "GET", path: (w) => `/shared/${w.shareToken}`, expect: EVERYONE },
  { file: "app/shared/[token]/page.tsx", method: "GET", path: () => `/shared/${UNKNOWN_TOKEN}`, expect: NOBODY },
  { file: "app/shared/[token]/report/route.ts", method: "GET", path: (w) => `/shared/${w.shareToken}/report?format=pdf`, expect: EVERYONE },
  { file: "app/shared/[token]/report/route.ts", method: "GET", path: (w) => `/shared/${w.shareToken}/report?format=md`, expect: EVERYONE },
  { file: "app/shared/[token]/report/route.ts", method: "GET", path: () => `/shared/${UNKNOWN_TOKEN}/report?format=pdf`, expect: NOBODY },
  { file: "app/(account)/account/page.tsx", method: "GET", path: () => "/account", expect: SIGNED_IN },
  { file: "app/(account)/account/security/page.tsx", method: "GET", path: () => "/account/security", expect: SIGNED_IN },
  { file: "app/(account)/account/delete/page.tsx", method: "GET", path: () => "/account/delete", expect: SIGNED_IN },
  { file: "app/(account)/account/export/route.ts", method: "GET", path: () => "/account/export", expect: SIGNED_IN },
  // Everyone signed in may see their own tokens (executives get an explanation instead of the form).
  { file: "app/(account)/account/api-tokens/page.tsx", method: "GET", path: () => "/account/api-tokens", expect: SIGNED_IN },

  { file: "app/(workspace)/workspace/page.tsx", method: "GET", path: () => "/workspace", expect: only("consultantA", "consultantB", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgA}`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgB}`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${guessed(w.orgA)}`, expect: only() },
  { file: "app/(workspace)/workspace/organizations/[id]/team/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgA}/team`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/team/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgB}/team`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/engagements/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgA}/engagements`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/engagements/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgB}/engagements`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/engagements/new/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgA}/engagements/new`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/engagements/[id]/page.tsx", method: "GET", path: (w) => `/workspace/engagements/${w.engagementA}`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/engagements/[id]/page.tsx", method: "GET", path: (w) => `/workspace/engagements/${guessed(w.engagementA)}`, expect: NOBODY },
  // The personal link is the respondent's credential, like a resume link: whoever holds it is sent to the questionnaire.
  { file: "app/respond/[token]/page.tsx", method: "GET", path: (w) => `/respond/${w.engagementLinkToken}`, expect: EVERYONE },
  { file: "app/respond/[token]/page.tsx", method: "GET", path: () => `/respond/${UNKNOWN_TOKEN}`, expect: NOBODY },
  { file: "app/(workspace)/workspace/organizations/[id]/settings/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgA}/settings`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/settings/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgB}/settings`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/webhooks/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgA}/webhooks`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/webhooks/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgB}/webhooks`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/activity/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgA}/activity`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/activity/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${w.orgB}/activity`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/organizations/[id]/activity/page.tsx", method: "GET", path: (w) => `/workspace/organizations/${guessed(w.orgA)}/activity`, expect: only() },
  // Each consultant's portfolio overview covers only their own organizations; executives have no workspace.
  { file: "app/(workspace)/workspace/portfolio/page.tsx", method: "GET", path: () => "/workspace/portfolio", expect: only("consultantA", "consultantB", "admin") },
  { file: "app/(workspace)/workspace/results/[id]/page.tsx", method: "GET", path: (w) => `/workspace/results/${w.resultA}`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/results/[id]/page.tsx", method: "GET", path: (w) => `/workspace/results/${w.resultB}`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/results/[id]/delete/page.tsx", method: "GET", path: (w) => `/workspace/results/${w.resultA}/delete`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/results/[id]/delete/page.tsx", method: "GET", path: (w) => `/workspace/results/${guessed(w.resultB)}/delete`, expect: NOBODY },
  // The results table and its export list the caller's own organizations only; filtering on another organization finds nothing to show (404).
  { file: "app/(workspace)/workspace/results/page.tsx", method: "GET", path: () => "/workspace/results", expect: only("consultantA", "consultantB", "admin") },
  { file: "app/(workspace)/workspace/results/page.tsx", method: "GET", path: (w) => `/workspace/results?organization=${w.orgB}`, expect: only("consultantB", "admin") },
  { file: "app/(workspace)/workspace/results/export/route.ts", method: "GET", path: () => "/workspace/results/export?format=csv", expect: only("consultantA", "consultantB", "admin") },
  { file: "app/(workspace)/workspace/results/export/route.ts", method: "GET", path: (w) => `/workspace/results/export?format=json&organization=${w.orgA}`, expect: only("consultantA", "admin") },
  // Comparing needs every result named to be the caller's to review; without ids the page only explains how to choose.
  { file: "app/(workspace)/workspace/compare/page.tsx", method: "GET", path: () => "/workspace/compare", expect: only("consultantA", "consultantB", "admin") },
  { file: "app/(workspace)/workspace/compare/page.tsx", method: "GET", path: (w) => `/workspace/compare?ids=${w.resultA},${w.resultA2}`, expect: only("consultantA", "admin") },
  { file: "app/(workspace)/workspace/compare/page.tsx", method: "GET", path: (w) => `/workspace/compare?ids=${w.resultA},${w.resultB}`, expect: only("admin") },
  { file: "app/(workspace)/workspace/compare/page.tsx", method: "GET", path: (w) => `/workspace/compare?ids=${w.resultA}&ids=${guessed(w.resultA2)}`, expect: NOBODY },
  { file: "app/(admin)/admin/users/page.tsx", method: "GET", path: () => "/admin/users", expect: only("admin") },
  { file: "app/(admin)/admin/users/[id]/delete/page.tsx", method: "GET", path: (w) => `/admin/users/${w.people.execA.id}/delete`, expect: only("admin") },
  { file: "app/(admin)/admin/users/[id]/delete/page.tsx", method: "GET", path: (w) => `/admin/users/${guessed(w.people.execA.id)}/delete`, expect: NOBODY },
  { file: "app/(admin)/admin/organizations/page.tsx", method: "GET", path: () => "/admin/organizations", expect: only("admin") },
  { file: "app/(admin)/admin/organizations/[id]/page.tsx", method: "GET", path: (w) => `/admin/organizations/${w.orgA}`, expect: only("admin") },

  { file: "app/api/health/route.ts", method: "GET", path: () => "/api/health", expect: EVERYONE },
  { file: "app/api/v1/questionnaire/route.ts", method: "GET", path: () => "/api/v1/questionnaire", expect: EVERYONE },
  { file: "app/api/v1/score/route.ts", method: "POST", path: () => "/api/v1/score", body: () => ({ questionnaireVersion: QUESTIONNAIRE.version, answers: { employees: 40 } }), expect: EVERYONE },
  { file: "app/api/v1/assessments/route.ts", method: "POST", path: () => "/api/v1/assessments", expect: EVERYONE },
  { file: "app/api/v1/assessments/[token]/route.ts", method: "GET", path: (w) => `/api/v1/assessments/${w.anonymousToken}`, expect: EVERYONE },
  { file: "app/api/v1/assessments/[token]/route.ts", method: "GET", path: (w) => `/api/v1/assessments/${w.draftAToken}`, expect: only("execA") },
  { file: "app/api/v1/assessments/[token]/route.ts", method: "PUT", path: (w) => `/api/v1/assessments/${w.draftAToken}`, body: draftBody, expect: only("execA") },
  // An empty body: the owner gets a 400 for it, everyone else a 404 before the body is read.
  { file: "app/api/v1/assessments/[token]/submit/route.ts", method: "POST", path: (w) => `/api/v1/assessments/${w.draftAToken}/submit`, body: () => ({}), expect: only("execA") },
  { file: "app/api/v1/results/[id]/report/route.ts", method: "GET", path: (w) => `/api/v1/results/${w.resultA}/report?format=pdf`, expect: only("execA", "consultantA", "admin") },
  { file: "app/api/v1/results/[id]/report/route.ts", method: "GET", path: (w) => `/api/v1/results/${w.resultA}/report?format=md`, expect: only("execA", "consultantA", "admin") },
  { file: "app/api/v1/results/[id]/report/route.ts", method: "GET", path: (w) => `/api/v1/results/${guessed(w.resultA)}/report?format=pdf`, expect: NOBODY },
  { file: "app/api/v1/organizations/[id]/report/route.ts", method: "GET", path: (w) => `/api/v1/organizations/${w.orgA}/report?format=pdf`, expect: only("consultantA", "admin") },
  { file: "app/api/v1/organizations/[id]/report/route.ts", method: "GET", path: (w) => `/api/v1/organizations/${w.orgB}/report?format=md`, expect: only("consultantB", "admin") },
  { file: "app/api/v1/organizations/[id]/report/route.ts", method: "GET", path: (w) => `/api/v1/organizations/${guessed(w.orgA)}/report?format=pdf`, expect: NOBODY },
  // The read-only API (session here; personal tokens are covered in app/api/v1/read-api.int.test.ts): consultants' portfolios only.
  { file: "app/api/v1/results/route.ts", method: "GET", path: () => "/api/v1/results", expect: only("consultantA", "consultantB", "admin") },
  { file: "app/api/v1/results/route.ts", method: "GET", path: (w) => `/api/v1/results?organization=${w.orgB}`, expect: only("consultantB", "admin") },
  { file: "app/api/v1/results/[id]/route.ts", method: "GET", path: (w) => `/api/v1/results/${w.resultA}`, expect: only("consultantA", "admin") },
  { file: "app/api/v1/results/[id]/route.ts", method: "GET", path: (w) => `/api/v1/results/${w.resultB}`, expect: only("consultantB", "admin") },
  { file: "app/api/v1/results/[id]/route.ts", method: "GET", path: (w) => `/api/v1/results/${guessed(w.resultA)}`, expect: NOBODY },
  { file: "app/api/v1/organizations/route.ts", method: "GET", path: () => "/api/v1/organizations", expect: only("consultantA", "consultantB", "admin") },
  { file: "app/api/v1/openapi.json/route.ts", method: "GET", path: () => "/api/v1/openapi.json", expect: EVERYONE },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", path: () => "/api/auth/session", expect: EVERYONE },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "POST", path: () => "/api/auth/signout", body: () => ({}), expect: EVERYONE },
];

/** The matrix's own size, asserted so a target cannot drop out silently. */
export const EXPECTED_CELLS = TARGETS.length * ACTORS.length;
