/**
 * Who may use which server action. Actions read the session through next/headers, so they cannot
 * run outside a request; each one hands the actor and its input to one service, where the rule
 * lives, and this matrix calls that same service as each of the seven kinds of actor.
 * lib/services/action-matrix.int.test.ts runs it; lib/testing/authz-coverage.test.ts fails when a
 * "use server" export is missing from it.
 */
import { randomUUID } from "node:crypto";
import { httpStatusOf } from "../http/errors";
import type { Expectation, Expectations } from "../../e2e/authz-matrix";
import { ACTORS, WORLD_PASSWORD, type ActorName, type PersonName } from "../../e2e/support/world";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { hashPassword } from "../auth/primitives/password-hash";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { newTotpSecret, totpCode } from "../auth/primitives/totp";
import { db } from "../db";
import { forgetInvitationsSent } from "./engagement-fixtures";
import { changePassword as changePasswordService, confirmTotpEnrollment as confirmTotpEnrollmentService, disableTotp as disableTotpService, regenerateRecoveryCodes as regenerateRecoveryCodesService, saveLocaleSetting, signOutEverywhere, startTotpEnrollment } from "../services/account";
import { addOrganizationMember as addOrganizationMemberService, changeOrganizationMemberRole as changeOrganizationMemberRoleService, createOrganizationAsAdmin as createOrganizationAsAdminService, removeOrganizationMember as removeOrganizationMemberService } from "../services/admin-organizations";
import { setUserDisabled as setUserDisabledService } from "../services/admin-users";
import { createAssessment, startAssessmentForMember, submitAssessment } from "../services/assessments";
import { claimAssessment } from "../services/claims";
import { DomainError } from "../errors";
import {
  addEngagementRespondent as addEngagementRespondentService,
  changeRespondentEmail as changeRespondentEmailService,
  closeEngagement as closeEngagementService,
  createEngagement as createEngagementService,
  removeEngagementRespondent as removeEngagementRespondentService,
  resendInvitation as resendInvitationService,
  updateEngagementSchedule as updateEngagementScheduleService,
} from "../services/engagements";
import { ZEngagementCreate, ZEngagementRef, ZEngagementRespondentAdd, ZEngagementRespondentEmail, ZEngagementRespondentRef, ZEngagementSchedule } from "../validation/engagements";
import { acceptInvitation, createInvitation as createInvitationService, revokeInvitation as revokeInvitationService } from "../services/invitations";
import { removeOrganizationLogo as removeOrganizationLogoService, updateOrganizationBranding as updateOrganizationBrandingService } from "../services/organization-branding";
import { setRoleWeights as setRoleWeightsService } from "../services/organization-insights";
import { createOrganization as createOrganizationService } from "../services/organizations";
import { issuePasswordResetLink as issuePasswordResetLinkService, resetPasswordWithLink } from "../services/password-reset";
import { addNote as addNoteService, clearOverride as clearOverrideService, setOverride as setOverrideService, setReviewStatus as setReviewStatusService } from "../services/result-review";
import {
  createRespondentShareLink as createRespondentShareLinkService,
  createShareLink as createShareLinkService,
  revokeRespondentShareLink as revokeRespondentShareLinkService,
  revokeShareLink as revokeShareLinkService,
} from "../services/share-links";
import { createApiToken as createApiTokenService, revokeApiToken as revokeApiTokenService } from "../services/api-tokens";
import { signUp } from "../services/sign-up";
import { reopenOwnDraft } from "../services/workspace";
import * as accounts from "./accounts";
import { revokeEngagementReportLink as revokeEngagementReportLinkService, shareEngagementReport as shareEngagementReportService } from "../services/engagement-results";
import { submissionBody } from "./fixtures";
import { pngBytes } from "./logo-images";
import { uniqueAddress } from "./accounts";
import { parsedBy } from "./parsed-by";
import { ZChangePassword, ZConfirmTotp, ZIssueReset, ZReauthenticate, ZSetUserDisabled } from "../validation/account";
import { ZAdminOrganizationCreate, ZMemberAdd, ZMemberRemove, ZMemberRoleChange } from "../validation/admin-organizations";
import { ZRoleWeightsUpdate } from "../validation/aggregation";
import { ZApiTokenCreate, ZApiTokenRevoke } from "../validation/api-tokens";
import { ZOrganizationBranding, ZOrganizationLogoRemove } from "../validation/organization-branding";
import { ZInvitationCreate, ZInvitationRevoke, ZOrganizationCreate } from "../validation/organizations";
import { ZNoteCreate, ZOverrideClear, ZOverrideSet, ZReviewStatusChange } from "../validation/review";
import { ZRespondentShareLinkCreate, ZRespondentShareLinkRevoke, ZShareLinkCreate, ZShareLinkRevoke } from "../validation/share-links";
import { ZEmailMyLink, type TEmailMyLink } from "../validation/assessment";
import { emailMyLink as emailMyLinkService } from "../services/link-email";
import { deleteOwnAccount as deleteOwnAccountService } from "../services/account";
import { deleteByToken } from "../services/assessments";
import { deleteOrganization as deleteOrganizationService, deleteResult as deleteResultService, deleteUserAsAdmin as deleteUserAsAdminService } from "../services/data-deletion";
import { ZAccountDelete, ZOrganizationDelete, ZResultDelete, ZUserDelete } from "../validation/privacy";
import { ZWebhookCreate, ZWebhookEndpointRef } from "../validation/webhooks";
import {
  createWebhookEndpoint as createWebhookEndpointService,
  deleteWebhookEndpoint as deleteWebhookEndpointService,
  revealWebhookSecret as revealWebhookSecretService,
  rotateWebhookSecret as rotateWebhookSecretService,
  sendTestWebhook as sendTestWebhookService,
} from "../services/webhooks";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const changePassword = parsedBy(ZChangePassword, changePasswordService);
const confirmTotpEnrollment = parsedBy(ZConfirmTotp, confirmTotpEnrollmentService);
const disableTotp = parsedBy(ZReauthenticate, disableTotpService);
const regenerateRecoveryCodes = parsedBy(ZReauthenticate, regenerateRecoveryCodesService);
const addOrganizationMember = parsedBy(ZMemberAdd, addOrganizationMemberService);
const changeOrganizationMemberRole = parsedBy(ZMemberRoleChange, changeOrganizationMemberRoleService);
const createOrganizationAsAdmin = parsedBy(ZAdminOrganizationCreate, createOrganizationAsAdminService);
const removeOrganizationMember = parsedBy(ZMemberRemove, removeOrganizationMemberService);
const setUserDisabled = parsedBy(ZSetUserDisabled, setUserDisabledService);
const createInvitation = parsedBy(ZInvitationCreate, createInvitationService);
const revokeInvitation = parsedBy(ZInvitationRevoke, revokeInvitationService);
const removeOrganizationLogo = parsedBy(ZOrganizationLogoRemove, removeOrganizationLogoService);
const updateOrganizationBranding = parsedBy(ZOrganizationBranding, updateOrganizationBrandingService);
const setRoleWeights = parsedBy(ZRoleWeightsUpdate, setRoleWeightsService);
const createOrganization = parsedBy(ZOrganizationCreate, createOrganizationService);
const issuePasswordResetLink = parsedBy(ZIssueReset, issuePasswordResetLinkService);
const addNote = parsedBy(ZNoteCreate, addNoteService);
const clearOverride = parsedBy(ZOverrideClear, clearOverrideService);
const setOverride = parsedBy(ZOverrideSet, setOverrideService);
const setReviewStatus = parsedBy(ZReviewStatusChange, setReviewStatusService);
const createShareLink = parsedBy(ZShareLinkCreate, createShareLinkService);
const revokeShareLink = parsedBy(ZShareLinkRevoke, revokeShareLinkService);
const createRespondentShareLink = parsedBy(ZRespondentShareLinkCreate, (actor, input) => createRespondentShareLinkService(actor, input, uniqueAddress()));
const revokeRespondentShareLink = parsedBy(ZRespondentShareLinkRevoke, revokeRespondentShareLinkService);
const createApiToken = parsedBy(ZApiTokenCreate, createApiTokenService);
const revokeApiToken = parsedBy(ZApiTokenRevoke, revokeApiTokenService);
const deleteResult = parsedBy(ZResultDelete, deleteResultService);
const deleteOwnAccount = parsedBy(ZAccountDelete, deleteOwnAccountService);
const deleteUserAsAdmin = parsedBy(ZUserDelete, deleteUserAsAdminService);
const deleteOrganization = parsedBy(ZOrganizationDelete, deleteOrganizationService);
const createEngagement = parsedBy(ZEngagementCreate, createEngagementService);
const addEngagementRespondent = parsedBy(ZEngagementRespondentAdd, addEngagementRespondentService);
const changeRespondentEmail = parsedBy(ZEngagementRespondentEmail, changeRespondentEmailService);
const removeEngagementRespondent = parsedBy(ZEngagementRespondentRef, removeEngagementRespondentService);
const resendInvitation = parsedBy(ZEngagementRespondentRef, resendInvitationService);
const updateEngagementSchedule = parsedBy(ZEngagementSchedule, updateEngagementScheduleService);
const closeEngagement = parsedBy(ZEngagementRef, closeEngagementService);
const createWebhookEndpoint = parsedBy(ZWebhookCreate, createWebhookEndpointService);
const deleteWebhookEndpoint = parsedBy(ZWebhookEndpointRef, deleteWebhookEndpointService);
const revealWebhookSecret = parsedBy(ZWebhookEndpointRef, revealWebhookSecretService);
const rotateWebhookSecret = parsedBy(ZWebhookEndpointRef, rotateWebhookSecretService);
const sendTestWebhook = parsedBy(ZWebhookEndpointRef, (actor, input) => sendTestWebhookService(actor, input));
const shareEngagementReport = parsedBy(ZEngagementRef, shareEngagementReportService);
const revokeEngagementReportLink = parsedBy(ZShareLinkRevoke, revokeEngagementReportLinkService);
const emailMyLink = parsedBy(ZEmailMyLink, (actor, input: TEmailMyLink) => emailMyLinkService(actor, input, uniqueAddress()));

export { ACTORS, type ActorName };

const PEOPLE = ACTORS.filter((name): name is PersonName => name !== "anonymous");

export interface WorldPerson {
  id: string;
  email: string;
  /** Enabled for consultants and the administrator; for executives as WorldOptions says. */
  totpSecret: string;
}

export interface WorldOptions {
  /** Executives' second factor: "pending" (set up, not yet confirmed; the default) or "enabled". */
  executiveTotp?: "pending" | "enabled";
}

/** Organizations A and B with their people (each with the password WORLD_PASSWORD) and what they own. */
export interface ServiceWorld {
  people: Record<PersonName, WorldPerson>;
  actors: Record<ActorName, Actor>;
  orgA: string;
  orgB: string;
  /** Drafts execA and execB started in their organizations. */
  draftA: accounts.TestAssessment;
  draftB: accounts.TestAssessment;
  /** The resume token of an unowned anonymous draft. */
  anonymousToken: string;
  invitationA: { id: string; token: string };
  invitationB: { id: string; token: string };
  /** A usable password-reset token for execA, issued by the administrator. */
  resetTokenA: string;
}

let knownHash: Promise<string> | undefined;

/** Fresh for every cell, so one cell's writes (a spent reset link, a claimed draft) never reach another. */
export async function createServiceWorld(options: WorldOptions = {}): Promise<ServiceWorld> {
  const orgA = await accounts.createTestOrganization();
  const orgB = await accounts.createTestOrganization();
  const created: Record<PersonName, accounts.TestAccount> = {
    execA: await accounts.createExecutive([orgA.id], { name: "execA" }),
    execA2: await accounts.createExecutive([orgA.id], { name: "execA2" }),
    execB: await accounts.createExecutive([orgB.id], { name: "execB" }),
    consultantA: await accounts.createConsultant([orgA.id], { name: "consultantA" }),
    consultantB: await accounts.createConsultant([orgB.id], { name: "consultantB" }),
    admin: await accounts.createAdmin(),
  };
  const passwordHash = await (knownHash ??= hashPassword(WORLD_PASSWORD));
  const people = {} as Record<PersonName, WorldPerson>;
  const actors = { anonymous: ANONYMOUS } as Record<ActorName, Actor>;
  for (const name of PEOPLE) {
    const { id, email } = created[name].user;
    const totpSecret = newTotpSecret();
    const enabled = !name.startsWith("exec") || options.executiveTotp === "enabled";
    await db.user.update({ where: { id }, data: { passwordHash, totpSecret, totpEnabledAt: enabled ? new Date() : null } });
    people[name] = { id, email, totpSecret };
    actors[name] = await accounts.userActorFor(id);
  }
  const invitationA = await createInvitation(actors.consultantA, { organizationId: orgA.id });
  const invitationB = await createInvitation(actors.consultantB, { organizationId: orgB.id });
  const resetTokenA = newOpaqueToken();
  await db.passwordResetToken.create({
    data: { userId: people.execA.id, tokenHash: hashOpaqueToken(resetTokenA), expiresAt: new Date(Date.now() + 3_600_000), createdById: people.admin.id },
  });
  return {
    people,
    actors,
    orgA: orgA.id,
    orgB: orgB.id,
    draftA: await accounts.createMemberAssessment(actors.execA, orgA.id, { draft: true }),
    draftB: await accounts.createMemberAssessment(actors.execB, orgB.id, { draft: true }),
    anonymousToken: (await accounts.createAnonymousAssessment({ draft: true })).token,
    invitationA: { id: invitationA.id, token: invitationA.token },
    invitationB: { id: invitationB.id, token: invitationB.token },
    resetTokenA,
  };
}

/**
 * The caller's own account, for re-authentication inputs. Anonymous callers present execA's
 * password and code: knowing them must grant nothing without a session.
 */
function own(actor: Actor, world: ServiceWorld): WorldPerson {
  if (actor.kind !== "user") return world.people.execA;
  const person = Object.values(world.people).find((candidate) => candidate.id === actor.userId);
  if (!person) throw new Error(`Actor ${actor.userId} is not in this world`);
  return person;
}

const reauthentication = (actor: Actor, world: ServiceWorld) => ({ password: WORLD_PASSWORD, code: totpCode(own(actor, world).totpSecret, Date.now()) });

/** A plausible neighbour of a real id or token: guessed or sequential identifiers must find nothing. */
const guessed = (id: string) => `${id.slice(0, -1)}${id.endsWith("a") ? "b" : "a"}`;

function only(...allowed: ActorName[]): Expectations {
  return Object.fromEntries(ACTORS.map((actor) => [actor, allowed.includes(actor) ? "allow" : "deny"])) as Expectations;
}

const EVERYONE = only(...ACTORS);
const SIGNED_IN = only(...PEOPLE);
const NOBODY = only();

/**
 * Why a service refused, when the reason is who is asking: not signed in (401), not permitted,
 * including a role or second-factor requirement (403), or not shown to this caller at all (404).
 */
export const REFUSAL_CODES: Readonly<Record<401 | 403 | 404, readonly string[]>> = {
  401: ["unauthenticated", "sign_in_required"],
  403: ["consultants_only", "second_factor_required", "totp_setup_required", "totp_required"],
  404: ["not_found", "organization_not_found", "invitation_not_found", "assessment_not_found", "result_not_found", "user_not_found", "member_not_found", "reset_link_invalid", "share_link_not_found", "share_link_invalid", "api_token_not_found", "engagement_not_found", "engagement_respondent_not_found", "webhook_not_found"],
};

/** Statuses about the input or the state of the thing, never about the caller: validation, conflicts, limits. */
const NOT_ABOUT_THE_CALLER = [400, 409, 413, 415, 422];

export type Outcome = { ok: true } | { ok: false; error: unknown };
export type Verdict = Expectation | `unexpected: ${string}`;

export function settle(promise: Promise<unknown>): Promise<Outcome> {
  return promise.then(
    () => ({ ok: true }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/**
 * "allow": the service returned, or refused for a reason that is not about who is asking (a 400,
 * 409, 413, 415 or 422 DomainError). "deny": a 401, 403 or 404 DomainError whose code is in
 * REFUSAL_CODES. Anything else (any other error, or a 401/403/404 with another code, such as
 * wrong_password or wrong_code when the matrix's own input is stale) is "unexpected", which
 * matches no expectation, so a new refusal code must be classified here before the matrix passes.
 */
export function verdictOf(outcome: Outcome): Verdict {
  if (outcome.ok) return "allow";
  const { error } = outcome;
  if (!(error instanceof DomainError)) return `unexpected: ${String(error)}`;
  const status = httpStatusOf(error);
  if (NOT_ABOUT_THE_CALLER.includes(status)) return "allow";
  const refusals = status === 401 || status === 403 || status === 404 ? REFUSAL_CODES[status] : [];
  return refusals.includes(error.code) ? "deny" : `unexpected: ${status} ${error.code}`;
}

export function describeOutcome(outcome: Outcome): string {
  if (outcome.ok) return "returned";
  return outcome.error instanceof DomainError ? `${httpStatusOf(outcome.error)} ${outcome.error.code}` : String(outcome.error);
}

export interface ActionRow {
  /** The "use server" file under app/ and the name it exports the action as. */
  file: string;
  action: string;
  /** The service function the action calls. */
  service: string;
  /** What the input points at, for readable differences. */
  target: string;
  world?: WorldOptions;
  run: (actor: Actor, world: ServiceWorld) => Promise<unknown>;
  expect: Expectations;
}

/** The server action files, by area; the fuzz suite (fuzz-actions.ts) names them the same way. */
export const MARKETING = "app/(marketing)/actions.ts";
export const LOCALE = "app/locale-actions.ts";
export const SIGN_UP = "app/(auth)/sign-up/actions.ts";
export const SECURITY = "app/(account)/account/security/actions.ts";
export const RESET = "app/(account)/reset-password/[token]/actions.ts";
export const ADMIN = "app/(admin)/admin/users/actions.ts";
export const ADMIN_ORGANIZATIONS = "app/(admin)/admin/organizations/actions.ts";
export const WORKSPACE = "app/(workspace)/workspace/actions.ts";
export const ORGANIZATION = "app/(workspace)/workspace/organizations/[id]/actions.ts";
export const INVITE = "app/invite/[token]/actions.ts";
export const MY = "app/(assessment)/my/actions.ts";
export const SHARE = "app/(report)/share-actions.ts";
export const RESPONDENT_SHARE = "app/(assessment)/assessment/[token]/result/actions.ts";
export const EMAIL_LINK = "app/(assessment)/assessment/[token]/email-actions.ts";
export const REVIEW = "app/(workspace)/workspace/results/[id]/actions.ts";
export const API_TOKENS = "app/(account)/account/api-tokens/actions.ts";
export const DELETE_RESULT = "app/(report)/delete-result-actions.ts";
export const DELETE_BY_LINK = "app/(assessment)/assessment/[token]/delete/actions.ts";
export const DELETE_ACCOUNT = "app/(account)/account/delete/actions.ts";
export const ENGAGEMENTS = "app/(workspace)/workspace/engagements/actions.ts";
export const WEBHOOKS = "app/(workspace)/workspace/organizations/[id]/webhooks/actions.ts";

const NEW_PASSWORD = "a different passphrase for the matrix";

/** The invitation action joins, then starts a draft in the organization it joined, as one step. */
async function joinAndStart(actor: Actor, token: string): Promise<{ token: string }> {
  const { organizationId } = await acceptInvitation(actor, token);
  return startAssessmentForMember(actor, organizationId);
}

/** A webhook endpoint of the organization, made in the cell that needs it (nothing is sent to it). */
export async function webhookEndpointOf(organizationId: string): Promise<string> {
  const endpoint = await db.webhookEndpoint.create({
    data: { organizationId, url: "https://hooks.example.test/rolefit", secret: "whsec_bWF0cml4LW9ubHktc2VjcmV0", events: ["result.submitted"] },
    select: { id: true },
  });
  return endpoint.id;
}

const WEBHOOK_FORM = { url: "https://hooks.example.test/rolefit", events: "result.submitted" };

/** A result its respondent (execA in A, execB in B) submitted, made in the cell that needs it. */
async function resultOf(w: ServiceWorld, respondent: "execA" | "execB"): Promise<string> {
  const { resultId } = await accounts.createMemberAssessment(w.actors[respondent], respondent === "execA" ? w.orgA : w.orgB);
  if (!resultId) throw new Error("The matrix's result was not submitted");
  return resultId;
}

/** The id of a share link `creator` made to `respondent`'s result. */
async function shareLinkOf(w: ServiceWorld, respondent: "execA" | "execB", creator: PersonName): Promise<string> {
  return (await createShareLink(w.actors[creator], { resultId: await resultOf(w, respondent) })).id;
}

/** A valid override of the result: it must name a structure other than the model's. */
async function overrideOf(resultId: string): Promise<{ resultId: string; recommendation: "separate" | "ctio"; justification: string }> {
  const { recommendation } = await db.result.findUniqueOrThrow({ where: { id: resultId }, select: { recommendation: true } });
  return { resultId, recommendation: recommendation === "ctio" ? "separate" : "ctio", justification: "The matrix overrides to exercise the rule, not to advise anyone." };
}

/** `respondent`'s result with an override the administrator made, so there is one to remove. */
async function overriddenResultOf(w: ServiceWorld, respondent: "execA" | "execB"): Promise<string> {
  const resultId = await resultOf(w, respondent);
  await setOverride(w.actors.admin, await overrideOf(resultId));
  return resultId;
}

/** The id of a personal API token `owner` created. */
async function apiTokenOf(w: ServiceWorld, owner: "consultantA" | "admin"): Promise<string> {
  return (await createApiToken(w.actors[owner], { name: "Matrix BI" })).id;
}

/** A branding change with a real PNG, as the form posts it. */
const brandingOf = (organizationId: string) => ({ organizationId, consultantFirmName: "Matrix Advisory", logo: new File([new Uint8Array(pngBytes())], "logo.png", { type: "image/png" }) });

/** Gives the organization a logo (written directly: who may set one is another row), so removing it removes something. */
const IN_TWO_WEEKS = () => new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

function engagementInput(organizationId: string) {
  return { organizationId, name: "Matrix engagement", dueDate: IN_TWO_WEEKS(), message: "Please answer.", notify: "each", respondents: `Matrix Person, person-${randomUUID().slice(0, 8)}@client.example, CEO` };
}

/** An engagement of one person in the organization, created by its consultant for this cell. */
async function engagementOf(w: ServiceWorld, side: "A" | "B"): Promise<{ engagementId: string; respondentId: string }> {
  const created = await createEngagement(side === "A" ? w.actors.consultantA : w.actors.consultantB, engagementInput(side === "A" ? w.orgA : w.orgB));
  const [respondentId] = created.respondentIds;
  if (!respondentId) throw new Error("The matrix engagement has no respondent");
  await forgetInvitationsSent(db, created.respondentIds);
  return { engagementId: created.id, respondentId };
}

/** A closed engagement whose one person answered: its team's report can be sent. */
export async function closedEngagementOf(w: ServiceWorld, side: "A" | "B"): Promise<string> {
  const { engagementId, respondentId } = await engagementOf(w, side);
  const { linkToken } = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondentId }, select: { linkToken: true } });
  await submitAssessment(ANONYMOUS, linkToken, submissionBody());
  await closeEngagement(side === "A" ? w.actors.consultantA : w.actors.consultantB, { engagementId });
  return engagementId;
}

/** The id of the link to the team's report that A's consultant sent for a closed engagement of A. */
export async function teamReportLinkOf(w: ServiceWorld): Promise<string> {
  const engagementId = await closedEngagementOf(w, "A");
  await shareEngagementReport(w.actors.consultantA, { engagementId });
  return (await db.shareLink.findFirstOrThrow({ where: { engagementId }, select: { id: true } })).id;
}

async function withLogo(organizationId: string): Promise<string> {
  await db.organizationLogo.create({ data: { organizationId, mediaType: "image/png", bytes: new Uint8Array(pngBytes()) } });
  return organizationId;
}

async function organizationName(organizationId: string): Promise<string> {
  return (await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } })).name;
}

type Case = Pick<ActionRow, "target" | "run" | "expect" | "world">;

/** One action's rows: the plain case, then the identifiers of other organizations and guessed ones. */
/** A link the anonymous respondent made to their result, with the private link that revokes it. */
async function anonymousShare(): Promise<{ token: string; shareLinkId: string }> {
  const { token } = await accounts.createAnonymousAssessment();
  return { token, shareLinkId: (await createRespondentShareLinkService(ANONYMOUS, { token, expiresInDays: 14 }, uniqueAddress())).id };
}

/** A link `creator` made to execA's result in A, with that result's private link. */
async function memberShare(w: ServiceWorld, creator: "execA" | "consultantA"): Promise<{ token: string; shareLinkId: string }> {
  const { token, resultId } = await accounts.createMemberAssessment(w.actors.execA, w.orgA);
  return { token, shareLinkId: (await createShareLink(w.actors[creator], { resultId })).id };
}

const action = (file: string, name: string, service: string, ...cases: Case[]): ActionRow[] => cases.map((c) => ({ file, action: name, service, ...c }));

export const ACTION_ROWS: ActionRow[] = [
  ...action(MARKETING, "startAssessmentAction", "createAssessment", { target: "a new anonymous draft", run: () => createAssessment(), expect: EVERYONE }),
  // Anyone may pick a language; a signed-in person's pick is saved to their own account, never another's.
  ...action(LOCALE, "setLocaleAction", "saveLocaleSetting", { target: "the actor's own language setting", run: (actor) => saveLocaleSetting(actor, "de"), expect: EVERYONE }),
  ...action(SIGN_UP, "signUpAction", "signUp", {
    target: "a new email address",
    run: () => signUp({ name: "Matrix Person", email: `matrix-${randomUUID()}@example.test`, password: NEW_PASSWORD }, uniqueAddress()),
    expect: EVERYONE,
  }),

  // Each signed-in person's own account: open to all of them, except that a role requiring two-step verification cannot turn it off.
  ...action(SECURITY, "startTotpEnrollmentAction", "startTotpEnrollment", { target: "own account", run: (actor) => startTotpEnrollment(actor), expect: SIGNED_IN }),
  ...action(SECURITY, "confirmTotpEnrollmentAction", "confirmTotpEnrollment", {
    target: "own account, own pending secret",
    run: (actor, w) => confirmTotpEnrollment(actor, { code: totpCode(own(actor, w).totpSecret, Date.now()) }),
    expect: SIGNED_IN,
  }),
  ...action(SECURITY, "regenerateRecoveryCodesAction", "regenerateRecoveryCodes", {
    target: "own account", world: { executiveTotp: "enabled" }, run: (actor, w) => regenerateRecoveryCodes(actor, reauthentication(actor, w)), expect: SIGNED_IN,
  }),
  ...action(SECURITY, "disableTotpAction", "disableTotp", {
    target: "own account", world: { executiveTotp: "enabled" }, run: (actor, w) => disableTotp(actor, reauthentication(actor, w)), expect: only("execA", "execA2", "execB"),
  }),
  ...action(SECURITY, "changePasswordAction", "changePassword", {
    target: "own account",
    run: (actor) => changePassword(actor, { currentPassword: WORLD_PASSWORD, newPassword: NEW_PASSWORD, signOutOthers: true }),
    expect: SIGNED_IN,
  }),
  ...action(SECURITY, "signOutEverywhereAction", "signOutEverywhere", { target: "own account", run: (actor) => signOutEverywhere(actor), expect: SIGNED_IN }),

  // The link is the credential: whoever holds a valid one may use it, and nobody can guess one.
  ...action(RESET, "resetPasswordAction", "resetPasswordWithLink",
    { target: "execA's reset link", run: (actor, w) => resetPasswordWithLink(actor, { token: w.resetTokenA, newPassword: NEW_PASSWORD }), expect: EVERYONE },
    { target: "a guessed reset link", run: (actor, w) => resetPasswordWithLink(actor, { token: guessed(w.resetTokenA), newPassword: NEW_PASSWORD }), expect: NOBODY },
  ),

  // User and organization management are the administrator's alone, whatever they name.
  ...action(ADMIN, "setUserDisabledAction", "setUserDisabled",
    { target: "execA", run: (actor, w) => setUserDisabled(actor, { userId: w.people.execA.id, disabled: true }), expect: only("admin") },
    { target: "a guessed user id", run: (actor, w) => setUserDisabled(actor, { userId: guessed(w.people.execA.id), disabled: true }), expect: NOBODY },
  ),
  ...action(ADMIN, "issuePasswordResetLinkAction", "issuePasswordResetLink",
    { target: "execA", run: (actor, w) => issuePasswordResetLink(actor, { userId: w.people.execA.id }), expect: only("admin") },
    { target: "a guessed user id", run: (actor, w) => issuePasswordResetLink(actor, { userId: guessed(w.people.execA.id) }), expect: NOBODY },
  ),
  ...action(ADMIN_ORGANIZATIONS, "createOrganizationAsAdminAction", "createOrganizationAsAdmin", {
    target: "a new organization", run: (actor) => createOrganizationAsAdmin(actor, { name: `Matrix Org ${randomUUID().slice(0, 8)}` }), expect: only("admin"),
  }),
  ...action(ADMIN_ORGANIZATIONS, "addOrganizationMemberAction", "addOrganizationMember",
    { target: "execB into organization A", run: (actor, w) => addOrganizationMember(actor, { organizationId: w.orgA, email: w.people.execB.email, role: "consultant" }), expect: only("admin") },
    { target: "a guessed organization id", run: (actor, w) => addOrganizationMember(actor, { organizationId: guessed(w.orgA), email: w.people.execB.email, role: "executive" }), expect: NOBODY },
  ),
  ...action(ADMIN_ORGANIZATIONS, "changeOrganizationMemberRoleAction", "changeOrganizationMemberRole",
    { target: "execA in organization A", run: (actor, w) => changeOrganizationMemberRole(actor, { organizationId: w.orgA, userId: w.people.execA.id, role: "consultant" }), expect: only("admin") },
    { target: "a guessed user id in A", run: (actor, w) => changeOrganizationMemberRole(actor, { organizationId: w.orgA, userId: guessed(w.people.execA.id), role: "consultant" }), expect: NOBODY },
  ),
  ...action(ADMIN_ORGANIZATIONS, "removeOrganizationMemberAction", "removeOrganizationMember",
    { target: "execA from organization A", run: (actor, w) => removeOrganizationMember(actor, { organizationId: w.orgA, userId: w.people.execA.id }), expect: only("admin") },
    { target: "execB (of B) named as a member of A", run: (actor, w) => removeOrganizationMember(actor, { organizationId: w.orgA, userId: w.people.execB.id }), expect: NOBODY },
  ),

  // The workspace: consultants run their own organizations; the administrator every one.
  ...action(WORKSPACE, "createOrganizationAction", "createOrganization", {
    target: "a new organization", run: (actor) => createOrganization(actor, { name: `Matrix Org ${randomUUID().slice(0, 8)}` }), expect: only("consultantA", "consultantB", "admin"),
  }),
  ...action(WORKSPACE, "createInvitationAction", "createInvitation",
    { target: "organization A", run: (actor, w) => createInvitation(actor, { organizationId: w.orgA }), expect: only("consultantA", "admin") },
    { target: "organization B", run: (actor, w) => createInvitation(actor, { organizationId: w.orgB }), expect: only("consultantB", "admin") },
    { target: "a guessed organization id", run: (actor, w) => createInvitation(actor, { organizationId: guessed(w.orgA) }), expect: NOBODY },
  ),
  ...action(WORKSPACE, "revokeInvitationAction", "revokeInvitation",
    { target: "an invitation of A", run: (actor, w) => revokeInvitation(actor, { invitationId: w.invitationA.id }), expect: only("consultantA", "admin") },
    { target: "an invitation of B", run: (actor, w) => revokeInvitation(actor, { invitationId: w.invitationB.id }), expect: only("consultantB", "admin") },
    { target: "a guessed invitation id", run: (actor, w) => revokeInvitation(actor, { invitationId: guessed(w.invitationA.id) }), expect: NOBODY },
  ),
  // Role weights for combining an organization's respondents: its consultants and administrators only; executives of it do not see it at all.
  ...action(ORGANIZATION, "setRoleWeightsAction", "setRoleWeights",
    { target: "organization A", run: (actor, w) => setRoleWeights(actor, { organizationId: w.orgA, ceo: 2 }), expect: only("consultantA", "admin") },
    { target: "organization B", run: (actor, w) => setRoleWeights(actor, { organizationId: w.orgB, ceo: 2 }), expect: only("consultantB", "admin") },
    { target: "a guessed organization id", run: (actor, w) => setRoleWeights(actor, { organizationId: guessed(w.orgA), ceo: 2 }), expect: NOBODY },
  ),
  // The consulting firm's name and logo on the organization's report covers: the same people, a real logo each time.
  ...action(ORGANIZATION, "saveOrganizationBrandingAction", "updateOrganizationBranding",
    { target: "organization A", run: (actor, w) => updateOrganizationBranding(actor, brandingOf(w.orgA)), expect: only("consultantA", "admin") },
    { target: "organization B", run: (actor, w) => updateOrganizationBranding(actor, brandingOf(w.orgB)), expect: only("consultantB", "admin") },
    { target: "a guessed organization id", run: (actor, w) => updateOrganizationBranding(actor, brandingOf(guessed(w.orgA))), expect: NOBODY },
  ),
  ...action(ORGANIZATION, "removeOrganizationLogoAction", "removeOrganizationLogo",
    { target: "organization A's logo", run: async (actor, w) => removeOrganizationLogo(actor, { organizationId: await withLogo(w.orgA) }), expect: only("consultantA", "admin") },
    { target: "organization B's logo", run: async (actor, w) => removeOrganizationLogo(actor, { organizationId: await withLogo(w.orgB) }), expect: only("consultantB", "admin") },
    { target: "a guessed organization id", run: async (actor, w) => removeOrganizationLogo(actor, { organizationId: guessed(await withLogo(w.orgA)) }), expect: NOBODY },
  ),
  // Webhook endpoints: the organization's consultants and administrators; executives of it are told nothing of them.
  ...action(WEBHOOKS, "createWebhookAction", "createWebhookEndpoint",
    { target: "organization A", run: (actor, w) => createWebhookEndpoint(actor, { organizationId: w.orgA, ...WEBHOOK_FORM }), expect: only("consultantA", "admin") },
    { target: "organization B", run: (actor, w) => createWebhookEndpoint(actor, { organizationId: w.orgB, ...WEBHOOK_FORM }), expect: only("consultantB", "admin") },
    { target: "a guessed organization id", run: (actor, w) => createWebhookEndpoint(actor, { organizationId: guessed(w.orgA), ...WEBHOOK_FORM }), expect: NOBODY },
  ),
  ...action(WEBHOOKS, "deleteWebhookAction", "deleteWebhookEndpoint",
    { target: "an endpoint of A", run: async (actor, w) => deleteWebhookEndpoint(actor, { endpointId: await webhookEndpointOf(w.orgA) }), expect: only("consultantA", "admin") },
    { target: "an endpoint of B", run: async (actor, w) => deleteWebhookEndpoint(actor, { endpointId: await webhookEndpointOf(w.orgB) }), expect: only("consultantB", "admin") },
    { target: "a guessed endpoint id", run: async (actor, w) => deleteWebhookEndpoint(actor, { endpointId: guessed(await webhookEndpointOf(w.orgA)) }), expect: NOBODY },
  ),
  ...action(WEBHOOKS, "rotateWebhookSecretAction", "rotateWebhookSecret",
    { target: "an endpoint of A", run: async (actor, w) => rotateWebhookSecret(actor, { endpointId: await webhookEndpointOf(w.orgA) }), expect: only("consultantA", "admin") },
    { target: "an endpoint of B", run: async (actor, w) => rotateWebhookSecret(actor, { endpointId: await webhookEndpointOf(w.orgB) }), expect: only("consultantB", "admin") },
    { target: "a guessed endpoint id", run: async (actor, w) => rotateWebhookSecret(actor, { endpointId: guessed(await webhookEndpointOf(w.orgA)) }), expect: NOBODY },
  ),
  ...action(WEBHOOKS, "revealWebhookSecretAction", "revealWebhookSecret",
    { target: "an endpoint of A", run: async (actor, w) => revealWebhookSecret(actor, { endpointId: await webhookEndpointOf(w.orgA) }), expect: only("consultantA", "admin") },
    { target: "an endpoint of B", run: async (actor, w) => revealWebhookSecret(actor, { endpointId: await webhookEndpointOf(w.orgB) }), expect: only("consultantB", "admin") },
    { target: "a guessed endpoint id", run: async (actor, w) => revealWebhookSecret(actor, { endpointId: guessed(await webhookEndpointOf(w.orgA)) }), expect: NOBODY },
  ),
  ...action(WEBHOOKS, "sendTestWebhookAction", "sendTestWebhook",
    { target: "an endpoint of A", run: async (actor, w) => sendTestWebhook(actor, { endpointId: await webhookEndpointOf(w.orgA) }), expect: only("consultantA", "admin") },
    { target: "an endpoint of B", run: async (actor, w) => sendTestWebhook(actor, { endpointId: await webhookEndpointOf(w.orgB) }), expect: only("consultantB", "admin") },
    { target: "a guessed endpoint id", run: async (actor, w) => sendTestWebhook(actor, { endpointId: guessed(await webhookEndpointOf(w.orgA)) }), expect: NOBODY },
  ),

  // Anyone signed in who holds an invitation link may join through it.
  ...action(INVITE, "acceptInvitationAction", "acceptInvitation+startAssessmentForMember",
    { target: "A's invitation link", run: (actor, w) => joinAndStart(actor, w.invitationA.token), expect: SIGNED_IN },
    { target: "a guessed invitation link", run: (actor, w) => joinAndStart(actor, guessed(w.invitationA.token)), expect: NOBODY },
  ),

  // Only members start assessments in an organization: the administrator sees every organization but belongs to none.
  ...action(MY, "startMemberAssessmentAction", "startAssessmentForMember",
    { target: "organization A", run: (actor, w) => startAssessmentForMember(actor, w.orgA), expect: only("execA", "execA2", "consultantA") },
    { target: "organization B", run: (actor, w) => startAssessmentForMember(actor, w.orgB), expect: only("execB", "consultantB") },
    { target: "a guessed organization id", run: (actor, w) => startAssessmentForMember(actor, guessed(w.orgA)), expect: NOBODY },
  ),
  // The action answers anonymous callers "sign in" without calling the service; the service refuses them as well.
  ...action(MY, "claimAssessmentAction", "claimAssessment",
    { target: "an unowned draft's link", run: (actor, w) => claimAssessment(actor, w.anonymousToken), expect: SIGNED_IN },
    { target: "a guessed resume link", run: (actor, w) => claimAssessment(actor, guessed(w.anonymousToken)), expect: NOBODY },
  ),
  ...action(MY, "resumeOwnDraftAction", "reopenOwnDraft",
    { target: "execA's draft", run: (actor, w) => reopenOwnDraft(actor, w.draftA.id), expect: only("execA") },
    { target: "execB's draft", run: (actor, w) => reopenOwnDraft(actor, w.draftB.id), expect: only("execB") },
    { target: "a guessed draft id", run: (actor, w) => reopenOwnDraft(actor, guessed(w.draftA.id)), expect: NOBODY },
  ),

  // Share links to a result's report: whoever may see the result may share it; a link is revoked by its creator, the organization's consultants or an administrator.
  ...action(SHARE, "createShareLinkAction", "createShareLink",
    { target: "execA's result in A", run: async (actor, w) => createShareLink(actor, { resultId: await resultOf(w, "execA") }), expect: only("execA", "consultantA", "admin") },
    { target: "execB's result in B", run: async (actor, w) => createShareLink(actor, { resultId: await resultOf(w, "execB") }), expect: only("execB", "consultantB", "admin") },
    { target: "a guessed result id", run: async (actor, w) => createShareLink(actor, { resultId: guessed(await resultOf(w, "execA")) }), expect: NOBODY },
  ),
  ...action(SHARE, "revokeShareLinkAction", "revokeShareLink",
    { target: "execA's link to their result in A", run: async (actor, w) => revokeShareLink(actor, { shareLinkId: await shareLinkOf(w, "execA", "execA") }), expect: only("execA", "consultantA", "admin") },
    { target: "execB's link to their result in B", run: async (actor, w) => revokeShareLink(actor, { shareLinkId: await shareLinkOf(w, "execB", "execB") }), expect: only("execB", "consultantB", "admin") },
    { target: "consultantA's link to execA's result", run: async (actor, w) => revokeShareLink(actor, { shareLinkId: await shareLinkOf(w, "execA", "consultantA") }), expect: only("consultantA", "admin") },
    { target: "a guessed share link id", run: async (actor, w) => revokeShareLink(actor, { shareLinkId: guessed(await shareLinkOf(w, "execA", "execA")) }), expect: NOBODY },
  ),

  // The respondent shares from the result page their assessment's private link opens: the link is the credential, and once
  // the result is saved to an account, only its owner signed in may use it. They revoke only the links they made.
  ...action(RESPONDENT_SHARE, "createRespondentShareLinkAction", "createRespondentShareLink",
    { target: "an anonymous respondent's result, by its link", run: async (actor) => createRespondentShareLink(actor, { token: (await accounts.createAnonymousAssessment()).token }), expect: EVERYONE },
    { target: "execA's result in A, by its link", run: async (actor, w) => createRespondentShareLink(actor, { token: (await accounts.createMemberAssessment(w.actors.execA, w.orgA)).token }), expect: only("execA") },
    { target: "a guessed resume link", run: async (actor) => createRespondentShareLink(actor, { token: guessed((await accounts.createAnonymousAssessment()).token) }), expect: NOBODY },
  ),
  ...action(RESPONDENT_SHARE, "revokeRespondentShareLinkAction", "revokeRespondentShareLink",
    { target: "an anonymous respondent's link, by its result's link", run: async (actor) => revokeRespondentShareLink(actor, await anonymousShare()), expect: EVERYONE },
    { target: "execA's link to their result, by its link", run: async (actor, w) => revokeRespondentShareLink(actor, await memberShare(w, "execA")), expect: only("execA") },
    { target: "consultantA's link to execA's result, by execA's link", run: async (actor, w) => revokeRespondentShareLink(actor, await memberShare(w, "consultantA")), expect: NOBODY },
    {
      target: "an anonymous respondent's link, by another assessment's link",
      run: async (actor) => revokeRespondentShareLink(actor, { ...(await anonymousShare()), token: (await accounts.createAnonymousAssessment()).token }),
      expect: NOBODY,
    },
  ),

  // "Email me this link" goes to whoever holds a link that opens: the anonymous draft's for anyone, execA's own only for
  // execA. Email is not configured here, so an allowed call ends in 409 email_not_configured, after the link was checked.
  ...action(EMAIL_LINK, "emailMyLinkAction", "emailMyLink",
    { target: "an unowned draft's link", run: (actor, w) => emailMyLink(actor, { token: w.anonymousToken, email: "matrix@example.test" }), expect: EVERYONE },
    { target: "execA's draft link", run: (actor, w) => emailMyLink(actor, { token: w.draftA.token, email: "matrix@example.test" }), expect: only("execA") },
    { target: "a guessed resume link", run: (actor, w) => emailMyLink(actor, { token: guessed(w.anonymousToken), email: "matrix@example.test" }), expect: NOBODY },
  ),

  // A result's review (notes, status, override) is for the consultants of its organization and administrators; its respondent has no part in it.
  ...action(REVIEW, "addNoteAction", "addNote",
    { target: "execA's result in A", run: async (actor, w) => addNote(actor, { resultId: await resultOf(w, "execA"), body: "Matrix note" }), expect: only("consultantA", "admin") },
    { target: "execB's result in B", run: async (actor, w) => addNote(actor, { resultId: await resultOf(w, "execB"), body: "Matrix note" }), expect: only("consultantB", "admin") },
    { target: "a guessed result id", run: async (actor, w) => addNote(actor, { resultId: guessed(await resultOf(w, "execA")), body: "Matrix note" }), expect: NOBODY },
  ),
  ...action(REVIEW, "setReviewStatusAction", "setReviewStatus",
    { target: "execA's result in A", run: async (actor, w) => setReviewStatus(actor, { resultId: await resultOf(w, "execA"), status: "in_review" }), expect: only("consultantA", "admin") },
    { target: "execB's result in B", run: async (actor, w) => setReviewStatus(actor, { resultId: await resultOf(w, "execB"), status: "in_review" }), expect: only("consultantB", "admin") },
    { target: "a guessed result id", run: async (actor, w) => setReviewStatus(actor, { resultId: guessed(await resultOf(w, "execA")), status: "in_review" }), expect: NOBODY },
  ),
  ...action(REVIEW, "setOverrideAction", "setOverride",
    { target: "execA's result in A", run: async (actor, w) => setOverride(actor, await overrideOf(await resultOf(w, "execA"))), expect: only("consultantA", "admin") },
    { target: "execB's result in B", run: async (actor, w) => setOverride(actor, await overrideOf(await resultOf(w, "execB"))), expect: only("consultantB", "admin") },
    {
      target: "a guessed result id",
      run: async (actor, w) => {
        const resultId = await resultOf(w, "execA");
        return setOverride(actor, { ...(await overrideOf(resultId)), resultId: guessed(resultId) });
      },
      expect: NOBODY,
    },
  ),
  ...action(REVIEW, "clearOverrideAction", "clearOverride",
    { target: "an overridden result in A", run: async (actor, w) => clearOverride(actor, { resultId: await overriddenResultOf(w, "execA") }), expect: only("consultantA", "admin") },
    { target: "an overridden result in B", run: async (actor, w) => clearOverride(actor, { resultId: await overriddenResultOf(w, "execB") }), expect: only("consultantB", "admin") },
    { target: "a guessed result id", run: async (actor, w) => clearOverride(actor, { resultId: guessed(await overriddenResultOf(w, "execA")) }), expect: NOBODY },
  ),

  // Personal API tokens: consultants and administrators create their own; a token is revoked by its owner alone, administrators included.
  ...action(API_TOKENS, "createApiTokenAction", "createApiToken", {
    target: "own account", run: (actor) => createApiToken(actor, { name: "Matrix BI" }), expect: only("consultantA", "consultantB", "admin"),
  }),
  ...action(API_TOKENS, "revokeApiTokenAction", "revokeApiToken",
    { target: "consultantA's token", run: async (actor, w) => revokeApiToken(actor, { apiTokenId: await apiTokenOf(w, "consultantA") }), expect: only("consultantA") },
    { target: "the administrator's token", run: async (actor, w) => revokeApiToken(actor, { apiTokenId: await apiTokenOf(w, "admin") }), expect: only("admin") },
    { target: "a guessed token id", run: async (actor, w) => revokeApiToken(actor, { apiTokenId: guessed(await apiTokenOf(w, "consultantA")) }), expect: NOBODY },
  ),

  // Deleting: a result by whoever may see it (its respondent, its organization's consultants, administrators); a draft or
  // result by whoever holds its private link (its owner alone once it is saved to an account); one's own account after
  // re-authenticating; anyone's account and any organization by administrators alone.
  ...action(DELETE_RESULT, "deleteResultAction", "deleteResult",
    { target: "execA's result in A", run: async (actor, w) => deleteResult(actor, { resultId: await resultOf(w, "execA") }), expect: only("execA", "consultantA", "admin") },
    { target: "execB's result in B", run: async (actor, w) => deleteResult(actor, { resultId: await resultOf(w, "execB") }), expect: only("execB", "consultantB", "admin") },
    { target: "a guessed result id", run: async (actor, w) => deleteResult(actor, { resultId: guessed(await resultOf(w, "execA")) }), expect: NOBODY },
  ),
  ...action(DELETE_BY_LINK, "deleteByTokenAction", "deleteByToken",
    { target: "an unowned draft's link", run: (actor, w) => deleteByToken(actor, w.anonymousToken), expect: EVERYONE },
    { target: "execA's draft link", run: (actor, w) => deleteByToken(actor, w.draftA.token), expect: only("execA") },
    { target: "a guessed resume link", run: (actor, w) => deleteByToken(actor, guessed(w.anonymousToken)), expect: NOBODY },
  ),
  ...action(DELETE_ACCOUNT, "deleteOwnAccountAction", "deleteOwnAccount", {
    target: "own account", run: (actor, w) => deleteOwnAccount(actor, { ...reauthentication(actor, w), organizationResults: "keep_anonymous" }), expect: SIGNED_IN,
  }),
  ...action(ADMIN, "deleteUserAction", "deleteUserAsAdmin",
    { target: "execA", run: (actor, w) => deleteUserAsAdmin(actor, { userId: w.people.execA.id }), expect: only("admin") },
    { target: "a guessed user id", run: (actor, w) => deleteUserAsAdmin(actor, { userId: guessed(w.people.execA.id) }), expect: NOBODY },
  ),
  ...action(ADMIN_ORGANIZATIONS, "deleteOrganizationAction", "deleteOrganization",
    { target: "organization A, its name typed", run: async (actor, w) => deleteOrganization(actor, { organizationId: w.orgA, confirmName: await organizationName(w.orgA) }), expect: only("admin") },
    { target: "a guessed organization id", run: async (actor, w) => deleteOrganization(actor, { organizationId: guessed(w.orgA), confirmName: await organizationName(w.orgA) }), expect: NOBODY },
  ),

  // Engagements: the organization's consultants and administrators run them, as every other workspace task.
  ...action(ENGAGEMENTS, "createEngagementAction", "createEngagement",
    { target: "organization A", run: (actor, w) => createEngagement(actor, engagementInput(w.orgA)), expect: only("consultantA", "admin") },
    { target: "organization B", run: (actor, w) => createEngagement(actor, engagementInput(w.orgB)), expect: only("consultantB", "admin") },
    { target: "a guessed organization id", run: (actor, w) => createEngagement(actor, engagementInput(guessed(w.orgA))), expect: NOBODY },
  ),
  ...action(ENGAGEMENTS, "addEngagementRespondentAction", "addEngagementRespondent",
    { target: "an engagement of A", run: async (actor, w) => addEngagementRespondent(actor, { engagementId: (await engagementOf(w, "A")).engagementId, name: "Added", email: "added@client.example", role: "cfo" }), expect: only("consultantA", "admin") },
    { target: "an engagement of B", run: async (actor, w) => addEngagementRespondent(actor, { engagementId: (await engagementOf(w, "B")).engagementId, name: "Added", email: "added@client.example", role: "cfo" }), expect: only("consultantB", "admin") },
    { target: "a guessed engagement id", run: async (actor, w) => addEngagementRespondent(actor, { engagementId: guessed((await engagementOf(w, "A")).engagementId), name: "Added", email: "added@client.example", role: "cfo" }), expect: NOBODY },
  ),
  ...action(ENGAGEMENTS, "changeRespondentEmailAction", "changeRespondentEmail",
    { target: "a respondent of A", run: async (actor, w) => changeRespondentEmail(actor, { respondentId: (await engagementOf(w, "A")).respondentId, email: "moved@client.example" }), expect: only("consultantA", "admin") },
    { target: "a guessed respondent id", run: async (actor, w) => changeRespondentEmail(actor, { respondentId: guessed((await engagementOf(w, "A")).respondentId), email: "moved@client.example" }), expect: NOBODY },
  ),
  // Email is not set up in this world: an allowed caller gets 409 email_not_configured, after the respondent was found.
  ...action(ENGAGEMENTS, "resendInvitationAction", "resendInvitation",
    { target: "a respondent of A", run: async (actor, w) => resendInvitation(actor, { respondentId: (await engagementOf(w, "A")).respondentId }), expect: only("consultantA", "admin") },
    { target: "a guessed respondent id", run: async (actor, w) => resendInvitation(actor, { respondentId: guessed((await engagementOf(w, "A")).respondentId) }), expect: NOBODY },
  ),
  ...action(ENGAGEMENTS, "removeEngagementRespondentAction", "removeEngagementRespondent",
    { target: "a respondent of A", run: async (actor, w) => removeEngagementRespondent(actor, { respondentId: (await engagementOf(w, "A")).respondentId }), expect: only("consultantA", "admin") },
    { target: "a respondent of B", run: async (actor, w) => removeEngagementRespondent(actor, { respondentId: (await engagementOf(w, "B")).respondentId }), expect: only("consultantB", "admin") },
    { target: "a guessed respondent id", run: async (actor, w) => removeEngagementRespondent(actor, { respondentId: guessed((await engagementOf(w, "A")).respondentId) }), expect: NOBODY },
  ),
  ...action(ENGAGEMENTS, "updateEngagementScheduleAction", "updateEngagementSchedule",
    { target: "an engagement of A", run: async (actor, w) => updateEngagementSchedule(actor, { engagementId: (await engagementOf(w, "A")).engagementId, dueDate: IN_TWO_WEEKS(), notify: "digest" }), expect: only("consultantA", "admin") },
    { target: "a guessed engagement id", run: async (actor, w) => updateEngagementSchedule(actor, { engagementId: guessed((await engagementOf(w, "A")).engagementId), dueDate: IN_TWO_WEEKS(), notify: "digest" }), expect: NOBODY },
  ),
  ...action(ENGAGEMENTS, "closeEngagementAction", "closeEngagement",
    { target: "an engagement of A", run: async (actor, w) => closeEngagement(actor, { engagementId: (await engagementOf(w, "A")).engagementId }), expect: only("consultantA", "admin") },
    { target: "an engagement of B", run: async (actor, w) => closeEngagement(actor, { engagementId: (await engagementOf(w, "B")).engagementId }), expect: only("consultantB", "admin") },
    { target: "a guessed engagement id", run: async (actor, w) => closeEngagement(actor, { engagementId: guessed((await engagementOf(w, "A")).engagementId) }), expect: NOBODY },
  ),
  ...action(ENGAGEMENTS, "shareEngagementReportAction", "shareEngagementReport",
    { target: "a closed engagement of A", run: async (actor, w) => shareEngagementReport(actor, { engagementId: await closedEngagementOf(w, "A") }), expect: only("consultantA", "admin") },
    { target: "a closed engagement of B", run: async (actor, w) => shareEngagementReport(actor, { engagementId: await closedEngagementOf(w, "B") }), expect: only("consultantB", "admin") },
    { target: "a guessed engagement id", run: async (actor, w) => shareEngagementReport(actor, { engagementId: guessed(await closedEngagementOf(w, "A")) }), expect: NOBODY },
  ),
  ...action(ENGAGEMENTS, "revokeEngagementReportLinkAction", "revokeEngagementReportLink",
    { target: "the team report link of an engagement of A", run: async (actor, w) => revokeEngagementReportLink(actor, { shareLinkId: await teamReportLinkOf(w) }), expect: only("consultantA", "admin") },
    { target: "a guessed link id", run: async (actor, w) => revokeEngagementReportLink(actor, { shareLinkId: guessed(await teamReportLinkOf(w)) }), expect: NOBODY },
  ),
];

/** The matrix's own size, written out so a row cannot drop out silently: 130 rows × 7 actors. */
export const EXPECTED_ACTION_CELLS = 910;
