/** The demo data a newcomer explores: the bank's results show the peer benchmark at work, against organizations marked as demo peers. */
import { expect, test } from "@playwright/test";
import { DEMO_TOTP_SECRET, DEMO_USERS } from "../prisma/demo-data";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";

test("the demo consultant sees Northwind's result against its demo peers", async ({ page }) => {
  const consultant = DEMO_USERS.find((person) => person.email === "consultant@demo.rolefit.test")!;
  await signInPage(page, { id: "", email: consultant.email, totpSecret: DEMO_TOTP_SECRET, password: consultant.password }, "/workspace/results?q=ana%20okafor");
  await page.getByRole("link", { name: /Ana Okafor/ }).first().click();
  const benchmark = page.getByTestId("peer-benchmark");
  await expect(benchmark).toBeVisible();
  await expect(benchmark.getByRole("img")).toHaveAccessibleName(/This organization against [5-9] comparable organizations/);
  await page.goto("/workspace");
  await expect(page.getByText("Fjord Savings Bank (demo peer)")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
