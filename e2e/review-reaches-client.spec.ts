/**
 * The consultant's judgment reaches the client: a result marked in review reads as a draft, and
 * once overridden and shared, the respondent's page, their list, the PDF and a share link all
 * headline the consultant's recommendation with the model's beside it, the reason and who gave it.
 */
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { extractPdf } from "../lib/testing/extract-pdf-text";
import { STRUCTURES } from "../lib/scoring/structures";
import { STRUCTURE_IDS } from "../lib/scoring/types";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

const squash = (text: string | undefined) => (text ?? "").replace(/\s+/g, " ");

async function saveStatus(page: Page, label: string) {
  const form = page.getByTestId("status-form");
  await form.getByLabel("Review status").selectOption({ label });
  await form.getByRole("button", { name: "Save status" }).click();
  await expect(form).toContainText(`Status set to ${label}.`);
}

test("an override and a review status reach the respondent's page, list, PDF and share link", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const world = createWorld();
  const justification = "The board has already appointed two strong peers and wants both to report to the CEO.";

  await signInPage(page, world.people.consultantA, `/workspace/results/${world.resultA}`);
  const modelName = (await page.getByTestId("model-recommendation").textContent())?.trim() ?? "";
  const alternative = STRUCTURE_IDS.map((id) => STRUCTURES[id].name).find((name) => name !== modelName)!;
  await saveStatus(page, "In review");

  const client = await browser.newContext();
  const executive = await client.newPage();
  await signInPage(executive, world.people.execA, `/my/results/${world.resultA}`);
  await expect(executive.getByTestId("review-status-line")).toHaveAttribute("data-state", "draft");
  await expect(executive.getByTestId("review-status-line")).toContainText("Draft: in review by");
  await expect(executive.getByTestId("recommendation")).toHaveText(modelName);

  const overrideForm = page.getByTestId("override-form");
  await overrideForm.getByLabel("Your recommendation instead").selectOption({ label: alternative });
  await overrideForm.getByLabel("Why you depart from the model").fill(justification);
  await overrideForm.getByRole("button", { name: "Override the recommendation" }).click();
  await expect(page.getByTestId("recommendation")).toHaveText(alternative);
  await saveStatus(page, "Shared with client");

  await executive.reload();
  await expect(executive.getByTestId("recommendation")).toHaveText(alternative);
  const banner = executive.getByTestId("override-banner");
  await expect(banner.getByTestId("override-model-recommendation")).toHaveText(modelName);
  await expect(banner.getByTestId("override-justification")).toHaveText(justification);
  await expect(executive.getByTestId("review-status-line")).toHaveAttribute("data-state", "reviewed");
  await expect(executive.getByTestId("review-status-line")).toContainText("Reviewed by");
  await expectNoSeriousAxeViolations(executive);

  const [download] = await Promise.all([executive.waitForEvent("download"), executive.getByTestId("report-pdf").click()]);
  const pdf = await extractPdf(fs.readFileSync((await download.path())!));
  const cover = squash(pdf.pages[0]?.text);
  expect(cover).toContain(`${alternative} REVIEWED Reviewed by`);
  expect(cover).toContain(`The scoring model recommends ${modelName}.`);
  expect(cover).toContain(justification);

  await executive.goto("/my");
  const item = executive.getByTestId("my-assessment").filter({ hasText: alternative });
  await expect(item).toContainText(`Your consultant recommends ${alternative}`);
  await expect(item.getByTestId("my-assessment-next")).toContainText("Shared with client. Reviewed by your consultants: the report is final.");

  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  await visitor.goto(`/shared/${world.shareToken}`);
  await expect(visitor.getByTestId("report-recommendation")).toHaveText(alternative);
  await expect(visitor.getByTestId("override-banner")).toContainText(justification);
  await expect(visitor.getByTestId("review-status-line")).toContainText("Reviewed by");
  await expectNoSeriousAxeViolations(visitor);
  await stranger.close();
  await client.close();
});
