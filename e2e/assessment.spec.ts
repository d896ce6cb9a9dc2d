import { expect, test } from "@playwright/test";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { expectNoSeriousAxeViolations } from "./axe";
import { SECTION_IDS, answerSection, next, waitForSave } from "./questionnaire-driver";

test("a new user completes an assessment, resumes after a reload and sees the saved result", async ({ page, context }) => {
  await page.goto("/");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}$/);

  await page.getByLabel("Company name").fill("Northwind Bank");
  await page.getByLabel("Your role").selectOption("ceo");
  await waitForSave(page);
  const resumeUrl = await page.getByLabel("Private resume link").inputValue();
  expect(resumeUrl).toBe(page.url().split("?")[0]);
  await next(page);

  const [first, second, ...rest] = SECTION_IDS;
  await answerSection(page, first!, COMPLETE_ANSWERS);
  await expectNoSeriousAxeViolations(page);
  await next(page);
  await answerSection(page, second!, COMPLETE_ANSWERS);
  await waitForSave(page);

  // Mid-way: a reload keeps the step and the answers; the private link reopens there from a fresh tab too.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Regulation and risk" })).toBeVisible();
  await expect(page.getByRole("group", { name: /sector regulator/ }).getByLabel("Yes", { exact: true })).toBeChecked();
  const other = await context.newPage();
  await other.goto(resumeUrl);
  // The link names no step: it opens at the last section with an answer, where the respondent stopped.
  await expect(other.getByRole("heading", { level: 1, name: "Regulation and risk" })).toBeVisible();
  await expect(other.getByRole("group", { name: /sector regulator/ }).getByLabel("Yes", { exact: true })).toBeChecked();
  await other.close();

  await next(page);
  for (const sectionId of rest) {
    await answerSection(page, sectionId, COMPLETE_ANSWERS);
    await next(page);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Review and submit" })).toBeVisible();
  await expect(page.getByText("Northwind Bank")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Submit and see the recommendation" }).dblclick();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByTestId("recommendation")).toBeVisible();
  await expect(page.getByTestId("contribution").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The resume link now leads to the stored result, not back into the questionnaire.
  await page.goto(resumeUrl);
  await expect(page).toHaveURL(/\/result$/);
});

test("a required answer left blank and an unreadable number get clear messages, and nothing bad is saved", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await next(page);
  await page.getByLabel("How many people does the company employ?").fill("120");
  await waitForSave(page);
  await page.getByLabel("How many people does the company employ?").fill("lots");
  await expect(page.getByText("Enter a number of employees, using digits only.")).toBeVisible();
  await next(page);
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Please check your answers");
  await expect(alert).toContainText("Which stage best describes the company?");
  await page.reload();
  await expect(page.getByLabel("How many people does the company employ?")).toHaveValue("120");
});

test("an unknown or malformed resume link says so", async ({ page }) => {
  await page.goto(`/assessment/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link does not open an assessment" })).toBeVisible();
  await page.goto("/assessment/not-a-token");
  await expect(page.getByRole("heading", { name: "This link does not open an assessment" })).toBeVisible();
});

test("the questionnaire works with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the assessment" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/assessment\//);
  await page.getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Company profile" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("75");
  await expect(page.getByLabel("How many people does the company employ?")).toHaveValue("75");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "What is the company's annual revenue?" }).getByLabel("Under $10 million")).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("group", { name: "What is the company's annual revenue?" }).getByLabel("$10 million to $100 million")).toBeChecked();
  await waitForSave(page);
});
