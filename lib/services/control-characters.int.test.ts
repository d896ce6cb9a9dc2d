/**
 * User text with a NUL or another control character, against the real database: PostgreSQL text
 * cannot hold U+0000, so every service that stores or searches what a person typed must refuse it
 * as a field error before the query, and leave what was saved before untouched.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import type { StructureId } from "../scoring/types";
import { createAdmin, createMemberAssessment, createTenant, expectDomainError, uniqueAddress } from "../testing/accounts";
import { draftBody, submissionBody } from "../testing/fixtures";
import { addOrganizationMember as addOrganizationMemberService, createOrganizationAsAdmin as createOrganizationAsAdminService, listAllOrganizations } from "./admin-organizations";
import { listUsers } from "./admin-users";
import { createApiToken as createApiTokenService } from "./api-tokens";
import { createAssessment, getDraft, saveDraft, submitAssessment } from "./assessments";
import { createOrganization as createOrganizationService } from "./organizations";
import { addNote as addNoteService, setOverride as setOverrideService } from "./result-review";
import { listResults } from "./results-table";
import { SignInError, verifySignIn } from "./sign-in";
import { signUp } from "./sign-up";
import { parsedBy } from "../testing/parsed-by";
import { ZAdminOrganizationCreate, ZMemberAdd } from "../validation/admin-organizations";
import { ZApiTokenCreate } from "../validation/api-tokens";
import { ZOrganizationCreate } from "../validation/organizations";
import { ZNoteCreate, ZOverrideSet } from "../validation/review";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const addOrganizationMember = parsedBy(ZMemberAdd, addOrganizationMemberService);
const createOrganizationAsAdmin = parsedBy(ZAdminOrganizationCreate, createOrganizationAsAdminService);
const createApiToken = parsedBy(ZApiTokenCreate, createApiTokenService);
const createOrganization = parsedBy(ZOrganizationCreate, createOrganizationService);
const addNote = parsedBy(ZNoteCreate, addNoteService);
const setOverride = parsedBy(ZOverrideSet, setOverrideService);

afterAll(async () => {
  await db.$disconnect();
});

const NUL = "\u0000";
const NUL_MESSAGE = "Remove the control character (U+0000) from this field.";

/** The refusal names the field and says what to remove. */
async function expectControlCharacterRefused(promise: Promise<unknown>, path: string, message = NUL_MESSAGE): Promise<void> {
  const error = await expectDomainError(promise, 400, path);
  expect(error.issues).toContainEqual({ path, message });
}

describe("assessment details", () => {
  it("refuses a NUL in an autosaved name and keeps the draft as it was saved before", async () => {
    const { token } = await createAssessment();
    await saveDraft(ANONYMOUS, token, draftBody({ employees: 80 }, { organizationName: "Northwind Bank" }));
    await expectControlCharacterRefused(
      saveDraft(ANONYMOUS, token, draftBody({ employees: 90 }, { organizationName: `North${NUL}wind` })),
      "details.organizationName",
    );
    await expectControlCharacterRefused(saveDraft(ANONYMOUS, token, draftBody({ employees: 90 }, { respondentName: `Ada${NUL}` })), "details.respondentName");
    const draft = await getDraft(ANONYMOUS, token);
    expect(draft).toMatchObject({ answers: { employees: 80 }, details: { organizationName: "Northwind Bank" }, revision: 1 });
  });

  it("refuses a NUL in a submitted name and stores no result", async () => {
    const { token } = await createAssessment();
    const body = submissionBody();
    await expectControlCharacterRefused(
      submitAssessment(ANONYMOUS, token, { ...body, details: { ...body.details, respondentName: `Ada${NUL}Example` } }),
      "details.respondentName",
    );
    expect(await db.result.count({ where: { idempotencyKey: body.idempotencyKey } })).toBe(0);
  });
});

describe("organizations", () => {
  it("refuses a NUL in the name or firm name of a new organization, from a consultant or an administrator", async () => {
    const { consultant } = await createTenant();
    const admin = await createAdmin();
    const before = await db.organization.count();
    await expectControlCharacterRefused(createOrganization(consultant.actor, { name: `Contoso${NUL}` }), "name");
    await expectControlCharacterRefused(createOrganization(consultant.actor, { name: "Contoso", consultantFirmName: `Fabrikam${NUL}` }), "consultantFirmName");
    await expectControlCharacterRefused(createOrganizationAsAdmin(admin.actor, { name: `${NUL}Contoso` }), "name");
    expect(await db.organization.count()).toBe(before);
  });

  it("refuses a NUL in the email of a member to add, before looking the address up", async () => {
    const { organization } = await createTenant();
    const admin = await createAdmin();
    const members = await db.membership.count({ where: { organizationId: organization.id } });
    await expectDomainError(addOrganizationMember(admin.actor, { organizationId: organization.id, email: `ada${NUL}@example.test`, role: "executive" }), 400, "email");
    expect(await db.membership.count({ where: { organizationId: organization.id } })).toBe(members);
  });
});

describe("a consultant's review", () => {
  it("refuses a NUL in a note and in an override's justification, keeping the earlier override", async () => {
    const { organization, consultant, executive } = await createTenant();
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    if (!resultId) throw new Error("The result was not submitted");
    const { recommendation } = await db.result.findUniqueOrThrow({ where: { id: resultId }, select: { recommendation: true } });
    const other: StructureId = recommendation === "ctio" ? "separate" : "ctio";
    const justification = "The board has already decided to hire one executive for both remits this year.";
    await setOverride(consultant.actor, { resultId, recommendation: other, justification });

    await expectControlCharacterRefused(addNote(consultant.actor, { resultId, body: `Ask the CFO${NUL}` }), "body");
    await expectControlCharacterRefused(
      setOverride(consultant.actor, { resultId, recommendation: other, justification: `${justification}${NUL}` }),
      "justification",
    );
    expect(await db.resultNote.count({ where: { resultId } })).toBe(0);
    expect(await db.result.findUniqueOrThrow({ where: { id: resultId }, select: { overrideJustification: true } })).toEqual({ overrideJustification: justification });
  });
});

describe("API tokens", () => {
  it("refuses a NUL in a token's name and creates no token", async () => {
    const { consultant } = await createTenant();
    await expectControlCharacterRefused(createApiToken(consultant.actor, { name: `Power BI${NUL}` }), "name");
    expect(await db.apiToken.count({ where: { userId: consultant.user.id } })).toBe(0);
  });
});

describe("signing up", () => {
  it("refuses a NUL in the name and creates no account", async () => {
    const email = `nul-${Date.now()}@example.test`;
    await expectControlCharacterRefused(signUp({ name: `Ada${NUL}`, email, password: "a long and unusual passphrase 2026" }, uniqueAddress()), "name");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("signing in", () => {
  it("answers a NUL in the email or code as a wrong sign-in, and counts no failure against it", async () => {
    const counters = await db.rateLimitCounter.count();
    for (const input of [
      { email: `ada${NUL}@example.test`, password: "a long and unusual passphrase 2026" },
      { email: "ada@example.test", password: "a long and unusual passphrase 2026", code: `123${NUL}456` },
    ]) {
      const error = await verifySignIn(input, { clientAddress: "127.0.0.1" }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SignInError);
      expect((error as SignInError).code).toBe("invalid");
    }
    expect(await db.rateLimitCounter.count()).toBe(counters);
  });
});

describe("searches", () => {
  it("refuses a NUL in a search with a field error rather than sending it to the database", async () => {
    const { consultant } = await createTenant();
    const admin = await createAdmin();
    await expectControlCharacterRefused(listResults(consultant.actor, { q: `North${NUL}` }), "q");
    await expectControlCharacterRefused(listUsers(admin.actor, { q: `ada${NUL}` }), "q");
    await expectControlCharacterRefused(listAllOrganizations(admin.actor, { q: `${NUL}` }), "q");
  });
});
