import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

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
