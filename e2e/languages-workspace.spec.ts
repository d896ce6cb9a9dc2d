import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

test("a consultant whose account is set to German reads the workspace in German, in an English browser", async ({ browser }) => {
  test.setTimeout(180_000);
  const world = createWorld();
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInPage(page, world.people.consultantA, "/workspace");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your client organizations");
  // The switcher saves the choice to the account: from here on the setting decides, not the browser.
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Kundenorganisationen");
  const workspaceNav = page.getByRole("navigation", { name: "Arbeitsbereich" });
  await expect(workspaceNav.getByRole("link", { name: "Ergebnisse" })).toBeVisible();
  await expect(page).toHaveTitle(/^Organisationen · Arbeitsbereich · Rolefit$/);
  await expectNoSeriousAxeViolations(page);

  // The organization page: tabs, sections and the assessments table.
  await page.goto(`/workspace/organizations/${world.orgA}`);
  await expect(page.getByRole("navigation", { name: /: Bereiche$/ }).getByRole("link", { name: "Erkenntnisse" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Alle befragten Personen zusammen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Worin die befragten Personen uneinig sind" })).toBeVisible();
  await expect(page.getByTestId("assessment-table").getByRole("columnheader", { name: "Empfehlung" })).toBeVisible();
  // The combined view's own words (rule, confidence, roles) are German too, not only its headings.
  await expect(page.getByText(/^Jede befragte Person zählt einmal, mit ihrem zuletzt eingereichten Ergebnis\./)).toBeVisible();
  const combined = page.getByTestId("combined-recommendation");
  await expect(combined).toContainText(/Wie die Sicherheit bestimmt wird: Hoch, wenn die gemeinsame Empfehlung in mindestens 80\s%/);
  await expect(combined).toContainText(/Befragte mit \d+\s% der Gewichtung empfehlen sie für sich allein/);
  await expect(combined).not.toContainText("plausible variants");
  await expect(page.getByTestId("respondent-table")).toContainText("Vorstandsvorsitz oder Geschäftsführung (CEO)");
  await expectNoSeriousAxeViolations(page);

  // The results list: filters, count and table headers, with the filters still in the address.
  await page.goto(`/workspace/results?organization=${world.orgA}`);
  const filters = page.getByRole("search", { name: "Ergebnisse filtern" });
  await expect(filters.getByRole("button", { name: "Ergebnisse anzeigen" })).toBeVisible();
  await expect(page.getByTestId("results-count")).toHaveText("2 Ergebnisse");
  await expect(page.getByTestId("results-table").getByRole("columnheader", { name: "Befragte Person" })).toBeAttached();
  await expectNoSeriousAxeViolations(page);

  // A result's review: the page's own words and the review panel.
  await page.goto(`/workspace/results/${world.resultA2}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Prüfung: /);
  await expect(page.getByTestId("review-panel").getByRole("heading", { name: "Prüfung durch die Beratung" })).toBeVisible();
  await expect(page.getByTestId("review-panel").getByLabel("Neue Notiz")).toBeVisible();

  // Comparing two results: structures, dimensions and answers in German.
  await page.goto(`/workspace/compare?ids=${world.resultA},${world.resultA2}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ergebnisse vergleichen");
  await expect(page.getByTestId("compare-verdict")).toHaveText(/^(Die Empfehlungen unterscheiden sich\.|Jedes Ergebnis empfiehlt .+\.)$/);
  await expect(page.getByTestId("compare-scores").getByRole("columnheader", { name: "Struktur" })).toBeVisible();
  await expect(page.getByTestId("compare-scores").getByRole("rowheader", { name: "Getrennte Rollen von CIO und CTO" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The portfolio, with the rule the page explains its counts by.
  await page.goto("/workspace/portfolio");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portfolio-Übersicht");
  await expect(page.getByText(/^Jede Organisation mit mindestens einem abgeschickten Ergebnis zählt einmal/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.context().close();
});
