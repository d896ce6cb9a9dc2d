import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { extractPdf } from "../lib/testing/extract-pdf-text";
import { expectNoSeriousAxeViolations } from "./axe";
import { waitForMail } from "./support/mailbox";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

async function pdfOf(download: Download) {
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return extractPdf(bytes);
}

test("the result page exports a PDF whose first page names the recommendation", async ({ page }) => {
  const world = createWorld();
  await signInPage(page, world.people.execA, "/my");
  await page.goto(`/my/results/${world.resultA}`);
  const recommendation = (await page.getByTestId("recommendation").textContent())?.trim() ?? "";
  expect(recommendation).not.toBe("");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-pdf").click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await pdfOf(download);
  expect(pdf.pageCount).toBeGreaterThan(3);
  expect(pdf.pages[0]?.text.replace(/\s+/g, " ")).toContain(recommendation);
  expect(pdf.info.Title).toBeTruthy();
});

test("a share link opens the report without an account until it is revoked", async ({ page, browser }) => {
  const world = createWorld();
  await signInPage(page, world.people.execA, "/my");
  await page.goto(`/my/results/${world.resultA}`);
  const recommendation = (await page.getByTestId("recommendation").textContent())?.trim() ?? "";
  const panel = page.getByTestId("share-links-panel");
  await panel.getByLabel("The link works for").selectOption("7");
  await panel.getByRole("button", { name: "Create share link" }).click();
  const url = await panel.getByTestId("new-share-link-url").inputValue();
  expect(url).toMatch(/\/shared\/[A-Za-z0-9_-]{20,}$/);

  // A fresh browser: no cookies, no session.
  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  const opened = await visitor.goto(url);
  expect(opened?.status()).toBe(200);
  await expect(visitor.getByTestId("report-recommendation")).toHaveText(recommendation);
  // Nothing leads into the rest of the app.
  const hrefs = await visitor.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => /^\/(my|workspace|account|admin|assessment)\b/.test(href))).toEqual([]);
  await expectNoSeriousAxeViolations(visitor);
  const [download] = await Promise.all([visitor.waitForEvent("download"), visitor.getByTestId("shared-report-pdf").click()]);
  expect((await pdfOf(download)).pages[0]?.text.replace(/\s+/g, " ")).toContain(recommendation);

  // The owner sees the opening, then revokes the link.
  await page.reload();
  const row = panel.getByTestId("share-link-row").first();
  await expect(row).toContainText("Active");
  await expect(row).not.toContainText("Not opened yet");
  await row.getByRole("button", { name: /^Revoke/ }).click();
  await expect(row).toContainText("Revoked");

  const refused = await visitor.goto(url);
  expect(refused?.status()).toBe(404);
  await expect(visitor.getByTestId("report-recommendation")).toHaveCount(0);
  const pdfAfter = await stranger.request.get(`${url}/report?format=pdf`);
  expect(pdfAfter.status()).toBe(404);
  await stranger.close();
});

test("an anonymous respondent exports, prints and shares their result from the page their private link opens, and still can after saving it to an account", async ({ page, browser, request }) => {
  const created = await request.post("/api/v1/assessments");
  const { token } = (await created.json()) as { token: string };
  const submitted = await request.post(`/api/v1/assessments/${token}/submit`, {
    data: { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, details: { organizationName: "Respondent Export Co" }, idempotencyKey: randomUUID() },
  });
  expect(submitted.status()).toBe(201);
  const resultPath = `/assessment/${token}/result`;
  await page.goto(resultPath);
  const recommendation = (await page.getByTestId("recommendation").textContent())?.trim() ?? "";
  expect(recommendation).not.toBe("");
  await expectNoSeriousAxeViolations(page);
  // The server sends through the e2e mailbox: the emailed link is the page's own, on the public URL, and no answer travels with it.
  const address = `export-${randomUUID().slice(0, 8)}@e2e.rolefit.test`;
  const emailForm = page.getByTestId("email-my-link");
  await emailForm.getByLabel("Email me this link").fill(address);
  await emailForm.getByRole("button", { name: "Send" }).click();
  await expect(emailForm).toContainText(`Sent to ${address}.`);
  const [mail] = await waitForMail(address);
  expect(mail?.subject).toBe("Your Rolefit recommendation");
  expect(mail?.text).toContain(new URL(resultPath, page.url()).toString());
  expect(mail?.text).not.toContain(recommendation);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-pdf").click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await pdfOf(download)).pages[0]?.text.replace(/\s+/g, " ")).toContain(recommendation);
  const [markdown] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-markdown").click()]);
  expect(fs.readFileSync((await markdown.path())!, "utf8")).toContain(recommendation);

  await page.getByTestId("report-print").click();
  await expect(page).toHaveURL(new RegExp(`/assessment/${token}/print$`));
  await expect(page.getByTestId("report-recommendation")).toHaveText(recommendation);
  await expectNoSeriousAxeViolations(page);
  await page.goto(resultPath);

  const panel = page.getByTestId("share-links-panel");
  await panel.getByRole("button", { name: "Create share link" }).click();
  const url = await panel.getByTestId("new-share-link-url").inputValue();
  expect(url).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  expect((await visitor.goto(url))?.status()).toBe(200);
  await expect(visitor.getByTestId("report-recommendation")).toHaveText(recommendation);
  await expect(visitor.locator("main")).toContainText("shared by the respondent");
  // The respondent's own link is no credential for anyone else's result: a wrong token finds nothing.
  expect((await stranger.request.get(`/assessment/${"Q".repeat(43)}/report?format=md`)).status()).toBe(404);

  await page.reload();
  const row = panel.getByTestId("share-link-row").first();
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: /^Revoke/ }).click();
  await expect(row).toContainText("Revoked");
  expect((await visitor.goto(url))?.status()).toBe(404);

  // Saved to an account, the same page keeps its exports for its owner, and the link alone opens nothing.
  const world = createWorld();
  await signInPage(page, world.people.execB, resultPath, resultPath);
  await page.getByRole("button", { name: "Save to my account" }).click();
  await expect(page.getByText("It is saved to your account")).toBeVisible();
  await page.reload();
  const mine = await page.request.get(`/assessment/${token}/report?format=md`);
  expect(mine.status()).toBe(200);
  await expect(page.getByTestId("report-print")).toBeVisible();
  await expect(panel.getByTestId("share-link-row")).toHaveCount(1);
  expect((await stranger.request.get(`/assessment/${token}/report?format=md`)).status()).toBe(404);
  await stranger.close();
});
