import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { messagesFor } from "../lib/i18n/messages";
import { structuresIn } from "../lib/scoring/translations/localize";
import { STRUCTURES } from "../lib/scoring/structures";
import type { StructureId } from "../lib/scoring/types";
import { COMPLETE_ANSWERS } from "../lib/testing/fixtures";
import { extractPdf } from "../lib/testing/extract-pdf-text";
import { expectNoSeriousAxeViolations } from "./axe";
import { SECTION_IDS, answerSection, next } from "./questionnaire-driver";
import { waitForMail } from "./support/mailbox";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

const PERSONAL_LINK = /https?:\/\/[^\s"<>]+(\/respond\/[A-Za-z0-9_-]{43})/;

async function expectLanguage(page: Page, lang: string, methodology: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("navigation").getByRole("link", { name: methodology })).toBeVisible();
}

/** A consultant in an English browser creates an engagement in German that invites one person. */
async function germanEngagement(browser: Browser, name: string, role: string): Promise<{ consultant: Page; email: string; run: string }> {
  const world = createWorld();
  const run = randomUUID().slice(0, 8);
  const email = `${name.split(" ")[0]!.toLowerCase()}.${run}@client.example`;
  const consultant = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInPage(consultant, world.people.consultantA, `/workspace/organizations/${world.orgA}/engagements/new`);
  await consultant.getByLabel("Name").fill(`Review ${run}`);
  await consultant.getByRole("combobox", { name: "Language of the invitations and questionnaires" }).selectOption({ label: "Deutsch" });
  // The suggested message follows the engagement's language; the name typed above stays.
  await expect(consultant.getByLabel("Message in the invitation")).toHaveValue(/^Wir überprüfen, wie /);
  await expect(consultant.getByLabel("Name")).toHaveValue(`Review ${run}`);
  await consultant.getByLabel("The people to invite").fill(`${name}, ${email}, ${role}`);
  await consultant.getByRole("button", { name: "Create and send invitations" }).click();
  await expect(consultant).toHaveURL(/\/workspace\/engagements\/[\w-]+$/);
  return { consultant, email, run };
}

test("a visitor gets their browser's language, switches by keyboard, and the choice stays in that browser", async ({ browser }) => {
  const german = await browser.newContext({ locale: "de-DE" });
  const page = await german.newPage();
  await page.goto("/");
  await expectLanguage(page, "de", "Methodik");
  const switcher = page.getByRole("group", { name: "Sprache" });
  await expect(switcher.getByText("Deutsch (aktuelle Sprache)")).toBeAttached();

  await switcher.getByRole("button", { name: "Français" }).focus();
  await page.keyboard.press("Enter");
  await expectLanguage(page, "fr", "Méthodologie");
  await expectNoSeriousAxeViolations(page);
  // The sources are described in French; their titles stay as published, marked as English.
  await page.goto("/sources");
  await expectLanguage(page, "fr", "Méthodologie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  await expect(page.locator('h2[lang="en"]')).toHaveCount(4);
  await expect(page.getByText("Publié en anglais")).toHaveCount(4);
  await expectNoSeriousAxeViolations(page);
  await german.close();

  // Another browser with the same languages has made no choice: its Accept-Language decides.
  const other = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await other.goto("/");
  await expectLanguage(other, "de", "Methodik");
  await other.context().close();
});

test("a signed-in person's language is saved to their account and follows them to another browser", async ({ browser }) => {
  const world = createWorld();
  const first = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInPage(first, world.people.execA);
  await expectLanguage(first, "en", "Methodology");
  await first.getByRole("group", { name: "Language" }).getByRole("button", { name: "Deutsch" }).click();
  await expectLanguage(first, "de", "Methodik");
  await first.context().close();

  // A French browser signs in on a French page; once signed in, the person's German setting decides.
  const second = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await second.goto("/sign-in");
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Se connecter");
  await expect(second.getByLabel("Mot de passe")).toBeVisible();
  await signInPage(second, world.people.execA);
  await expectLanguage(second, "de", "Methodik");
  await second.context().close();
});

test("an engagement in German opens each respondent's questionnaire in German, whatever their browser says", async ({ browser }) => {
  test.setTimeout(180_000);
  const { consultant, email, run } = await germanEngagement(browser, "Lena Brandt", "CEO");
  // The consultant's own pages stay in their language.
  await expectLanguage(consultant, "en", "Methodology");

  // The invitation is written in the engagement's language.
  const [invitation] = await waitForMail(email);
  expect(invitation!.subject).toMatch(new RegExp(`^Review ${run}: Ihr Fragebogen von `));
  expect(invitation!.text).toContain("Guten Tag Lena Brandt,");
  const path = PERSONAL_LINK.exec(invitation!.text)?.[1];
  expect(path, "a personal link in the invitation").toBeTruthy();
  const respondent = await (await browser.newContext({ locale: "en-US" })).newPage();
  await respondent.goto(path!);
  await expect(respondent).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}/);
  await expectLanguage(respondent, "de", "Methodik");
  // Switching away from the engagement's language is the respondent's choice, and it holds.
  await respondent.getByRole("group", { name: "Sprache" }).getByRole("button", { name: "English" }).click();
  await expectLanguage(respondent, "en", "Methodology");
  await respondent.reload();
  await expectLanguage(respondent, "en", "Methodology");
  await consultant.context().close();
  await respondent.context().close();
});

test("a respondent answers in German: questions, options, help, numbers typed the German way, and the review", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Fragebogen beginnen" }).click();
  await expect(page).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Über Sie");
  await page.getByRole("navigation", { name: "Schritte des Fragebogens" }).getByRole("button", { name: "Weiter" }).click();
  const employees = page.locator('input[name="q-employees"]');
  await employees.fill("1.500");
  await expect(page.getByTestId("save-status")).toHaveText("Alle Antworten gespeichert");
  await employees.fill("1.5.");
  await expect(page.getByText(/nur mit Ziffern/)).toBeVisible();
  await employees.fill("1.500");
  await expectNoSeriousAxeViolations(page);
  // The server stored the number, not the German text.
  const token = page.url().split("/").pop()!.split("?")[0]!;
  const draft = await page.request.get(`/api/v1/assessments/${token}`);
  expect((await draft.json()).answers.employees).toBe(1500);
});

test("a respondent answers in German, the consultant reviews in English, and the report goes to the board in French", async ({ browser }) => {
  test.setTimeout(300_000);
  const { consultant, email } = await germanEngagement(browser, "Jonas Weber", "CFO");

  const [invitation] = await waitForMail(email);
  const path = PERSONAL_LINK.exec(invitation!.text)?.[1];
  expect(path, "a personal link in the invitation").toBeTruthy();
  const respondent = await (await browser.newContext({ locale: "en-US" })).newPage();
  await respondent.goto(path!);
  await expect(respondent).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}$/);
  await expectLanguage(respondent, "de", "Methodik");
  await next(respondent, "de");
  for (const sectionId of SECTION_IDS) {
    await answerSection(respondent, sectionId, COMPLETE_ANSWERS, "de");
    await next(respondent, "de");
  }
  await respondent.getByRole("button", { name: messagesFor("de").Questionnaire.submit }).click();
  await expect(respondent).toHaveURL(/\/result$/);
  const token = /\/assessment\/([A-Za-z0-9_-]{43})\/result$/.exec(respondent.url())![1]!;
  const { resultId } = (await (await respondent.request.get(`/api/v1/assessments/${token}`)).json()) as { resultId: string };
  const result = (await (await consultant.request.get(`/api/v1/results/${resultId}`)).json()) as { recommendation: StructureId };
  const recommended = result.recommendation;
  // The respondent reads their result in German, down to the explanations.
  await expect(respondent.getByTestId("recommendation")).toContainText(structuresIn("de")[recommended].name);
  await expect(respondent.getByRole("heading", { name: messagesFor("de").Report.labels.sections.drivers })).toBeVisible();
  await expectNoSeriousAxeViolations(respondent);

  // The consultant reviews the same result in English: it was stored by id, not by the words it was answered in.
  await consultant.goto(`/workspace/results/${resultId}`);
  await expectLanguage(consultant, "en", "Methodology");
  await expect(consultant.getByTestId("recommendation")).toContainText(STRUCTURES[recommended].name);
  await expect(consultant.getByRole("heading", { name: messagesFor("en").Report.labels.sections.drivers })).toBeVisible();

  // The board reads French: the PDF's words are French, its citations stay as published, in English.
  const download = await consultant.request.get(`/api/v1/results/${resultId}/report?format=pdf&lang=fr`);
  expect(download.status()).toBe(200);
  const pdf = await extractPdf(await download.body());
  const text = pdf.pages.map((page) => page.text).join(" ").replace(/\s+/g, " ");
  expect(text).toContain(structuresIn("fr")[recommended].name);
  expect(text).toContain(messagesFor("fr").Report.labels.sections.summary.replace(/\s+/g, " "));
  const markdown = await (await consultant.request.get(`/api/v1/results/${resultId}/report?format=md&lang=fr`)).text();
  // A citation names its source and quotes it as published: S1-S4, then the phrase in quotation marks.
  const phrase = /S\d: [“«]\s?([^”»&\\]{30,}?)\s?[”»]/.exec(markdown)?.[1];
  expect(phrase, "a quoted source phrase in the French report").toBeTruthy();
  expect(text).toContain(phrase!.replace(/\s+/g, " ").slice(0, 40));
  expect((await consultant.request.get(`/api/v1/results/${resultId}/report?format=pdf&lang=xx`)).status()).toBe(400);
  await consultant.context().close();
  await respondent.context().close();
});
