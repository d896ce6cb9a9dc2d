import { expect, test } from "@playwright/test";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

test("on a phone, the landing page and a question step fit the screen without sideways scrolling", async ({ page }) => {
  await page.goto("/");
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await page.getByRole("button", { name: "Start the assessment" }).tap();
  await page.getByRole("button", { name: "Next" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Company profile" })).toBeVisible();
  expect(await fits()).toBe(true);
  await page.getByRole("group", { name: "Which stage best describes the company?" }).getByText("Scale-up: growing fast").tap();
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");
});

test("on a phone, the results table shows each result as a card, every cell named, nothing scrolled out of view", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const world = createWorld();
  await signInPage(page, world.people.consultantA, "/workspace/results");
  const table = page.getByTestId("results-table");
  await expect(table.getByTestId("result-row").first()).toBeVisible();
  const overflow = await table.evaluate((element) => ({ table: element.scrollWidth, box: element.parentElement!.clientWidth }));
  expect(overflow.table).toBeLessThanOrEqual(overflow.box);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const label = await table.locator('td[data-label="Recommendation"]').first().evaluate((cell) => getComputedStyle(cell, "::before").content);
  expect(label).toBe('"Recommendation"');
  await context.close();
});
