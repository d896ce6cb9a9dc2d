import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { startWebhookReceiver } from "../lib/testing/webhook-receiver";
import { verifySignature } from "../lib/webhooks/signature";
import { expectNoSeriousAxeViolations } from "./axe";
import { SECTION_IDS, answerSection, next } from "./questionnaire-driver";
import { readMailbox, waitForMail } from "./support/mailbox";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

const TEAM = [
  { name: "Amara Osei", role: "CEO", roleLabel: "Chief Executive Officer" },
  { name: "Bruno Keller", role: "CFO", roleLabel: "Chief Financial Officer" },
  { name: "Chloé Martin", role: "COO", roleLabel: "Chief Operating Officer" },
  { name: "Dev Patel", role: "CIO", roleLabel: "Technology executive (CIO, CTO, CDO)" },
  { name: "Elena Rossi", role: "Board member", roleLabel: "Board member" },
];

const PERSONAL_LINK = /https?:\/\/[^\s"<>]+\/respond\/([A-Za-z0-9_-]{43})/;

async function reloadUntil(page: Page, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 90_000 });
}

test("an engagement of five runs end to end: invited by email, answered through the emailed links, followed, notified, told by webhook, closed and reported", async ({ browser, request }) => {
  test.setTimeout(600_000);
  const world = createWorld();
  const receiver = await startWebhookReceiver();
  const run = randomUUID().slice(0, 8);
  const team = TEAM.map((person, index) => ({ ...person, email: `${person.name.split(" ")[0]!.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase()}.${run}.${index}@client.example` }));
  try {
    const consultant = await browser.newContext();
    const page = await consultant.newPage();
    await signInPage(page, world.people.consultantA, `/workspace/organizations/${world.orgA}/webhooks`);

    // Other systems hear of it: a webhook endpoint for submissions and the engagement's completion.
    const form = page.getByRole("region", { name: "Add a webhook endpoint" });
    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByLabel("Description (optional)").fill("CRM");
    await form.getByRole("checkbox", { name: "Engagement completed (everyone answered)" }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const secret = await page.getByTestId("webhook-secret").inputValue();

    // The engagement, its team pasted as a spreadsheet would give it.
    await page.goto(`/workspace/organizations/${world.orgA}/engagements`);
    await page.getByRole("link", { name: "New engagement" }).click();
    await page.getByLabel("Name").fill(`Leadership review ${run}`);
    await page.getByLabel("Message in the invitation").fill("Ahead of the offsite, please tell us how you see technology leadership today.");
    await page.getByLabel("The people to invite").fill(["Name,Email,Role", ...team.map((person) => `"${person.name}",${person.email},${person.role}`)].join("\n"));
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Create and send invitations" }).click();
    await expect(page).toHaveURL(/\/workspace\/engagements\/[\w-]+$/);
    const engagementUrl = page.url();
    const engagementId = engagementUrl.split("/").pop()!;
    await expect(page.getByTestId("engagement-respondent")).toHaveCount(5);

    // Each person's invitation arrives: multipart, the firm's message, their own link on the public address, no answers.
    const links: string[] = [];
    for (const person of team) {
      const [invitation] = await waitForMail(person.email);
      expect(invitation!.subject).toContain(`Leadership review ${run}`);
      expect(invitation!.text).toContain("Ahead of the offsite");
      expect(invitation!.html).toContain("Ahead of the offsite");
      const link = PERSONAL_LINK.exec(invitation!.text);
      expect(link, `a personal link for ${person.name}`).not.toBeNull();
      expect(invitation!.html).toContain(link![0]);
      links.push(link![0]);
    }
    expect(new Set(links).size).toBe(5);
    await reloadUntil(page, async () => {
      await expect(page.getByTestId("respondent-stage")).toHaveText(Array(5).fill("Email delivered"), { timeout: 1_000 });
    });

    // The first follows the emailed link and answers in the browser: the questionnaire already knows their name and role.
    const respondent = await (await browser.newContext()).newPage();
    await respondent.goto(links[0]!);
    await expect(respondent).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}$/);
    await expect(respondent.getByLabel("Your name")).toHaveValue(team[0]!.name);
    // The invitation's name and role are shown but not editable: nobody with the link can pose as someone else.
    await expect(respondent.getByLabel("Your name")).not.toBeEditable();
    await expect(respondent.getByLabel("Your role")).toBeDisabled();
    await next(respondent);
    for (const sectionId of SECTION_IDS) {
      await answerSection(respondent, sectionId, COMPLETE_ANSWERS);
      await next(respondent);
    }
    await respondent.getByRole("button", { name: "Submit and see the recommendation" }).click();
    await expect(respondent).toHaveURL(/\/result$/);
    await expect(respondent.getByTestId("recommendation")).toBeVisible();

    await reloadUntil(page, async () => {
      await expect(page.getByTestId("engagement-respondent").filter({ hasText: team[0]!.name }).getByTestId("respondent-stage")).toHaveText("Completed", { timeout: 1_000 });
    });

    // The other four answer through the API a client app would use, each from their own link.
    for (const link of links.slice(1)) {
      const token = PERSONAL_LINK.exec(link)![1]!;
      const opened = await request.get(link.replace(/^https?:\/\/[^/]+/, ""), { maxRedirects: 0 });
      expect([303, 307]).toContain(opened.status());
      const submitted = await request.post(`/api/v1/assessments/${token}/submit`, {
        data: { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, details: {}, idempotencyKey: randomUUID() },
      });
      expect(submitted.status()).toBe(201);
    }

    // The consultant follows it: everyone completed, notified of each completion and once of everyone.
    await reloadUntil(page, async () => {
      await expect(page.getByTestId("respondent-stage")).toHaveText(Array(5).fill("Completed"), { timeout: 1_000 });
    });
    await expect(page.getByRole("progressbar", { name: "5 of 5 answered" })).toHaveAttribute("aria-valuenow", "100");
    const consultantMail = await waitForMail(world.people.consultantA.email, 6);
    expect(consultantMail.filter((mail) => mail.subject.endsWith("everyone has answered"))).toHaveLength(1);
    for (const mail of consultantMail) {
      expect(mail.text).toContain(engagementUrl.replace(/^https?:\/\/[^/]+/, ""));
      expect(mail.text).not.toMatch(/Combined CTIO|Separate CIO and CTO|CDO over/);
    }

    // Other systems heard of five submissions and the engagement's completion, each signed.
    await expect.poll(() => receiver.received.filter((hook) => JSON.parse(hook.body).type === "engagement.completed").length, { timeout: 90_000 }).toBe(1);
    const completed = receiver.received.find((hook) => JSON.parse(hook.body).type === "engagement.completed")!;
    expect(JSON.parse(completed.body).data).toMatchObject({ engagementId, organizationId: world.orgA, respondentCount: 5 });
    expect(verifySignature(secret, completed.headers as Record<string, string>, completed.body)).toBe(true);
    await expect.poll(() => receiver.received.filter((hook) => JSON.parse(hook.body).type === "result.submitted").length, { timeout: 90_000 }).toBeGreaterThanOrEqual(5);

    // The team together, and its report, from this engagement's five only.
    await expect(page.getByRole("heading", { name: "The team together" })).toBeVisible();
    const markdown = await page.request.get(`/api/v1/organizations/${world.orgA}/report?format=md&engagement=${engagementId}`);
    expect(markdown.status()).toBe(200);
    const report = await markdown.text();
    for (const person of team) expect(report).toContain(person.name);
    expect(report).not.toContain("Ada Quist");
    await expectNoSeriousAxeViolations(page);

    // An executive of the organization sees the count, not who or what.
    const executive = await (await browser.newContext()).newPage();
    await signInPage(executive, world.people.execA, "/my");
    const progress = executive.getByTestId("team-progress");
    await expect(progress).toContainText(`Leadership review ${run}`);
    await expect(progress.getByRole("progressbar", { name: "5 of 5 answered" })).toBeVisible();
    await expect(progress).not.toContainText(team[1]!.name);

    // Closing: the engagement says so, and its forms for changing the team are gone.
    await page.getByRole("button", { name: "Close the engagement" }).click();
    await expect(page.getByText(/^Closed on /).first()).toBeVisible();
    await expect(page.getByText("Add someone")).toHaveCount(0);
    expect((await readMailbox()).filter((mail) => /reminder/i.test(mail.subject))).toHaveLength(0);

    // In one step the whole team is sent a link to the team's report, which opens without an account.
    await page.getByRole("button", { name: "Send the team's report" }).click();
    await expect(page.getByTestId("team-report-created")).toBeVisible();
    for (const person of team) {
      const closing = (await waitForMail(person.email, 2)).find((mail) => mail.subject.includes("results are ready"));
      expect(closing, `the closing email to ${person.name}`).toBeDefined();
      expect(closing!.text).toMatch(/\/shared\/[A-Za-z0-9_-]{43}/);
    }
    const shared = /https?:\/\/[^\s"<>]+(\/shared\/[A-Za-z0-9_-]{43})/.exec((await readMailbox(team[4]!.email)).find((mail) => mail.subject.includes("results are ready"))!.text)!;
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(shared[1]!);
    await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(reader.locator("main")).toContainText(team[2]!.name);
    await expectNoSeriousAxeViolations(reader);

    // The organization's record: the endpoint, and the engagement started and closed, naming nobody in the team.
    await page.goto(`/workspace/organizations/${world.orgA}/activity`);
    const trail = page.getByTestId("audit-trail");
    await expect(trail.locator('[data-action="engagement.created"]')).toContainText(`Started the engagement “Leadership review ${run}” with 5 people.`);
    await expect(trail.locator('[data-action="engagement.closed"]')).toContainText(`Closed the engagement “Leadership review ${run}”.`);
    await expect(trail.locator('[data-action="webhook.created"]')).toHaveCount(1);
    for (const person of team) await expect(trail).not.toContainText(person.email);
    await expectNoSeriousAxeViolations(page);
  } finally {
    await receiver.close();
  }
});
