/**
 * Every server action of ACTION_ROWS under hostile input (issue #7): the schema each one parses
 * with, a valid form for it in a fresh world, and the runner that sends it FUZZ_RUNS malformed
 * arguments as the right actor (and now and then as another). A malformed call must come back as
 * an error form state with clear messages (or, for the one action that answers with pages, as
 * Next's not-found or a sign-in redirect), write nothing, and leave the valid form working.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ZLocaleChoice } from "../validation/locale";
import { WORLD_PASSWORD } from "../../e2e/support/world";
import { totpCode } from "../auth/primitives/totp";
import { db } from "../db";
import { forgetInvitationsSent } from "./engagement-fixtures";
import { createApiToken as createApiTokenService } from "../services/api-tokens";
import { setOverride as setOverrideService } from "../services/result-review";
import { ANONYMOUS } from "../auth/actor";
import { createRespondentShareLink, createShareLink as createShareLinkService } from "../services/share-links";
import { ZSignUp } from "../services/sign-up";
import { ZChangePassword, ZConfirmTotp, ZIssueReset, ZReauthenticate, ZResetPassword, ZSetUserDisabled } from "../validation/account";
import { ZAdminOrganizationCreate, ZMemberAdd, ZMemberRemove, ZMemberRoleChange } from "../validation/admin-organizations";
import { WEIGHTED_ROLES, ZRoleWeightsUpdate } from "../validation/aggregation";
import { ZApiTokenCreate, ZApiTokenRevoke } from "../validation/api-tokens";
import { ZOrganizationBranding, ZOrganizationLogoRemove } from "../validation/organization-branding";
import { ZAssessmentClaim, ZInvitationAccept, ZInvitationCreate, ZInvitationRevoke, ZMemberAssessmentStart, ZOrganizationCreate, ZRecordId } from "../validation/organizations";
import { ZNoteCreate, ZOverrideClear, ZOverrideSet, ZReviewStatusChange } from "../validation/review";
import { ZRespondentShareLinkCreate, ZRespondentShareLinkRevoke, ZShareLinkCreate, ZShareLinkRevoke } from "../validation/share-links";
import { ZEmailMyLink } from "../validation/assessment";
import { createEngagement } from "../services/engagements";
import { ZEngagementCreate, ZEngagementRef, ZEngagementRespondentAdd, ZEngagementRespondentEmail, ZEngagementRespondentRef, ZEngagementSchedule } from "../validation/engagements";
import { ZWebhookCreate, ZWebhookEndpointRef } from "../validation/webhooks";
import { ZAccountDelete, ZDeleteByLink, ZOrganizationDelete, ZResultDeleteForm, ZUserDelete } from "../validation/privacy";
import { createAnonymousAssessment, createMemberAssessment, uniqueAddress } from "./accounts";
import {
  ACTORS,
  ADMIN,
  LOCALE,
  ADMIN_ORGANIZATIONS,
  API_TOKENS,
  INVITE,
  MARKETING,
  MY,
  ORGANIZATION,
  RESET,
  REVIEW,
  SECURITY,
  RESPONDENT_SHARE,
  EMAIL_LINK,
  DELETE_ACCOUNT,
  DELETE_BY_LINK,
  DELETE_RESULT,
  ENGAGEMENTS,
  SHARE,
  closedEngagementOf,
  teamReportLinkOf,
  SIGN_UP,
  WEBHOOKS,
  WORKSPACE,
  createServiceWorld,
  webhookEndpointOf,
  type ActorName,
  type ServiceWorld,
  type WorldOptions,
} from "./action-matrix";
import { FuzzCase, fuzz, messageProblems, type Verdict } from "./fuzz-harness";
import { setFuzzSession } from "./fuzz-session";
import { sessionCookie } from "./session-cookie";
import { objectSpecOf } from "./fuzz/fields";
import { formArgumentValue, formOf, malformedForm, type FormArgument } from "./fuzz/form-input";
import { preview } from "./fuzz/hostile";
import { parsedBy } from "./parsed-by";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createApiToken = parsedBy(ZApiTokenCreate, createApiTokenService);
const setOverride = parsedBy(ZOverrideSet, setOverrideService);
const createShareLink = parsedBy(ZShareLinkCreate, createShareLinkService);

/** How the action is called: (previous state, form) like useActionState, the form alone, or nothing. */
export type ActionShape = "state" | "form" | "none";

export interface ActionFuzz {
  /** As in ACTION_ROWS. */
  file: string;
  action: string;
  shape: ActionShape;
  /** The schema the action parses with (a copy where the action keeps it private). */
  schema: z.ZodType;
  /** Who may use it. */
  actor: ActorName;
  world?: WorldOptions;
  /** A form the action accepts, in this world. */
  valid: (world: ServiceWorld) => Promise<Record<string, string>>;
  /** Fields naming a row: a well-formed id that names nothing (or something elsewhere) must be refused too. */
  ids?: string[];
  /** Where the valid form redirects; without it the action answers with a success state. */
  redirectsTo?: RegExp;
  /** For the action without input: the rows every call adds, whatever it is sent. */
  writesAnyway?: Verdict["writes"];
}


/** The action files each fuzz test file covers, so the two can run in parallel. */
export const ACTION_FUZZ_GROUPS = {
  account: [MARKETING, LOCALE, SIGN_UP, SECURITY, RESET, API_TOKENS, INVITE, MY, RESPONDENT_SHARE, EMAIL_LINK, DELETE_BY_LINK, DELETE_ACCOUNT],
  admin: [ADMIN, ADMIN_ORGANIZATIONS],
  workspace: [WORKSPACE, ORGANIZATION, SHARE, REVIEW, DELETE_RESULT, ENGAGEMENTS, WEBHOOKS],
} as const;

// Copies of the schemas that live inside "use server" files, which may export only actions.
const ZNoInput = z.strictObject({});
const ZResumeOwnDraft = z.strictObject({ assessmentId: ZRecordId });

const code = (world: ServiceWorld, person: "execA") => totpCode(world.people[person].totpSecret, Date.now());

async function resultOf(world: ServiceWorld): Promise<string> {
  return (await createMemberAssessment(world.actors.execA, world.orgA)).resultId ?? "";
}

async function overrideFor(resultId: string): Promise<{ recommendation: "separate" | "ctio"; justification: string }> {
  const { recommendation } = await db.result.findUniqueOrThrow({ where: { id: resultId }, select: { recommendation: true } });
  return { recommendation: recommendation === "ctio" ? "separate" : "ctio", justification: "The board already has two strong leaders in post." };
}

const NEW_PASSWORD = "a different fuzz passphrase 2026";

const inTwoWeeks = () => new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** An engagement of organization A with one person, for the actions that change one. */
async function fuzzEngagement(world: ServiceWorld): Promise<{ engagementId: string; respondentId: string }> {
  const created = await createEngagement(world.actors.consultantA, {
    organizationId: world.orgA,
    name: "Fuzz engagement",
    dueDate: inTwoWeeks(),
    message: "Please answer.",
    reminderDays: [3, 0],
    notify: "each",
    respondents: `Fuzz Person, fuzz-${randomUUID().slice(0, 8)}@client.example, CEO`,
  });
  await forgetInvitationsSent(db, created.respondentIds);
  return { engagementId: created.id, respondentId: created.respondentIds[0] ?? "" };
}

export const ACTION_FUZZ: ActionFuzz[] = [
  // Takes no input at all: whatever it is sent, it starts one empty draft.
  {
    file: MARKETING,
    action: "startAssessmentAction",
    shape: "none",
    schema: ZNoInput,
    actor: "anonymous",
    valid: async () => ({}),
    redirectsTo: /^\/assessment\/[\w-]{43}$/,
    // The draft, and the counter of new assessments from the request's address (each case has its own).
    writesAnyway: { Assessment: 1, RateLimitCounter: 1 },
  },
  { file: LOCALE, action: "setLocaleAction", shape: "state", schema: ZLocaleChoice, actor: "execA", valid: async () => ({ locale: "de" }) },
  {
    file: SIGN_UP,
    action: "signUpAction",
    shape: "state",
    schema: ZSignUp,
    actor: "anonymous",
    valid: async () => ({ name: "Fuzz Person", email: `fuzz-${randomUUID()}@example.test`, password: NEW_PASSWORD }),
  },
  { file: SECURITY, action: "startTotpEnrollmentAction", shape: "state", schema: ZNoInput, actor: "execA", valid: async () => ({}) },
  { file: SECURITY, action: "confirmTotpEnrollmentAction", shape: "state", schema: ZConfirmTotp, actor: "execA", valid: async (w) => ({ code: code(w, "execA") }) },
  {
    file: SECURITY,
    action: "regenerateRecoveryCodesAction",
    shape: "state",
    schema: ZReauthenticate,
    actor: "execA",
    world: { executiveTotp: "enabled" },
    valid: async (w) => ({ password: WORLD_PASSWORD, code: code(w, "execA") }),
  },
  {
    file: SECURITY,
    action: "disableTotpAction",
    shape: "state",
    schema: ZReauthenticate,
    actor: "execA",
    world: { executiveTotp: "enabled" },
    valid: async (w) => ({ password: WORLD_PASSWORD, code: code(w, "execA") }),
    redirectsTo: /^\/account\/security\?done=totp-off$/,
  },
  {
    file: SECURITY,
    action: "changePasswordAction",
    shape: "state",
    schema: ZChangePassword,
    actor: "execA",
    valid: async () => ({ currentPassword: WORLD_PASSWORD, newPassword: NEW_PASSWORD, signOutOthers: "on" }),
    redirectsTo: /^\/sign-in\?/,
  },
  { file: SECURITY, action: "signOutEverywhereAction", shape: "state", schema: ZNoInput, actor: "execA", valid: async () => ({}), redirectsTo: /^\/sign-in\?notice=signed-out$/ },
  {
    file: RESET,
    action: "resetPasswordAction",
    shape: "state",
    schema: ZResetPassword,
    actor: "anonymous",
    valid: async (w) => ({ token: w.resetTokenA, newPassword: NEW_PASSWORD }),
    redirectsTo: /^\/sign-in\?notice=password-reset$/,
  },
  { file: ADMIN, action: "setUserDisabledAction", shape: "state", schema: ZSetUserDisabled, actor: "admin", valid: async (w) => ({ userId: w.people.execA.id, disabled: "true" }), ids: ["userId"] },
  {
    file: ADMIN,
    action: "deleteUserAction",
    shape: "state",
    schema: ZUserDelete,
    actor: "admin",
    valid: async (w) => ({ userId: w.people.execA.id }),
    ids: ["userId"],
    redirectsTo: /^\/admin\/users\?deleted=account$/,
  },
  {
    file: ADMIN_ORGANIZATIONS,
    action: "deleteOrganizationAction",
    shape: "state",
    schema: ZOrganizationDelete,
    actor: "admin",
    valid: async (w) => ({ organizationId: w.orgA, confirmName: (await db.organization.findUniqueOrThrow({ where: { id: w.orgA } })).name }),
    ids: ["organizationId"],
    redirectsTo: /^\/admin\/organizations\?deleted=organization$/,
  },
  {
    file: DELETE_RESULT,
    action: "deleteResultAction",
    shape: "state",
    schema: ZResultDeleteForm,
    actor: "consultantA",
    valid: async (w) => ({ resultId: await resultOf(w), returnTo: "workspace" }),
    ids: ["resultId"],
    redirectsTo: /^\/workspace\/results\?deleted=result$/,
  },
  {
    file: DELETE_BY_LINK,
    action: "deleteByTokenAction",
    shape: "state",
    schema: ZDeleteByLink,
    actor: "anonymous",
    valid: async () => ({ token: (await createAnonymousAssessment()).token }),
    redirectsTo: /^\/deleted\?what=result$/,
  },
  {
    file: DELETE_ACCOUNT,
    action: "deleteOwnAccountAction",
    shape: "state",
    schema: ZAccountDelete,
    actor: "execA",
    valid: async () => ({ password: WORLD_PASSWORD, organizationResults: "keep_anonymous" }),
    redirectsTo: /^\/deleted\?what=account$/,
  },
  { file: ADMIN, action: "issuePasswordResetLinkAction", shape: "state", schema: ZIssueReset, actor: "admin", valid: async (w) => ({ userId: w.people.execA.id }), ids: ["userId"] },
  {
    file: ADMIN_ORGANIZATIONS,
    action: "createOrganizationAsAdminAction",
    shape: "state",
    schema: ZAdminOrganizationCreate,
    actor: "admin",
    valid: async () => ({ name: "Fuzz Holdings", industry: "retail", sizeBand: "250_999", consultantFirmName: "Fuzz Advisory" }),
    redirectsTo: /^\/admin\/organizations\/[\w-]+$/,
  },
  {
    file: ADMIN_ORGANIZATIONS,
    action: "addOrganizationMemberAction",
    shape: "state",
    schema: ZMemberAdd,
    actor: "admin",
    valid: async (w) => ({ organizationId: w.orgA, email: w.people.execB.email, role: "consultant" }),
    ids: ["organizationId"],
  },
  {
    file: ADMIN_ORGANIZATIONS,
    action: "changeOrganizationMemberRoleAction",
    shape: "state",
    schema: ZMemberRoleChange,
    actor: "admin",
    valid: async (w) => ({ organizationId: w.orgA, userId: w.people.execA.id, role: "consultant" }),
    ids: ["organizationId", "userId"],
  },
  {
    file: ADMIN_ORGANIZATIONS,
    action: "removeOrganizationMemberAction",
    shape: "state",
    schema: ZMemberRemove,
    actor: "admin",
    valid: async (w) => ({ organizationId: w.orgA, userId: w.people.execA2.id }),
    ids: ["organizationId", "userId"],
  },
  {
    file: WORKSPACE,
    action: "createOrganizationAction",
    shape: "state",
    schema: ZOrganizationCreate,
    actor: "consultantA",
    valid: async () => ({ name: "Fuzz Client", industry: "retail", sizeBand: "50_249", consultantFirmName: "Fuzz Advisory" }),
    redirectsTo: /^\/workspace\/organizations\/[\w-]+\/team$/,
  },
  {
    file: WORKSPACE,
    action: "createInvitationAction",
    shape: "state",
    schema: ZInvitationCreate,
    actor: "consultantA",
    valid: async (w) => ({ organizationId: w.orgA, expiresInDays: "7", maxUses: "10" }),
    ids: ["organizationId"],
  },
  {
    file: ENGAGEMENTS,
    action: "createEngagementAction",
    shape: "state",
    schema: ZEngagementCreate,
    actor: "consultantA",
    valid: async (w) => ({ organizationId: w.orgA, name: "Fuzz engagement", dueDate: inTwoWeeks(), message: "Please answer.", reminderDays: "3", notify: "each", respondents: "Ada Okafor, ada@client.example, CEO" }),
    ids: ["organizationId"],
    redirectsTo: /^\/workspace\/engagements\/[\w-]+$/,
  },
  {
    file: ENGAGEMENTS,
    action: "addEngagementRespondentAction",
    shape: "state",
    schema: ZEngagementRespondentAdd,
    actor: "consultantA",
    valid: async (w) => ({ engagementId: (await fuzzEngagement(w)).engagementId, name: "Ben Ito", email: "ben@client.example", role: "cfo" }),
    ids: ["engagementId"],
  },
  {
    file: ENGAGEMENTS,
    action: "changeRespondentEmailAction",
    shape: "state",
    schema: ZEngagementRespondentEmail,
    actor: "consultantA",
    valid: async (w) => ({ respondentId: (await fuzzEngagement(w)).respondentId, email: "moved@client.example" }),
    ids: ["respondentId"],
  },
  // Needs email configured to succeed: app/workspace-actions.fuzz.test.ts starts an SMTP server for its run.
  { file: ENGAGEMENTS, action: "resendInvitationAction", shape: "state", schema: ZEngagementRespondentRef, actor: "consultantA", valid: async (w) => ({ respondentId: (await fuzzEngagement(w)).respondentId }), ids: ["respondentId"] },
  { file: ENGAGEMENTS, action: "removeEngagementRespondentAction", shape: "state", schema: ZEngagementRespondentRef, actor: "consultantA", valid: async (w) => ({ respondentId: (await fuzzEngagement(w)).respondentId }), ids: ["respondentId"] },
  {
    file: ENGAGEMENTS,
    action: "updateEngagementScheduleAction",
    shape: "state",
    schema: ZEngagementSchedule,
    actor: "consultantA",
    valid: async (w) => ({ engagementId: (await fuzzEngagement(w)).engagementId, dueDate: inTwoWeeks(), reminderDays: "7", notify: "digest" }),
    ids: ["engagementId"],
  },
  { file: ENGAGEMENTS, action: "closeEngagementAction", shape: "state", schema: ZEngagementRef, actor: "consultantA", valid: async (w) => ({ engagementId: (await fuzzEngagement(w)).engagementId }), ids: ["engagementId"] },
  { file: ENGAGEMENTS, action: "shareEngagementReportAction", shape: "state", schema: ZEngagementRef, actor: "consultantA", valid: async (w) => ({ engagementId: await closedEngagementOf(w, "A") }), ids: ["engagementId"] },
  { file: ENGAGEMENTS, action: "revokeEngagementReportLinkAction", shape: "state", schema: ZShareLinkRevoke, actor: "consultantA", valid: async (w) => ({ shareLinkId: await teamReportLinkOf(w) }), ids: ["shareLinkId"] },
  { file: WORKSPACE, action: "revokeInvitationAction", shape: "state", schema: ZInvitationRevoke, actor: "consultantA", valid: async (w) => ({ invitationId: w.invitationA.id }), ids: ["invitationId"] },
  {
    file: ORGANIZATION,
    action: "setRoleWeightsAction",
    shape: "state",
    schema: ZRoleWeightsUpdate,
    actor: "consultantA",
    valid: async (w) => ({ organizationId: w.orgA, ...Object.fromEntries(WEIGHTED_ROLES.map((role, index) => [role.id, String((index % 4) + 0.5)])) }),
    ids: ["organizationId"],
  },
  { file: ORGANIZATION, action: "saveOrganizationBrandingAction", shape: "state", schema: ZOrganizationBranding, actor: "consultantA", valid: async (w) => ({ organizationId: w.orgA, consultantFirmName: "Fuzz Advisory" }), ids: ["organizationId"] },
  { file: ORGANIZATION, action: "removeOrganizationLogoAction", shape: "state", schema: ZOrganizationLogoRemove, actor: "consultantA", valid: async (w) => ({ organizationId: w.orgA }), ids: ["organizationId"] },
  {
    file: WEBHOOKS,
    action: "createWebhookAction",
    shape: "state",
    schema: ZWebhookCreate,
    actor: "consultantA",
    valid: async (w) => ({ organizationId: w.orgA, url: "https://hooks.example.test/rolefit", events: "result.submitted", description: "Fuzz receiver" }),
    ids: ["organizationId"],
  },
  { file: WEBHOOKS, action: "deleteWebhookAction", shape: "state", schema: ZWebhookEndpointRef, actor: "consultantA", valid: async (w) => ({ endpointId: await webhookEndpointOf(w.orgA) }), ids: ["endpointId"] },
  { file: WEBHOOKS, action: "rotateWebhookSecretAction", shape: "state", schema: ZWebhookEndpointRef, actor: "consultantA", valid: async (w) => ({ endpointId: await webhookEndpointOf(w.orgA) }), ids: ["endpointId"] },
  { file: WEBHOOKS, action: "revealWebhookSecretAction", shape: "state", schema: ZWebhookEndpointRef, actor: "consultantA", valid: async (w) => ({ endpointId: await webhookEndpointOf(w.orgA) }), ids: ["endpointId"] },
  { file: WEBHOOKS, action: "sendTestWebhookAction", shape: "state", schema: ZWebhookEndpointRef, actor: "consultantA", valid: async (w) => ({ endpointId: await webhookEndpointOf(w.orgA) }), ids: ["endpointId"] },
  {
    file: INVITE,
    action: "acceptInvitationAction",
    shape: "state",
    schema: ZInvitationAccept,
    actor: "execB",
    valid: async (w) => ({ token: w.invitationA.token }),
    redirectsTo: /^\/assessment\/[\w-]{43}$/,
  },
  {
    file: MY,
    action: "startMemberAssessmentAction",
    shape: "state",
    schema: ZMemberAssessmentStart,
    actor: "execA",
    valid: async (w) => ({ organizationId: w.orgA }),
    ids: ["organizationId"],
    redirectsTo: /^\/assessment\/[\w-]{43}$/,
  },
  { file: MY, action: "claimAssessmentAction", shape: "state", schema: ZAssessmentClaim, actor: "execA", valid: async (w) => ({ token: w.anonymousToken }) },
  { file: MY, action: "resumeOwnDraftAction", shape: "form", schema: ZResumeOwnDraft, actor: "execA", valid: async (w) => ({ assessmentId: w.draftA.id }), ids: ["assessmentId"], redirectsTo: /^\/assessment\/[\w-]{43}$/ },
  { file: SHARE, action: "createShareLinkAction", shape: "state", schema: ZShareLinkCreate, actor: "execA", valid: async (w) => ({ resultId: await resultOf(w), expiresInDays: "14" }), ids: ["resultId"] },
  {
    file: SHARE,
    action: "revokeShareLinkAction",
    shape: "state",
    schema: ZShareLinkRevoke,
    actor: "execA",
    valid: async (w) => ({ shareLinkId: (await createShareLink(w.actors.execA, { resultId: await resultOf(w) })).id }),
    ids: ["shareLinkId"],
  },
  // Needs email configured to succeed: app/account-actions.fuzz.test.ts starts an SMTP server for its run.
  { file: EMAIL_LINK, action: "emailMyLinkAction", shape: "state", schema: ZEmailMyLink, actor: "anonymous", valid: async (w) => ({ token: w.anonymousToken, email: "fuzz@example.test" }) },
  {
    file: RESPONDENT_SHARE,
    action: "createRespondentShareLinkAction",
    shape: "state",
    schema: ZRespondentShareLinkCreate,
    actor: "anonymous",
    valid: async () => ({ token: (await createAnonymousAssessment()).token, expiresInDays: "14" }),
  },
  {
    file: RESPONDENT_SHARE,
    action: "revokeRespondentShareLinkAction",
    shape: "state",
    schema: ZRespondentShareLinkRevoke,
    actor: "anonymous",
    valid: async () => {
      const { token } = await createAnonymousAssessment();
      return { token, shareLinkId: (await createRespondentShareLink(ANONYMOUS, { token, expiresInDays: 14 }, uniqueAddress())).id };
    },
    ids: ["shareLinkId"],
  },
  { file: REVIEW, action: "addNoteAction", shape: "state", schema: ZNoteCreate, actor: "consultantA", valid: async (w) => ({ resultId: await resultOf(w), body: "Discussed with the board." }), ids: ["resultId"] },
  {
    file: REVIEW,
    action: "setReviewStatusAction",
    shape: "state",
    schema: ZReviewStatusChange,
    actor: "consultantA",
    valid: async (w) => ({ resultId: await resultOf(w), status: "in_review" }),
    ids: ["resultId"],
  },
  {
    file: REVIEW,
    action: "setOverrideAction",
    shape: "state",
    schema: ZOverrideSet,
    actor: "consultantA",
    valid: async (w) => {
      const resultId = await resultOf(w);
      return { resultId, ...(await overrideFor(resultId)) };
    },
    ids: ["resultId"],
  },
  {
    file: REVIEW,
    action: "clearOverrideAction",
    shape: "state",
    schema: ZOverrideClear,
    actor: "consultantA",
    valid: async (w) => {
      const resultId = await resultOf(w);
      await setOverride(w.actors.admin, { resultId, ...(await overrideFor(resultId)) });
      return { resultId };
    },
    ids: ["resultId"],
  },
  { file: API_TOKENS, action: "createApiTokenAction", shape: "state", schema: ZApiTokenCreate, actor: "consultantA", valid: async () => ({ name: "Fuzz BI", expiresInDays: "90" }) },
  {
    file: API_TOKENS,
    action: "revokeApiTokenAction",
    shape: "state",
    schema: ZApiTokenRevoke,
    actor: "consultantA",
    valid: async (w) => ({ apiTokenId: (await createApiToken(w.actors.consultantA, { name: "Fuzz BI" })).id }),
    ids: ["apiTokenId"],
  },
];

export type ActionOutcome = { kind: "returned"; value: unknown } | { kind: "redirect"; to: string } | { kind: "not-found" } | { kind: "threw"; error: unknown };

/** What the action did: returned, or threw Next's redirect or not-found signal, or something else. */
export async function settleAction(run: () => Promise<unknown>): Promise<ActionOutcome> {
  try {
    return { kind: "returned", value: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "not-found" };
    return { kind: "threw", error };
  }
}

function describeOutcome(outcome: ActionOutcome): string {
  if (outcome.kind === "returned") return `returned ${preview(JSON.stringify(outcome.value) ?? "undefined", 200)}`;
  if (outcome.kind === "redirect") return `redirected to ${outcome.to}`;
  if (outcome.kind === "not-found") return "answered not found";
  return `threw ${preview(String(outcome.error), 300)}`;
}

/** A refusal: an error state with clear messages, or (for the page-answering action) not-found or a sign-in redirect. */
export function refusalProblems(target: ActionFuzz, outcome: ActionOutcome): string[] {
  if (target.shape === "form") {
    if (outcome.kind === "not-found" || (outcome.kind === "redirect" && outcome.to.startsWith("/sign-in"))) return [];
    return [`${describeOutcome(outcome)}, not not-found`];
  }
  if (outcome.kind !== "returned") return [`${describeOutcome(outcome)}, not an error state`];
  const state = outcome.value as { status?: unknown; message?: unknown; fieldErrors?: unknown } | null;
  if (state?.status !== "error") return [`${describeOutcome(outcome)}: the malformed input was accepted`];
  const problems = messageProblems(state.message, "the message");
  const fieldErrors = state.fieldErrors && typeof state.fieldErrors === "object" ? Object.entries(state.fieldErrors) : [];
  for (const [field, message] of fieldErrors) problems.push(...messageProblems(message, `the error for ${preview(field, 40)}`));
  const size = JSON.stringify(state).length;
  if (size > 20_000) problems.push(`the error state is ${size.toLocaleString("en-US")} characters long`);
  return problems;
}

/** The outcome a valid form must have: the success state, or the redirect the action makes on success. */
export function successProblems(target: ActionFuzz, outcome: ActionOutcome): string[] {
  if (target.redirectsTo) return outcome.kind === "redirect" && target.redirectsTo.test(outcome.to) ? [] : [`${describeOutcome(outcome)}, not a redirect to ${target.redirectsTo}`];
  const state = outcome.kind === "returned" ? (outcome.value as { status?: unknown } | null) : null;
  return state?.status === "success" ? [] : [`${describeOutcome(outcome)}, not a success state`];
}

/** Well-formed ids that name nothing, or (for anyone but the administrator, who may reach them) rows of organization B. */
function wrongIds(real: string, world: ServiceWorld, actor: ActorName): fc.Arbitrary<string> {
  const elsewhere = actor === "admin" ? [] : [world.orgB, world.people.execB.id, world.invitationB.id, world.draftB.id];
  const neighbours = [`${real.slice(0, -1)}${real.endsWith("a") ? "b" : "a"}`, real.toUpperCase(), real.slice(1)];
  return fc.oneof(fc.constantFrom(...neighbours, ...elsewhere), fc.stringMatching(/^c[a-z0-9]{24}$/)).filter((id) => id !== real);
}

interface ActionCase {
  argument: FormArgument;
  actor: ActorName;
}

export type ActionCall = (...args: unknown[]) => Promise<unknown>;

function invoke(target: ActionFuzz, call: ActionCall, argument: unknown): Promise<unknown> {
  if (target.shape === "form") return call(argument);
  if (target.shape === "none") return call();
  return call({ status: "idle" }, argument);
}

/**
 * Sends FUZZ_RUNS malformed arguments to the action in a fresh world, mostly as the actor with
 * the right and now and then as anyone else, then the valid form once.
 */
export async function fuzzAction(target: ActionFuzz, call: ActionCall): Promise<void> {
  const world = await createServiceWorld(target.world);
  const cookies = new Map<ActorName, string>();
  for (const name of ACTORS) {
    if (name !== "anonymous") cookies.set(name, await sessionCookie(world.people[name].id));
  }
  const signInAs = (actor: ActorName) => setFuzzSession(cookies.get(actor) ?? null);

  const base = await target.valid(world);
  const idChanges = (target.ids ?? []).map((field) =>
    wrongIds(base[field] ?? "", world, target.actor).map((id): FormArgument => ({ kind: "form", entries: Object.entries({ ...base, [field]: id }).map(([key, value]) => [key, { kind: "text", text: value }]), breaking: `${field} = ${id}, which names nothing this actor may change` })),
  );
  // A malformed form is refused whoever sends it; an id is wrong only for the actor it was chosen against.
  const anyone = fc.oneof({ arbitrary: fc.constant(target.actor), weight: 6 }, { arbitrary: fc.constantFrom(...ACTORS), weight: 1 });
  const malformed = fc.tuple(malformedForm(base, objectSpecOf(target.schema)), anyone);
  const plans = fc.oneof({ arbitrary: malformed, weight: 8 }, ...idChanges.map((change) => ({ arbitrary: fc.tuple(change, fc.constant(target.actor)), weight: 1 })));
  const cases = plans.map(([arg, who]) => new FuzzCase<ActionCase>({ argument: arg, actor: who }, `as ${who}: ${arg.breaking}`));

  try {
    await fuzz(`${target.action} (${target.file})`, cases, async ({ argument: arg, actor: who }) => {
      signInAs(who);
      const outcome = await settleAction(() => invoke(target, call, formArgumentValue(arg)));
      // An action without input cannot be sent a malformed one: it must ignore the argument and do its one thing.
      if (target.shape === "none") return { problems: successProblems(target, outcome), writes: target.writesAnyway };
      return refusalProblems(target, outcome);
    });
    signInAs(target.actor);
    const form = formOf(await target.valid(world));
    const problems = successProblems(target, await settleAction(() => invoke(target, call, form)));
    if (problems.length > 0) throw new Error(`${target.action} no longer accepts a valid form after the fuzz run: ${problems.join("; ")}`);
  } finally {
    setFuzzSession(null);
  }
}

/**
 * The whole of an action fuzz file but its vi.mock calls, which vitest hoists only in the test file
 * itself: the table must cover every action the group's modules export, then each is fuzzed.
 */
export function describeActionFuzz(title: string, group: keyof typeof ACTION_FUZZ_GROUPS, modules: Record<string, Record<string, unknown>>): void {
  const targets = ACTION_FUZZ.filter((target) => (ACTION_FUZZ_GROUPS[group] as readonly string[]).includes(target.file));

  afterAll(async () => {
    await db.$disconnect();
  });

  describe(title, () => {
    it("covers every exported action of its files", () => {
      const exported = Object.entries(modules).flatMap(([file, module]) => Object.keys(module).map((name) => `${file} ${name}`));
      expect(targets.map((target) => `${target.file} ${target.action}`).sort()).toEqual(exported.sort());
    });

    for (const target of targets) {
      it(`${target.action} refuses every malformed argument, writes nothing and still accepts a valid form`, async () => {
        const call = modules[target.file]?.[target.action];
        if (typeof call !== "function") throw new Error(`${target.file} does not export ${target.action}`);
        await fuzzAction(target, call as ActionCall);
      });
    }
  });
}
