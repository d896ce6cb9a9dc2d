import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import type { TAnswers } from "../lib/questionnaire/schema";
import { ARCHETYPES } from "../lib/scoring/archetypes";
import { CRITERIA } from "../lib/scoring/criteria";
import { STRUCTURES, score } from "../lib/scoring";

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
  await expect(driver).toContainText(/CIO Influence|airfocus|Unknown author|Marinaki/);

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

test("the methodology page lists every criterion of the model", async ({ page }) => {
  await page.goto("/methodology");
  for (const criterion of CRITERIA) {
    await expect(page.locator(`#criterion-${criterion.id}`)).toContainText(criterion.statement);
  }
  await page.goto("/sources");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(4);
});
