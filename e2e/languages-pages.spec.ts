import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { CRITERIA, STRUCTURES } from "../lib/scoring";
import { criteriaIn, dimensionsIn, structuresIn } from "../lib/scoring/translations/localize";
import { STRUCTURE_IDS } from "../lib/scoring/types";

test("the methodology in German gives the model's German text and keeps each quoted source passage in English, marked as such", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/methodology");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodik");
  const german = criteriaIn("de");
  // The German statements are not the English ones left in place.
  expect(german.filter((criterion, index) => criterion.statement !== CRITERIA[index]!.statement)).toHaveLength(CRITERIA.length);
  for (const criterion of german) await expect(page.locator(`#criterion-${criterion.id}`)).toContainText(criterion.statement);

  const first = STRUCTURE_IDS[0];
  const structures = page.locator('section[aria-labelledby="structures"]');
  await expect(structures.getByRole("heading", { level: 3 }).first()).toHaveText(structuresIn("de")[first].name);
  // The first chip opens the passages of the structure's first cited source, quoted as published.
  const citation = STRUCTURES[first].citations[0]!;
  await structures.getByRole("button").first().click();
  const passage = page.getByTestId("citation-passage").filter({ visible: true });
  await expect(passage.locator('q[lang="en"]').first()).toHaveText(citation.phrase);
  await page.keyboard.press("Escape");
  await expectNoSeriousAxeViolations(page);

  // A dimension's page: its German name and the support table's German words, the answers in German.
  const governance = dimensionsIn("de").find((dimension) => dimension.id === "governance")!;
  await page.goto("/methodology/governance");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(governance.label);
  const card = page.locator("article[id^='criterion-']").first();
  await card.locator("summary", { hasText: "Unterstützung für jede Struktur je Antwort" }).click();
  await expect(card.getByRole("columnheader", { name: "Antwort" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await context.close();
});

test("the privacy, sign-up and missing pages speak the reader's language", async ({ browser }) => {
  const french = await browser.newContext({ locale: "fr-FR" });
  const page = await french.newPage();
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confidentialité et vos données");
  await expect(page.getByText(/Les réponses jamais envoyées, dans un questionnaire qui n'appartient à aucun compte, sont supprimées \d+ jours/)).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Comptes", exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const missing = await page.goto("/nothing-here");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Il n'y a rien à cette adresse");
  await french.close();

  const german = await browser.newContext({ locale: "de-DE" });
  const signUp = await german.newPage();
  await signUp.goto("/sign-up");
  await expect(signUp).toHaveTitle(/Konto erstellen/);
  await expect(signUp.getByRole("heading", { level: 1 })).toHaveText("Ihr Konto erstellen");
  await expect(signUp.getByLabel("Geschäftliche E-Mail-Adresse")).toBeVisible();
  await expect(signUp.getByRole("button", { name: "Konto erstellen" })).toBeVisible();
  await expectNoSeriousAxeViolations(signUp);
  // A refusal the server writes in English reaches a German reader in German.
  await signUp.getByLabel("Ihr Name").fill("Ada Beispiel");
  await signUp.getByLabel("Geschäftliche E-Mail-Adresse").fill(`ada-${Date.now()}@example.test`);
  await signUp.getByLabel("Passwort", { exact: true }).fill("kurz");
  await signUp.getByRole("button", { name: "Konto erstellen" }).click();
  // Exact: the help text below the field starts with the same sentence.
  await expect(signUp.getByText("Verwenden Sie mindestens 8 Zeichen; 15 oder mehr sind besser.", { exact: true }).first()).toBeVisible();
  await expect(signUp.getByText("Use at least 8 characters")).toHaveCount(0);
  await german.close();
});
