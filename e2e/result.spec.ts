import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import type { TAnswers } from "../lib/questionnaire/schema";
import { ARCHETYPES } from "../lib/scoring/archetypes";
import { CRITERIA } from "../lib/scoring/criteria";
import { DIMENSIONS, STRUCTURES, score } from "../lib/scoring";
import { expectNoSeriousAxeViolations } from "./axe";

async function submitted(request: APIRequestContext, answers: TAnswers): Promise<string> {
  const created = await request.post("/api/v1/assessments");
  const { token } = (await created.json()) as { token: string };
  const response = await request.post(`/api/v1/assessments/${token}/submit`, {
    data: { questionnaireVersion: QUESTIONNAIRE.version, answers, details: { organizationName: "Result Test Co" }, idempotencyKey: randomUUID() },
  });
  expect(response.status()).toBe(201);
  return `/assessment/${token}/result`;
}

test("the result page shows drivers with citations, and the what-if panel tips the recommendation", async ({ page, request }) => {
  const closeCall = ARCHETYPES.find((archetype) => score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers }).tippingPoints.length > 0);
  expect(closeCall, "an archetype with tipping points").toBeDefined();
  await page.goto(await submitted(request, closeCall!.answers));
  const recommended = (await page.getByTestId("recommendation").textContent())?.trim() ?? "";
  expect(Object.values(STRUCTURES).map((structure) => structure.name)).toContain(recommended);

  const driver = page.getByRole("region", { name: "Why this recommendation" }).getByTestId("contribution").first();
  await expect(driver).toBeVisible();
  await driver.getByRole("button", { name: /show the cited passage/ }).first().click();
  await expect(driver.getByTestId("citation-passage").first().locator("q").first()).toBeVisible();
  await expect(driver).toContainText(/CIO Influence|airfocus|Untitled essay|Marinaki/);

  const whatIf = page.getByTestId("what-if");
  await expect(whatIf.getByTestId("what-if-recommendation")).toHaveText(recommended);
  const tipping = whatIf.getByTestId("tipping-point").first();
  await expect(tipping).toBeVisible();
  const target = (await tipping.locator(".text-brand").first().textContent())?.trim() ?? "";
  await whatIf.getByTestId("apply-tipping-point-0").click();
  await expect(whatIf.getByTestId("what-if-recommendation")).toHaveText(target);
  expect(target).not.toBe(recommended);

  // The saved result is untouched by the what-if panel.
  await page.reload();
  await expect(page.getByTestId("recommendation")).toHaveText(recommended);
});

test("the result page draws the recommended structure beside today's roles, and the plan between them, for eyes and screen readers", async ({ page, request }, testInfo) => {
  const transforming = ARCHETYPES.find((archetype) => archetype.id === "midsize_manufacturer_transforming");
  expect(transforming?.answers.role_cio, "a CIO in place, no CDO or CTO").toBe("filled");
  const url = await submitted(request, transforming!.answers);
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    const section = page.getByRole("region", { name: "The structure today and as recommended" });
    const chart = section.getByRole("figure");
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName("Org chart: the recommended structure, CDO over CIO and CTO, beside today's roles");
    await expect(chart).toHaveAccessibleDescription(/^Recommended structure, CDO over CIO and CTO: the CEO with a CDO \(create, hire first\) reporting directly, and a CIO \(re-scope\) and a CTO \(create\) reporting to the CDO\. Today: CIO in place;/);
    await expect(chart.getByTestId("chart-node-cdo")).toContainText("Hire first");
    await expect(chart.getByTestId("chart-node-cio")).toContainText("Re-scope");
    await expect(chart.getByTestId("chart-today-cio")).toContainText("In place");

    // Nothing of the chart is cut off or pushes the page sideways, on a desk or a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${viewport.width} px`).toBe(true);
    for (const box of await chart.locator("[data-testid^=chart-]").all()) {
      const bounds = await box.boundingBox();
      expect(bounds && bounds.x >= 0 && bounds.x + bounds.width <= viewport.width, `${viewport.width} px`).toBe(true);
    }
    await chart.screenshot({ path: testInfo.outputPath(`structure-chart-${viewport.width}.png`) });

    const plan = page.getByRole("region", { name: "From today's structure to the recommended one" });
    const steps = plan.getByTestId("transition-plan").locator("ol > li");
    await expect(steps.first()).toContainText("Set up the steering committee chaired by the CDO to own the change");
    await expect(steps.nth(2)).toContainText("Hire a Chief Digital Officer first");
    await expect(steps.last()).toContainText("Start the quarterly strategic and monthly execution reviews");
    // When to revisit is said once, in its own section, not again under the plan.
    const revisit = page.getByRole("region", { name: "When to revisit this decision" }).getByTestId("revisit-points");
    await expect(revisit.locator("li").first()).toBeVisible();
    await expect(plan.getByTestId("revisit-points")).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  }
});

test("archetype results span all three structures", async ({ page, request }) => {
  const seen = new Set<string>();
  for (const structure of ["separate", "ctio", "cdo"] as const) {
    const archetype = ARCHETYPES.find((candidate) => candidate.expected === structure);
    expect(archetype, structure).toBeDefined();
    await page.goto(await submitted(request, archetype!.answers));
    seen.add((await page.getByTestId("recommendation").textContent())?.trim() ?? "");
  }
  expect(seen).toEqual(new Set(Object.values(STRUCTURES).map((structure) => structure.name)));
});

test("the methodology page lists every criterion of the model, and each dimension's page gives them in full", async ({ page }) => {
  await page.goto("/methodology");
  for (const criterion of CRITERIA) {
    await expect(page.locator(`#criterion-${criterion.id}`)).toContainText(criterion.statement);
  }
  for (const dimension of DIMENSIONS) {
    await page.goto(`/methodology/${dimension.id}`);
    await expect(page.getByRole("heading", { level: 1, name: dimension.label })).toBeVisible();
    for (const criterion of CRITERIA.filter((item) => item.dimension === dimension.id)) {
      const card = page.locator(`article#criterion-${criterion.id}`);
      await expect(card).toContainText(criterion.statement);
      expect(await card.getByRole("button").count(), `${criterion.id} cites its evidence`).toBeGreaterThan(0);
    }
  }
  await page.goto("/sources");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(4);
});
