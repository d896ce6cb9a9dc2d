import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { STRUCTURES } from "../lib/scoring/structures";
import { STRUCTURE_IDS } from "../lib/scoring/types";
import { readCsv } from "../lib/testing/read-csv";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

test("a consultant filters the results, reviews one, compares two, sees the organization and downloads the CSV", async ({ page }) => {
  test.setTimeout(300_000);
  const world = createWorld();
  await signInPage(page, world.people.consultantA, "/workspace/results");

  // Filter: the filters go into the address, and the address alone gives the same view back.
  const filters = page.getByRole("search", { name: "Filter results" });
  await filters.getByLabel("Organization").selectOption(world.orgA);
  await filters.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(new RegExp(`organization=${world.orgA}`));
  await expect(page.getByTestId("results-count")).toHaveText("2 results");
  await expect(page.getByTestId("result-row")).toHaveCount(2);

  await filters.getByLabel("Search").fill("CLEO marsh");
  await filters.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/q=CLEO\+marsh/);
  await expect(page.getByTestId("result-row")).toHaveCount(1);
  await expect(page.getByTestId("result-row")).toContainText("Cleo Marsh");
  const bookmarked = page.url();
  await expectNoSeriousAxeViolations(page);
  await page.goto("/workspace/results");
  await page.goto(bookmarked);
  await expect(page.getByTestId("result-row")).toHaveCount(1);
  await expect(page.getByRole("search", { name: "Filter results" }).getByLabel("Search")).toHaveValue("CLEO marsh");

  // Open the result.
  await page.getByRole("link", { name: "Cleo Marsh" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/results/${world.resultA2}$`));
  const modelName = (await page.getByTestId("model-recommendation").textContent())?.trim() ?? "";
  expect(STRUCTURE_IDS.map((id) => STRUCTURES[id].name)).toContain(modelName);

  // A note: user text shows as written, markup and all.
  const note = `Ask the board about <b>platform</b> ownership ${Date.now()}`;
  const review = page.getByTestId("review-panel");
  await review.getByLabel("New note").fill(note);
  await review.getByRole("button", { name: "Add note" }).click();
  await expect(review.getByTestId("note").first()).toContainText(note);
  await expect(review.getByLabel("New note")).toHaveValue("");

  // An override needs a justification; refused without one, then saved beside the model's own.
  const overrideForm = review.getByTestId("override-form");
  const alternative = STRUCTURE_IDS.map((id) => STRUCTURES[id].name).find((name) => name !== modelName)!;
  await overrideForm.getByLabel("Your recommendation instead").selectOption({ label: alternative });
  await overrideForm.getByRole("button", { name: "Override the recommendation" }).click();
  const justificationField = overrideForm.getByLabel("Why you depart from the model");
  await expect(justificationField).toHaveAttribute("aria-invalid", "true");
  await expect(justificationField).toHaveAccessibleDescription(/Explain the override in 20 to 2,000 characters/);
  await expect(page.getByTestId("override-banner")).toHaveCount(0);
  const justification = "The board has already committed to a single technology owner for the merger year.";
  await justificationField.fill(justification);
  await overrideForm.getByRole("button", { name: "Override the recommendation" }).click();
  await expect(page.getByTestId("override-recommendation")).toHaveText(alternative);
  await expect(page.getByTestId("override-banner")).toContainText(modelName);
  const trail = page.getByTestId("audit-trail");
  await expect(trail.locator('[data-action="override.set"]')).toContainText(justification);
  await expect(trail.locator('[data-action="note.added"]')).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);

  // Compare with the organization's other result.
  const compareWith = page.getByTestId("compare-with");
  await compareWith.getByLabel(/Ada Quist/).check();
  await compareWith.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/workspace\/compare\?/);
  await expect(page.getByTestId("compare-columns")).toContainText("Cleo Marsh");
  await expect(page.getByTestId("compare-columns")).toContainText("Ada Quist");
  expect(await page.getByTestId("answer-difference").count()).toBeGreaterThan(0);
  await expectNoSeriousAxeViolations(page);

  // The organization: a combined recommendation, each respondent, and where they disagree.
  await page.goto(`/workspace/organizations/${world.orgA}`);
  const combined = page.getByTestId("combined-recommendation");
  await expect(combined).toBeVisible();
  expect(STRUCTURE_IDS.map((id) => STRUCTURES[id].name)).toContain((await combined.locator("p").nth(1).textContent())?.trim());
  await expect(page.getByTestId("respondent-table")).toContainText("Ada Quist");
  await expect(page.getByTestId("respondent-table")).toContainText("Cleo Marsh");
  expect(await page.getByTestId("agenda-question").count()).toBeGreaterThan(0);
  await expect(page.getByRole("region", { name: "The structure today and as recommended" }).getByRole("figure")).toHaveAccessibleDescription(/^Recommended structure, /);
  await expectNoSeriousAxeViolations(page);

  // The CSV of the filtered table: one row per result, one column per answer, the override included.
  await page.goto(`/workspace/results?organization=${world.orgA}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rolefit-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = readCsv(csv);
  expect(header?.slice(0, 2)).toEqual(["id", "created_at"]);
  expect(header?.filter((column) => column.startsWith("answer_")).length).toBeGreaterThan(20);
  expect(rows.map((row) => row[0]).sort()).toEqual([world.resultA, world.resultA2].sort());
  const overridden = rows.find((row) => row[0] === world.resultA2)!;
  const overrideColumn = header!.indexOf("override_recommendation");
  expect(STRUCTURES[overridden[overrideColumn] as keyof typeof STRUCTURES]?.name).toBe(alternative);
});

test("clearing the filters clears every control, not only the address", async ({ page }) => {
  const world = createWorld();
  await signInPage(page, world.people.consultantA, "/workspace/results?confidence=high&status=in_review");
  const filters = page.getByRole("search", { name: "Filter results" });
  await expect(filters.getByLabel("Confidence")).toHaveValue("high");
  await filters.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/workspace\/results$/);
  await expect(filters.getByLabel("Confidence")).toHaveValue("");
  await expect(filters.getByLabel("Review status")).toHaveValue("");
});

test("a consultant of another organization sees none of it", async ({ page }) => {
  const world = createWorld();
  await signInPage(page, world.people.consultantB, "/workspace/results");
  await expect(page.getByTestId("result-row")).toHaveCount(1);
  await expect(page.getByTestId("result-row")).toContainText("Ben Rowe");
  const response = await page.goto(`/workspace/results/${world.resultA2}`);
  expect(response?.status()).toBe(404);
  const filtered = await page.goto(`/workspace/results?organization=${world.orgA}`);
  expect(filtered?.status()).toBe(404);
});

test("the results table sorts by its column headers and compares the rows ticked in it", async ({ page }) => {
  const world = createWorld();
  await signInPage(page, world.people.consultantA, `/workspace/results?organization=${world.orgA}`);
  const table = page.getByTestId("results-table");
  await expect(table.getByRole("columnheader", { name: /Submitted/ })).toHaveAttribute("aria-sort", "descending");

  await table.getByRole("link", { name: "Lead over runner-up: sort ascending" }).click();
  await expect(page).toHaveURL(/sort=margin&dir=asc/);
  await expect(table.getByRole("columnheader", { name: /Lead over runner-up/ })).toHaveAttribute("aria-sort", "ascending");
  const margins = await table.getByTestId("result-row").locator("td.tabular-nums").allTextContents();
  expect(margins.map((text) => Number.parseFloat(text))).toEqual([...margins.map((text) => Number.parseFloat(text))].sort((a, b) => a - b));
  await table.getByRole("link", { name: "Lead over runner-up: sort descending" }).click();
  await expect(page).toHaveURL(/sort=margin(&|$)/);
  await expect(table.getByRole("columnheader", { name: /Lead over runner-up/ })).toHaveAttribute("aria-sort", "descending");

  await page.getByRole("checkbox", { name: /Compare Ada Quist/ }).check();
  await page.getByRole("checkbox", { name: /Compare Cleo Marsh/ }).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/workspace\/compare\?ids=/);
  await expect(page.getByTestId("compare-columns")).toContainText("Ada Quist");
  await expect(page.getByTestId("compare-columns")).toContainText("Cleo Marsh");
  await expectNoSeriousAxeViolations(page);
});

test("a count on the portfolio opens the results behind it", async ({ page }) => {
  const world = createWorld();
  await signInPage(page, world.people.consultantA, "/workspace/portfolio");
  const counts = page.getByTestId("result-counts-size");
  const link = counts.getByRole("link").first();
  const shown = Number.parseInt((await link.textContent()) ?? "", 10);
  expect(shown).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/workspace\/results\?(.*&)?size=/);
  await expect(page.getByTestId("results-count")).toHaveText(`${shown} ${shown === 1 ? "result" : "results"}`);
  await expectNoSeriousAxeViolations(page);
});
