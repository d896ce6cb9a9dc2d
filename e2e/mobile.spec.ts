import { expect, test } from "@playwright/test";

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
