/**
 * Privacy end to end: a person downloads their data and deletes their account, a consultant and an
 * anonymous respondent delete a result after reading what else changes, and an administrator
 * deletes an account and an organization. Each deletion is checked from the outside afterwards.
 */
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";
import { WORLD_PASSWORD, createWorld } from "./support/world";

test("an executive downloads their data, then deletes their account and their organization keeps the result without their name", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const world = createWorld();
  await signInPage(page, world.people.execA, "/account");
  await expectNoSeriousAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rolefit-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as { account: { email: string }; assessments: { result: { id: string } | null }[] };
  expect(exported.account.email).toBe(world.people.execA.email);
  expect(exported.assessments.map((assessment) => assessment.result?.id)).toContain(world.resultA);

  await page.getByRole("link", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete your account?");
  await expect(page.getByRole("radio", { name: /Leave my latest result/ })).toBeChecked();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Your password").fill("not my password at all");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Your password").fill(WORLD_PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/deleted\?what=account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");

  await page.goto("/my");
  await expect(page).toHaveURL(/\/sign-in/);

  const consultant = await browser.newContext();
  const review = await consultant.newPage();
  await signInPage(review, world.people.consultantA, `/workspace/results/${world.resultA}`);
  await expect(review.getByRole("heading", { level: 1 })).toContainText("An unnamed respondent");
  await consultant.close();
});

test("a consultant deletes a result after reading what else changes, and it is gone from the table", async ({ page }) => {
  test.setTimeout(120_000);
  const world = createWorld();
  await signInPage(page, world.people.consultantA, `/workspace/results/${world.resultA2}`);
  await page.getByRole("link", { name: "Delete this result…" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/results/${world.resultA2}/delete$`));
  await expect(page.getByRole("listitem").filter({ hasText: "combined view" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Delete this result" }).click();
  await expect(page).toHaveURL(/\/workspace\/results\?deleted=result$/);
  await expect(page.getByRole("status").filter({ hasText: "The result has been deleted" })).toBeVisible();
  const response = await page.goto(`/workspace/results/${world.resultA2}`);
  expect(response?.status()).toBe(404);
});

test("an anonymous respondent deletes their result through its private link, and the link and share links stop working", async ({ page }) => {
  test.setTimeout(120_000);
  const world = createWorld();
  await page.goto(`/assessment/${world.anonymousResultToken}/result`);
  await page.getByRole("link", { name: "Delete my answers…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete your answers and result?");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Delete my answers and result" }).click();
  await expect(page).toHaveURL(/\/deleted\?what=result$/);
  const response = await page.goto(`/assessment/${world.anonymousResultToken}/result`);
  expect(response?.status()).toBe(404);
});

test("an administrator deletes an account and, after typing its name, an organization", async ({ page }) => {
  test.setTimeout(120_000);
  const world = createWorld();
  await signInPage(page, world.people.admin, `/admin/users/${world.people.execA2.id}/delete`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(world.people.execA2.email);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: `Delete ${world.people.execA2.email}` }).click();
  await expect(page).toHaveURL(/\/admin\/users\?deleted=account$/);
  expect((await page.goto(`/admin/users/${world.people.execA2.id}/delete`))?.status()).toBe(404);

  await page.goto(`/admin/organizations/${world.orgB}`);
  await page.getByText(`Delete ${world.orgBName}`).click();
  const nameField = page.getByLabel(/Type the organization's name/);
  await nameField.fill("Not its name");
  await page.getByRole("button", { name: "Delete this organization and everything in it" }).click();
  await expect(page.getByText(`Type the organization's name exactly as shown: ${world.orgBName}`).first()).toBeVisible();
  await nameField.fill(world.orgBName);
  await page.getByRole("button", { name: "Delete this organization and everything in it" }).click();
  await expect(page).toHaveURL(/\/admin\/organizations\?deleted=organization$/);
  // A search the service refuses (a control character) is said so on the page, not answered with a 500.
  expect((await page.goto("/admin/organizations?q=a%0Ab"))?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "This search could not be run" })).toContainText("Keep this field on one line");
  expect((await page.goto(`/workspace/organizations/${world.orgB}`))?.status()).toBe(404);
  expect((await page.goto(`/report/results/${world.resultB}`))?.status()).toBe(404);
});
