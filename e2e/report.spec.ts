import fs from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import { extractPdf } from "../lib/testing/extract-pdf-text";
import { expectNoSeriousAxeViolations } from "./axe";
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
