import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { waitForMail } from "./support/mailbox";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

const PERSONAL_LINK = /https?:\/\/[^\s"<>]+(\/respond\/[A-Za-z0-9_-]{43})/;

async function expectLanguage(page: Page, lang: string, methodology: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("navigation").getByRole("link", { name: methodology })).toBeVisible();
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
  const world = createWorld();
  const run = randomUUID().slice(0, 8);
  const email = `lena.${run}@client.example`;
  const consultant = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInPage(consultant, world.people.consultantA, `/workspace/organizations/${world.orgA}/engagements/new`);
  await consultant.getByLabel("Name").fill(`Review ${run}`);
  await consultant.getByRole("combobox", { name: "Language of the invitations and questionnaires" }).selectOption({ label: "Deutsch" });
  await consultant.getByLabel("The people to invite").fill(`Lena Brandt, ${email}, CEO`);
  await consultant.getByRole("button", { name: "Create and send invitations" }).click();
  await expect(consultant).toHaveURL(/\/workspace\/engagements\/[\w-]+$/);
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
