/** Answers the questionnaire in the browser the way a person would: by labels, not by ids. */
import { expect, type Page } from "@playwright/test";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { DONT_KNOW, type TAnswers, type TQuestion } from "../lib/questionnaire/schema";
import { isQuestionShown } from "../lib/questionnaire/skip";

async function answerQuestion(page: Page, question: TQuestion, value: TAnswers[string]): Promise<void> {
  if (value === undefined) return;
  if (question.type === "number") {
    if (value === DONT_KNOW) await page.locator(`#q-${question.id}-dont-know`).check();
    else await page.getByLabel(question.label, { exact: true }).fill(String(value));
    return;
  }
  const group = page.getByRole("group", { name: question.label, exact: true });
  if (value === DONT_KNOW) {
    await group.getByLabel("Don't know", { exact: true }).check();
    return;
  }
  if (question.type === "scale") {
    await group.locator(`label[for="q-${question.id}-${String(value)}"]`).click();
    return;
  }
  const ids = Array.isArray(value) ? value : [String(value)];
  for (const id of ids) {
    const label = question.options.find((option) => option.id === id)?.label ?? id;
    await group.getByLabel(label, { exact: true }).check();
  }
}

export async function answerSection(page: Page, sectionId: string, answers: TAnswers): Promise<void> {
  const section = QUESTIONNAIRE.sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`no section ${sectionId}`);
  await expect(page.getByRole("heading", { level: 1, name: section.title })).toBeVisible();
  for (const question of section.questions) {
    if (isQuestionShown(question, answers)) await answerQuestion(page, question, answers[question.id]);
  }
}

export async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");
}

export async function next(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Questionnaire steps" }).getByRole("button", { name: /^(Next|Review answers)$/ }).click();
}

export const SECTION_IDS = QUESTIONNAIRE.sections.map((section) => section.id);
