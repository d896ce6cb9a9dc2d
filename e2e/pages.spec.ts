import { PERSONAL_DATA } from "../lib/privacy/personal-data";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { expectNoSeriousAxeViolations } from "./axe";

/** Opens a page and returns what the browser logged as an error: a hydration mismatch (#418) shows here. */
async function consoleErrorsOn(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return errors;
}

test("an address that names nothing gets a styled 404 that says where to go", async ({ page }) => {
  const response = await page.goto("/no-such-page/at-all");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "There is nothing at this address" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the start page" })).toHaveAttribute("href", "/");
  await expectNoSeriousAxeViolations(page);
});

test("every page names the site's icon, and the icon is served", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("/sources says what each source is and who wrote it, including the essay nobody signed", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByText("None is peer-reviewed research")).toBeVisible();
  const essay = page.locator("#S3");
  await expect(essay).toContainText("Untitled essay with no publisher");
  await expect(essay).toContainText("Unknown");
  await expect(page.locator("#S4")).toContainText("Alexandra Marinaki");
  await expectNoSeriousAxeViolations(page);
});

test("the public pages and a result page render without a console error (valid nesting, no hydration redraw), their outline starting at the h1", async ({ browser, request }) => {
  const created = await request.post("/api/v1/assessments");
  const { token } = (await created.json()) as { token: string };
  const submitted = await request.post(`/api/v1/assessments/${token}/submit`, {
    data: { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, details: { organizationName: "Console Check Co" }, idempotencyKey: randomUUID() },
  });
  expect(submitted.status()).toBe(201);
  for (const path of ["/", "/methodology", "/methodology/governance", "/sources", "/privacy", "/sign-in", "/sign-up", `/assessment/${token}/result`, `/assessment/${token}/delete`]) {
    const page = await browser.newPage();
    expect(await consoleErrorsOn(page, path), path).toEqual([]);
    // The outline starts at the page's title: no h2 before the h1.
    expect(await page.locator("main").locator("h1, h2, h3").first().evaluate((heading) => heading.tagName), path).toBe("H1");
    await page.close();
  }
});

test("/privacy lists every kind of record with what deleting an account does to it, and passes axe", async ({ page }) => {
  await page.goto("/privacy");
  await expectNoSeriousAxeViolations(page);
  const table = page.getByRole("table", { name: /Where Rolefit keeps personal data/ });
  await expect(table.getByRole("rowheader")).toHaveCount(Object.keys(PERSONAL_DATA).length);
  await expect(table.getByRole("row").filter({ hasText: "Accounts" })).toContainText("passwordHash");
  await expect(page.getByText(/Answers never submitted, in a questionnaire no account holds, are deleted \d+ days after their last change/)).toBeVisible();
});

test("/methodology opens with a contents list whose links jump to each part; each dimension's page keeps each criterion's table folded", async ({ page }) => {
  await page.goto("/methodology");
  await expectNoSeriousAxeViolations(page);
  const contents = page.getByRole("navigation", { name: "Contents" });
  await contents.getByRole("link", { name: "Facts and their weights" }).click();
  await expect(page).toHaveURL(/#facts$/);
  await expect(page.getByRole("heading", { level: 2, name: "Facts and their weights" })).toBeInViewport();
  await page.getByRole("link", { name: /criteria in full\s?: Governance and risk/ }).click();
  await expect(page).toHaveURL(/\/methodology\/governance$/);
  const firstCriterion = page.locator("article[id^='criterion-']").first();
  await expect(firstCriterion.locator("table")).toBeHidden();
  await firstCriterion.getByText("Support for each structure, by answer").click();
  await expect(firstCriterion.locator("table")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("each public page describes itself; the landing page's description is not repeated elsewhere", async ({ page }) => {
  const descriptions = new Map<string, string | null>();
  for (const path of ["/", "/methodology", "/sources", "/privacy", "/sign-in", "/sign-up"]) {
    await page.goto(path);
    descriptions.set(path, await page.locator('meta[name="description"]').getAttribute("content"));
  }
  for (const [path, description] of descriptions) expect(description, path).toBeTruthy();
  expect(new Set(descriptions.values()).size).toBe(descriptions.size);
});
