/**
 * "Email me this link" through a real SMTP server started by the test (lib/testing/smtp-server.ts):
 * the private link on the configured public URL, no answers, the per-address limit under a
 * parallel burst, and nothing sent for a wrong link or without email configured.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { newOpaqueToken } from "../auth/primitives/tokens";
import { db } from "../db";
import type { Locale } from "../i18n/locales";
import { REQUEST_LIMITS } from "../request-limit-rules";
import { createAnonymousAssessment, createExecutive, createMemberAssessment, createTestOrganization, expectDomainError, uniqueAddress } from "../testing/accounts";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { readMail } from "../testing/mime";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { parsedBy } from "../testing/parsed-by";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp-server";
import { ZEmailMyLink } from "../validation/assessment";
import { emailMyLink as unconfiguredEmailMyLink } from "./link-email";
import { saveDraft } from "./assessments";

// lib/env reads the environment once, at import: a developer's own SMTP or public URL settings must not leak in.
vi.hoisted(() => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
});

const PUBLIC_URL = "https://rolefit.example.com";
let smtp: TestSmtpServer;
let emailMyLink: (actor: typeof ANONYMOUS, input: unknown, clientAddress: string, locale?: Locale) => Promise<{ email: string }>;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  // The env module reads process.env once, so the service is loaded afresh with email configured.
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("NEXTAUTH_URL", PUBLIC_URL);
  vi.resetModules();
  const service = await import("./link-email");
  emailMyLink = (actor, input, clientAddress, locale) => parsedBy(ZEmailMyLink, (a, parsed) => service.emailMyLink(a, parsed, clientAddress, locale))(actor, input);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
  await db.$disconnect();
});

/** The service was loaded afresh, with its own DomainError class: errors are matched by shape. */
async function expectRefused(work: Promise<unknown>, kind: string, codeOrPath: string): Promise<void> {
  const error: unknown = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ kind });
  const { code, issues } = error as { code: string; issues: { path: string }[] };
  expect([code, ...issues.map((issue) => issue.path)]).toContain(codeOrPath);
}

const sentTo = (address: string) => smtp.messages.filter((message) => message.to.includes(address));

describe("emailing the respondent their private link", () => {
  it("sends the questionnaire's link while it is a draft, on the configured public URL, without the answers", async () => {
    const draft = await createAnonymousAssessment({ draft: true });
    await saveDraft(ANONYMOUS, draft.token, { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, details: { organizationName: "Confidential Widgets Ltd", respondentName: "Pat Secret" } });
    const to = `draft-${draft.id}@example.test`;
    expect(await emailMyLink(ANONYMOUS, { token: draft.token, email: `  ${to.toUpperCase()} ` }, uniqueAddress())).toEqual({ email: to });
    const [message] = sentTo(to);
    expect(message?.raw).toContain(`${PUBLIC_URL}/assessment/${draft.token}\r\n`);
    expect(message?.raw).toContain("Answers that are never submitted are deleted 30 days after their last change.");
    expect(message?.raw).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/);
    for (const secret of ["Confidential Widgets Ltd", "Pat Secret", ...Object.values(COMPLETE_ANSWERS).filter((value): value is string => typeof value === "string" && value.length > 6)]) {
      expect(message?.raw).not.toContain(secret);
    }
  });

  it("writes the email in the language of the page it was asked from", async () => {
    const draft = await createAnonymousAssessment({ draft: true });
    const to = `german-${draft.id}@example.test`;
    await emailMyLink(ANONYMOUS, { token: draft.token, email: to }, uniqueAddress(), "de");
    const [message] = sentTo(to);
    const mail = readMail(message!.source);
    expect(mail.subject).toBe("Ihr Link zum Rolefit-Fragebogen");
    expect(mail.text).toContain(`${PUBLIC_URL}/assessment/${draft.token}`);
    expect(mail.text).toContain("Antworten, die nie abgeschickt werden, werden 30 Tage nach ihrer letzten Änderung gelöscht.");
  });

  it("sends the result's link once the assessment is submitted, and only to its owner once saved to an account", async () => {
    const { token } = await createAnonymousAssessment();
    await emailMyLink(ANONYMOUS, { token, email: "result@example.test" }, uniqueAddress());
    expect(sentTo("result@example.test").at(-1)?.raw).toContain(`${PUBLIC_URL}/assessment/${token}/result`);
    expect(sentTo("result@example.test").at(-1)?.raw).not.toContain("deleted");

    const organization = await createTestOrganization();
    const owner = await createExecutive([organization.id]);
    const owned = await createMemberAssessment(owner.actor, organization.id);
    await expectRefused(emailMyLink(ANONYMOUS, { token: owned.token, email: "stranger@example.test" }, uniqueAddress()), "not_found", "assessment_not_found");
    await emailMyLink(owner.actor, { token: owned.token, email: "owner@example.test" }, uniqueAddress());
    expect(sentTo("stranger@example.test")).toHaveLength(0);
    expect(sentTo("owner@example.test")).toHaveLength(1);
  });

  it("refuses a malformed address or link with 400 and a wrong link with 404, sending and counting nothing", async () => {
    const { token } = await createAnonymousAssessment({ draft: true });
    const address = uniqueAddress();
    await expectRefused(emailMyLink(ANONYMOUS, { token, email: "not an address" }, address), "invalid", "email");
    await expectRefused(emailMyLink(ANONYMOUS, { token, email: `${"a".repeat(320)}@example.test` }, address), "invalid", "email");
    await expectRefused(emailMyLink(ANONYMOUS, { token, email: "x@example.test", extra: "1" }, address), "invalid", "invalid_request");
    await expectRefused(emailMyLink(ANONYMOUS, { token: "short", email: "x@example.test" }, address), "invalid", "token");
    for (let attempt = 0; attempt < REQUEST_LIMITS.linkEmail.limit + 1; attempt += 1) {
      await expectRefused(emailMyLink(ANONYMOUS, { token: newOpaqueToken(), email: "wrong@example.test" }, address), "not_found", "assessment_not_found");
    }
    expect(sentTo("wrong@example.test")).toHaveLength(0);
    await emailMyLink(ANONYMOUS, { token, email: "after-wrong@example.test" }, address);
    expect(sentTo("after-wrong@example.test")).toHaveLength(1);
  });

  it("holds the per-address limit under a parallel burst: exactly the allowance is sent, the rest get 429", async () => {
    const { token } = await createAnonymousAssessment({ draft: true });
    const address = uniqueAddress();
    const { limit } = REQUEST_LIMITS.linkEmail;
    const outcomes = await Promise.allSettled(Array.from({ length: limit * 3 }, () => emailMyLink(ANONYMOUS, { token, email: "burst@example.test" }, address)));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(limit);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(refused).toHaveLength(limit * 2);
    for (const { reason } of refused) expect(reason).toMatchObject({ kind: "rate_limited", code: "rate_limited" });
    expect(sentTo("burst@example.test")).toHaveLength(limit);
    // Another address still gets its own allowance.
    await emailMyLink(ANONYMOUS, { token, email: "burst@example.test" }, uniqueAddress());
    expect(sentTo("burst@example.test")).toHaveLength(limit + 1);
  });

  it("is refused without sending where email is not configured", async () => {
    const { token } = await createAnonymousAssessment({ draft: true });
    await expectDomainError(unconfiguredEmailMyLink(ANONYMOUS, { token, email: "nowhere@example.test" }, uniqueAddress()), 409, "email_not_configured");
    expect(sentTo("nowhere@example.test")).toHaveLength(0);
  });
});
