import { expect, test } from "@playwright/test";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { expectNoSeriousAxeViolations } from "./axe";
import { SECTION_IDS, answerSection, next } from "./questionnaire-driver";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

test("a consultant invites an executive who signs up and completes an assessment the consultant then sees", async ({ browser }) => {
  test.setTimeout(300_000);
  const world = createWorld();
  const orgName = `Contoso ${Date.now()}`;

  // The consultant creates an organization and an invitation link.
  const consultant = await browser.newContext();
  const consultantPage = await consultant.newPage();
  await signInPage(consultantPage, world.people.consultantA, "/workspace");
  await consultantPage.getByLabel("Organization name").fill(orgName);
  await consultantPage.getByRole("button", { name: "Create organization" }).click();
  await expect(consultantPage.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  await consultantPage.getByRole("button", { name: "Create invitation link" }).click();
  const invitationUrl = await consultantPage.getByTestId("invitation-url").inputValue();
  await expectNoSeriousAxeViolations(consultantPage);
  expect(invitationUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  // A new executive follows it, signs up, joins and completes the assessment.
  const executive = await browser.newContext();
  const page = await executive.newPage();
  await page.goto(invitationUrl);
  await expect(page.getByText(orgName).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: /create an account|sign up/i }).first().click();
  await expectNoSeriousAxeViolations(page);
  const email = `new-exec-${Date.now()}@e2e.rolefit.test`;
  await page.getByLabel("Your name").fill("New Executive");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill("a long enough test passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/invite\//);
  await page.getByRole("button", { name: new RegExp(`Join ${orgName}`) }).click();
  await expect(page).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}/);
  await next(page);
  for (const sectionId of SECTION_IDS) {
    await answerSection(page, sectionId, COMPLETE_ANSWERS);
    await next(page);
  }
  await page.getByRole("button", { name: "Submit and see the recommendation" }).click();
  await expect(page).toHaveURL(/\/result$/);
  const recommendation = (await page.getByTestId("recommendation").textContent())?.trim() ?? "";
  const resultUrl = page.url();

  // The consultant sees the new executive on the team, and the result among the findings.
  await consultantPage.reload();
  await expect(consultantPage.getByText("New Executive").first()).toBeVisible();
  await consultantPage.getByRole("link", { name: "Findings" }).click();
  await consultantPage.getByRole("row", { name: /New Executive/ }).getByRole("link", { name: recommendation }).click();
  await expect(consultantPage.getByTestId("recommendation")).toHaveText(recommendation);
  const workspaceResultUrl = consultantPage.url();
  await consultantPage.goto("/account/security");
  await expectNoSeriousAxeViolations(consultantPage);

  // An executive of another organization cannot open it by either URL.
  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  await signInPage(outsiderPage, world.people.execB);
  for (const url of [resultUrl, workspaceResultUrl]) {
    const response = await outsiderPage.goto(url);
    expect([403, 404], url).toContain(response?.status());
    await expect(outsiderPage.getByText(recommendation, { exact: true })).toHaveCount(0);
  }

  // Signing out ends access.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const afterSignOut = await page.goto(resultUrl);
  expect(afterSignOut?.status()).toBe(404);
  await Promise.all([consultant.close(), executive.close(), outsider.close()]);
});

test("signing in with nowhere asked for lands a consultant on the workspace and an executive on their assessments", async ({ browser }) => {
  const world = createWorld();
  const consultantPage = await (await browser.newContext()).newPage();
  await signInPage(consultantPage, world.people.consultantA, null, "/workspace");
  await expect(consultantPage.getByRole("heading", { level: 1 })).toBeVisible();
  const executivePage = await (await browser.newContext()).newPage();
  await signInPage(executivePage, world.people.execA, null, "/my");
  await expect(executivePage.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
});
