/** Answers the questionnaire in the browser the way a person would: by labels, not by ids, in the page's language. */
import { expect, type Page } from "@playwright/test";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { dontKnowLabel } from "../lib/questionnaire/labels";
import { questionnaireIn } from "../lib/questionnaire/localize";
import { DONT_KNOW, type TAnswers, type TQuestion } from "../lib/questionnaire/schema";
import { isQuestionShown } from "../lib/questionnaire/skip";

async function answerQuestion(page: Page, question: TQuestion, value: TAnswers[string], locale: Locale): Promise<void> {
  if (value === undefined) return;
  if (question.type === "number") {
    if (value === DONT_KNOW) await page.locator(`#q-${question.id}-dont-know`).check();
    else await page.getByLabel(question.label, { exact: true }).fill(String(value));
    return;
  }
  const group = page.getByRole("group", { name: question.label, exact: true });
  if (value === DONT_KNOW) {
    await group.getByLabel(dontKnowLabel(locale), { exact: true }).check();
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

export async function answerSection(page: Page, sectionId: string, answers: TAnswers, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const section = questionnaireIn(locale).sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`no section ${sectionId}`);
  await expect(page.getByRole("heading", { level: 1, name: section.title })).toBeVisible();
  for (const question of section.questions) {
    if (isQuestionShown(question, answers)) await answerQuestion(page, question, answers[question.id], locale);
  }
}

export async function waitForSave(page: Page, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  await expect(page.getByTestId("save-status")).toHaveText(messagesFor(locale).Questionnaire.saveStatus.saved);
}

export async function next(page: Page, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const words = messagesFor(locale).Questionnaire;
  await page.getByRole("navigation", { name: words.stepsNavigation }).getByRole("button", { name: new RegExp(`^(${words.next}|${words.reviewAnswers})$`) }).click();
}

export const SECTION_IDS = QUESTIONNAIRE.sections.map((section) => section.id);
