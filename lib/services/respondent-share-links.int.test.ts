/**
 * The respondent's own door to their report: the assessment's private link opens the report and
 * lets them share it and revoke what they shared, before and after they save it to an account.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { newOpaqueToken } from "../auth/primitives/tokens";
import { db } from "../db";
import { createAnonymousAssessment, createExecutive, createMemberAssessment, createTenant, expectDomainError, uniqueAddress } from "../testing/accounts";
import { REQUEST_LIMITS } from "../request-limit-rules";
import { DomainError } from "../errors";
import { parsedBy } from "../testing/parsed-by";
import { ZRespondentShareLinkCreate, ZRespondentShareLinkRevoke, ZShareLinkCreate, ZShareLinkRevoke } from "../validation/share-links";
import { loadRespondentReport } from "./assessments";
import { claimAssessment } from "./claims";
import {
  createRespondentShareLink as createRespondentShareLinkService,
  createShareLink as createShareLinkService,
  listRespondentShareLinks,
  listShareLinks,
  openSharedReport,
  revokeRespondentShareLink as revokeRespondentShareLinkService,
  revokeShareLink as revokeShareLinkService,
} from "./share-links";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createRespondentShareLink = (actor: Actor, input: unknown, address = uniqueAddress()) =>
  parsedBy(ZRespondentShareLinkCreate, (a, parsed) => createRespondentShareLinkService(a, parsed, address))(actor, input);
const revokeRespondentShareLink = parsedBy(ZRespondentShareLinkRevoke, revokeRespondentShareLinkService);
const createShareLink = parsedBy(ZShareLinkCreate, createShareLinkService);
const revokeShareLink = parsedBy(ZShareLinkRevoke, revokeShareLinkService);

afterAll(async () => {
  await db.$disconnect();
});

describe("the respondent's report by private link", () => {
  it("is the report of their result, and nothing for a wrong link or a draft", async () => {
    const { token, resultId } = await createAnonymousAssessment();
    const report = await loadRespondentReport(ANONYMOUS, token);
    expect(report.fileBaseName).toMatch(/^rolefit-report-/);
    expect(JSON.stringify(report)).toContain(resultId);
    await expectDomainError(loadRespondentReport(ANONYMOUS, newOpaqueToken()), 404, "assessment_not_found");
    const draft = await createAnonymousAssessment({ draft: true });
    await expectDomainError(loadRespondentReport(ANONYMOUS, draft.token), 404, "result_not_found");
  });
});

describe("share links made by the anonymous respondent", () => {
  it("work without an account, are listed on their page with no creator, and are theirs to revoke", async () => {
    const { token, resultId } = await createAnonymousAssessment();
    const link = await createRespondentShareLink(ANONYMOUS, { token, expiresInDays: "7" });
    expect(link.path).toBe(`/shared/${link.token}`);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row).toMatchObject({ resultId, createdById: null, revokedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);
    expect(await db.auditEvent.count({ where: { resultId } })).toBe(0);

    const opened = await openSharedReport(link.token);
    expect(opened.sharedBy).toBe("the respondent");

    const listed = await listRespondentShareLinks(ANONYMOUS, token);
    expect(listed).toMatchObject([{ id: link.id, status: "active", createdBy: "the respondent", canRevoke: true, openCount: 1 }]);

    await revokeRespondentShareLink(ANONYMOUS, { token, shareLinkId: link.id });
    await revokeRespondentShareLink(ANONYMOUS, { token, shareLinkId: link.id });
    expect((await listRespondentShareLinks(ANONYMOUS, token))[0]?.status).toBe("revoked");
    await expectDomainError(openSharedReport(link.token), 404, "share_link_invalid");
  });

  it("cannot be revoked through another assessment's link, and another's links are neither listed nor revocable here", async () => {
    const mine = await createAnonymousAssessment();
    const theirs = await createAnonymousAssessment();
    const link = await createRespondentShareLink(ANONYMOUS, { token: mine.token });
    await expectDomainError(revokeRespondentShareLink(ANONYMOUS, { token: theirs.token, shareLinkId: link.id }), 404, "share_link_not_found");
    await expectDomainError(revokeRespondentShareLink(ANONYMOUS, { token: newOpaqueToken(), shareLinkId: link.id }), 404, "assessment_not_found");
    expect((await openSharedReport(link.token)).report).toBeTruthy();

  });

  it("lists and revokes only the respondent's own links: a consultant's link to the same result is the consultant's", async () => {
    const { organization, executive, consultant } = await createTenant();
    const { token, resultId } = await createMemberAssessment(executive.actor, organization.id);
    const own = await createRespondentShareLink(executive.actor, { token });
    const consultants = await createShareLink(consultant.actor, { resultId });
    expect((await listRespondentShareLinks(executive.actor, token)).map((listed) => listed.id)).toEqual([own.id]);
    await expectDomainError(revokeRespondentShareLink(executive.actor, { token, shareLinkId: consultants.id }), 404, "share_link_not_found");
    expect((await openSharedReport(consultants.token)).report).toBeTruthy();
    await revokeRespondentShareLink(executive.actor, { token, shareLinkId: own.id });
    await expectDomainError(openSharedReport(own.token), 404, "share_link_invalid");
  });

  it("refuses a draft, a malformed expiry and unknown fields before writing anything", async () => {
    const draft = await createAnonymousAssessment({ draft: true });
    await expectDomainError(createRespondentShareLink(ANONYMOUS, { token: draft.token }), 404, "result_not_found");
    const { token, resultId } = await createAnonymousAssessment();
    await expectDomainError(createRespondentShareLink(ANONYMOUS, { token, expiresInDays: "365" }), 400, "expiresInDays");
    await expectDomainError(createRespondentShareLink(ANONYMOUS, { token, resultId }), 400);
    expect(await db.shareLink.count({ where: { resultId } })).toBe(0);
  });
});

describe("after the respondent saves the result to an account", () => {
  it("the private link shares only for its owner signed in, who keeps, sees and may revoke the links made before", async () => {
    const { token, resultId } = await createAnonymousAssessment();
    const before = await createRespondentShareLink(ANONYMOUS, { token });
    const owner = await createExecutive([]);
    const stranger = await createExecutive([]);
    await claimAssessment(owner.actor, token);

    await expectDomainError(createRespondentShareLink(ANONYMOUS, { token }), 404, "assessment_not_found");
    await expectDomainError(listRespondentShareLinks(stranger.actor, token), 404, "assessment_not_found");
    await expectDomainError(revokeRespondentShareLink(ANONYMOUS, { token, shareLinkId: before.id }), 404, "assessment_not_found");
    expect((await openSharedReport(before.token)).report).toBeTruthy();

    const after = await createRespondentShareLink(owner.actor, { token });
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: after.id } })).createdById).toBe(owner.user.id);
    expect(await db.auditEvent.count({ where: { resultId, action: "share.created" } })).toBe(1);
    expect((await listRespondentShareLinks(owner.actor, token)).map((link) => link.id).sort()).toEqual([before.id, after.id].sort());

    // From their account's result page too: the link made before saving is theirs to end.
    const onMyPage = await listShareLinks(owner.actor, resultId);
    expect(onMyPage.find((link) => link.id === before.id)).toMatchObject({ createdBy: "the respondent", canRevoke: true });
    await expectDomainError(revokeShareLink(stranger.actor, { shareLinkId: before.id }), 404, "share_link_not_found");
    await revokeShareLink(owner.actor, { shareLinkId: before.id });
    await expectDomainError(openSharedReport(before.token), 404, "share_link_invalid");
  });

  it("ends the links made before saving when the owner's account is disabled, as it ends theirs", async () => {
    const { token } = await createAnonymousAssessment();
    const link = await createRespondentShareLink(ANONYMOUS, { token });
    const owner = await createExecutive([]);
    await claimAssessment(owner.actor, token);
    expect((await openSharedReport(link.token)).report).toBeTruthy();
    await db.user.update({ where: { id: owner.user.id }, data: { disabledAt: new Date() } });
    await expectDomainError(openSharedReport(link.token), 404, "share_link_invalid");
  });
});

describe("share links made without an account", () => {
  it("hold the per-address limit under a parallel burst: exactly the allowance is stored, the rest get 429, and a wrong link costs nothing", async () => {
    const { token, resultId } = await createAnonymousAssessment();
    const address = uniqueAddress();
    const { limit } = REQUEST_LIMITS.respondentShareLink;
    for (let i = 0; i < 3; i += 1) await expectDomainError(createRespondentShareLink(ANONYMOUS, { token: newOpaqueToken() }, address), 404);
    const outcomes = await Promise.allSettled(Array.from({ length: limit * 2 }, () => createRespondentShareLink(ANONYMOUS, { token }, address)));
    const refused = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => (outcome as PromiseRejectedResult).reason as unknown);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(limit);
    expect(refused.every((reason) => reason instanceof DomainError && reason.kind === "rate_limited")).toBe(true);
    expect(await db.shareLink.count({ where: { resultId } })).toBe(limit);
  });
});
