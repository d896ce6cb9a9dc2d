import { expect, test } from "@playwright/test";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { isQuestionShown } from "../lib/questionnaire/skip";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { SECTION_IDS, answerSection, next, waitForSave } from "./questionnaire-driver";
import { expectVisibleFocusOnEveryTabStop } from "./support/focus";

test("every control the keyboard reaches shows its focus, on the landing page, each questionnaire step, the review and the result", async ({ page }) => {
  await page.goto("/");
  await expectVisibleFocusOnEveryTabStop(page);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assessment\//);
  await expectVisibleFocusOnEveryTabStop(page);
  await next(page);
  for (const sectionId of SECTION_IDS) {
    await answerSection(page, sectionId, COMPLETE_ANSWERS);
    await expectVisibleFocusOnEveryTabStop(page);
    await next(page);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Review and submit" })).toBeVisible();
  await expectVisibleFocusOnEveryTabStop(page);
  await page.getByRole("button", { name: "Submit and see the recommendation" }).click();
  await expect(page.getByTestId("recommendation")).toBeVisible();
  await expectVisibleFocusOnEveryTabStop(page);
  await page.goto("/methodology");
  await expectVisibleFocusOnEveryTabStop(page);
});

test("the review flags every question left unanswered and takes the respondent straight to it", async ({ page }) => {
  const optional = QUESTIONNAIRE.sections
    .flatMap((section) => section.questions.map((question) => ({ section, question })))
    .find(({ question }) => !question.required && isQuestionShown(question, COMPLETE_ANSWERS));
  if (!optional) throw new Error("the questionnaire has no optional question shown for these answers");
  const answers = { ...COMPLETE_ANSWERS, [optional.question.id]: undefined };

  await page.goto("/");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await next(page);
  for (const sectionId of SECTION_IDS) {
    await answerSection(page, sectionId, answers);
    await next(page);
  }
  await waitForSave(page);
  const row = page.locator(`#question-${optional.question.id}`);
  await expect(row).toHaveAttribute("data-unanswered", "true");
  await expect(row).toContainText("Not answered");
  await row.getByRole("button", { name: `Answer: ${optional.question.label}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: optional.section.title })).toBeVisible();
  const focusedName = await page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.id ?? "");
  expect(focusedName).toMatch(new RegExp(`^q-${optional.question.id}`));
  await expect(page).toHaveURL(new RegExp(`step=${optional.section.id}`));
});
