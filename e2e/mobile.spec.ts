import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
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

test.describe("the site header at 390x844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** One line: the brand and the menu button share a row, and the bar is no taller than one row of them. */
  async function expectOneLineHeader(page: Page): Promise<void> {
    const header = page.locator("header").first();
    const bar = await header.boundingBox();
    const brand = await header.getByRole("link", { name: "Rolefit" }).boundingBox();
    const toggle = await header.getByTestId("main-nav-toggle").boundingBox();
    if (!bar || !brand || !toggle) throw new Error("the header, its brand or its menu button is not shown");
    expect(Math.abs(brand.y + brand.height / 2 - (toggle.y + toggle.height / 2))).toBeLessThan(4);
    expect(bar.height).toBeLessThan(Math.max(brand.height, toggle.height) * 2);
  }

  test("the header is one line on the main pages, signed out and signed in, and its menu works by keyboard", async ({ page }) => {
    for (const path of ["/", "/methodology", "/sources", "/sign-in"]) {
      await page.goto(path);
      await expectOneLineHeader(page);
    }
    const world = createWorld();
    await signInPage(page, world.people.consultantA, "/workspace");
    for (const path of ["/my", "/workspace", "/account/security", "/methodology"]) {
      await page.goto(path);
      await expectOneLineHeader(page);
    }

    const toggle = page.getByTestId("main-nav-toggle");
    const links = page.locator("#main-nav-links");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(links).toBeHidden();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(links).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(links).toBeHidden();
    await expect(toggle).toBeFocused();

    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const first = links.getByRole("link", { name: "Methodology" });
    await expect(first).toBeFocused();
    const outline = await first.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Tab");
    await expect(links.getByRole("link", { name: "Sources" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sources$/);
    await expect(links).toBeHidden();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expectOneLineHeader(page);
  });
});
