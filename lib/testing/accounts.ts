/**
 * Test accounts for integration tests: real users, organizations, memberships and assessments in
 * the test database, and the Actor the session reader builds for them (through actorForUser, so
 * tests exercise the same rules as requests). Every identity is unique, so tests never collide.
 */
import { randomUUID } from "node:crypto";
import { httpStatusOf } from "../http/errors";
import { expect } from "vitest";
import { ANONYMOUS, type Actor, type MembershipRole, type UserActor } from "../auth/actor";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { actorForUser } from "../services/sessions";
import { db } from "../db";
import { createAssessment, startAssessmentForMember, submitAssessment } from "../services/assessments";
import { DomainError } from "../errors";
import { COMPLETE_ANSWERS, submissionBody } from "./fixtures";

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

export interface TestAccount {
  user: TestUser;
  actor: UserActor;
}

export interface TestOrganization {
  id: string;
  name: string;
}

export interface TestAssessment {
  id: string;
  /** The resume token: the anonymous credential for this assessment. */
  token: string;
  resultId: string | null;
}

/** A client address of its own, so per-address limits of one test never touch another's. */
export function uniqueAddress(): string {
  return `test-${randomUUID()}`;
}

function uniqueLabel(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createTestUser(
  options: {
    name?: string;
    isPlatformAdmin?: boolean;
    /** Whether a second factor is set up; consultants and administrators without one get no rights. */
    secondFactor?: boolean;
    disabled?: boolean;
  } = {},
): Promise<TestUser> {
  const label = uniqueLabel(options.name ?? "user");
  const user = await db.user.create({
    data: {
      email: `${label}@example.test`.toLowerCase(),
      name: options.name ?? label,
      isPlatformAdmin: options.isPlatformAdmin ?? false,
      totpEnabledAt: options.secondFactor === false ? null : new Date(),
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true },
  });
  return { id: user.id, email: user.email, name: user.name ?? label };
}

export async function createTestOrganization(name?: string): Promise<TestOrganization> {
  const organization = await db.organization.create({ data: { name: name ?? uniqueLabel("Org") }, select: { id: true, name: true } });
  return organization;
}

export async function addMembership(userId: string, organizationId: string, role: MembershipRole): Promise<void> {
  await db.membership.create({ data: { userId, organizationId, role } });
}

/** Any actor, anonymous included (a disabled user reads as anonymous, as in a real request). */
export async function actorFor(userId: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return actorForUser(userId, user.sessionVersion);
}

/** The actor of a user known to be active; re-read it after memberships change. */
export async function userActorFor(userId: string): Promise<UserActor> {
  const actor = await actorFor(userId);
  if (actor.kind !== "user") throw new Error(`User ${userId} does not resolve to a signed-in actor`);
  return actor;
}

async function accountWith(
  memberships: { organizationId: string; role: MembershipRole }[],
  options: Parameters<typeof createTestUser>[0] = {},
): Promise<TestAccount> {
  const user = await createTestUser(options);
  for (const membership of memberships) await addMembership(user.id, membership.organizationId, membership.role);
  return { user, actor: await userActorFor(user.id) };
}

export function createConsultant(organizationIds: string[], options: { secondFactor?: boolean; name?: string } = {}): Promise<TestAccount> {
  return accountWith(
    organizationIds.map((organizationId) => ({ organizationId, role: "consultant" })),
    { name: options.name ?? "consultant", secondFactor: options.secondFactor ?? true },
  );
}

export function createExecutive(organizationIds: string[], options: { name?: string } = {}): Promise<TestAccount> {
  return accountWith(
    organizationIds.map((organizationId) => ({ organizationId, role: "executive" })),
    { name: options.name ?? "executive", secondFactor: false },
  );
}

export function createAdmin(options: { secondFactor?: boolean } = {}): Promise<TestAccount> {
  return accountWith([], { name: "admin", isPlatformAdmin: true, secondFactor: options.secondFactor ?? true });
}

/** A signed-in user who belongs to no organization, as after a plain sign-up. */
export function createOutsider(): Promise<TestAccount> {
  return accountWith([], { name: "outsider", secondFactor: false });
}

/** One client organization with a consultant and an executive: the unit every tenant-boundary test needs. */
export async function createTenant(name?: string): Promise<{ organization: TestOrganization; consultant: TestAccount; executive: TestAccount }> {
  const organization = await createTestOrganization(name);
  const [consultant, executive] = await Promise.all([createConsultant([organization.id]), createExecutive([organization.id])]);
  return { organization, consultant, executive };
}

/** An assessment the member started in the organization, submitted with complete answers unless `draft`. */
/** A submitted assessment has its result; a draft (`{ draft: true }`) has none yet. */
export type SubmittedAssessment = TestAssessment & { resultId: string };

export function createMemberAssessment(member: Actor, organizationId: string, options?: { draft?: false }): Promise<SubmittedAssessment>;
export function createMemberAssessment(member: Actor, organizationId: string, options: { draft: boolean }): Promise<TestAssessment>;
export async function createMemberAssessment(member: Actor, organizationId: string, options: { draft?: boolean } = {}): Promise<TestAssessment> {
  const { token } = await startAssessmentForMember(member, organizationId);
  return finish(member, token, options.draft ?? false);
}

/** An anonymous assessment, as started from the landing page, submitted unless `draft`. */
export function createAnonymousAssessment(options?: { draft?: false }): Promise<SubmittedAssessment>;
export function createAnonymousAssessment(options: { draft: boolean }): Promise<TestAssessment>;
export async function createAnonymousAssessment(options: { draft?: boolean } = {}): Promise<TestAssessment> {
  const { token } = await createAssessment();
  return finish(ANONYMOUS, token, options.draft ?? false);
}

async function finish(actor: Actor, token: string, draft: boolean): Promise<TestAssessment> {
  const resultId = draft ? null : (await submitAssessment(actor, token, submissionBody(COMPLETE_ANSWERS))).resultId;
  const row = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) }, select: { id: true } });
  return { id: row.id, token, resultId };
}

/** Awaits a call expected to fail with a DomainError of this status and code (or issue path). */
export async function expectDomainError(promise: Promise<unknown>, status: number, codeOrPath?: string): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected a DomainError ${status}${codeOrPath ? ` (${codeOrPath})` : ""}`).toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect({ status: httpStatusOf(domainError), code: domainError.code }).toMatchObject({ status });
  if (codeOrPath) expect([domainError.code, ...domainError.issues.map((issue) => issue.path)]).toContain(codeOrPath);
  return domainError;
}
