import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

test("an administrator finds users in a filterable table and disables one from its row", async ({ page }) => {
  const world = createWorld();
  await signInPage(page, world.people.admin, "/admin/users");
  const form = page.getByRole("search", { name: "Find users" });
  await form.getByLabel("Email or name").fill(world.people.execB.email);
  await form.getByLabel("Role").selectOption({ label: "Executives" });
  await form.getByRole("button", { name: "Find users" }).click();
  await expect(page).toHaveURL(/role=executive/);
  const rows = page.getByTestId("admin-user-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(world.people.execB.email);
  await expect(rows.first()).toContainText("Executive, ");
  await expectNoSeriousAxeViolations(page);

  await rows.first().getByRole("button", { name: `Disable ${world.people.execB.email}` }).click();
  await expect(rows.first()).toContainText(`${world.people.execB.email} is disabled.`);
  await form.getByLabel("Status").selectOption({ label: "Disabled" });
  await form.getByRole("button", { name: "Find users" }).click();
  await expect(page.getByTestId("admin-user-row")).toHaveCount(1);
  await form.getByLabel("Status").selectOption({ label: "Active" });
  await form.getByRole("button", { name: "Find users" }).click();
  await expect(page.getByTestId("admin-user-row")).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText("No users match these filters.");

  await page.goto("/admin/users?role=owner");
  await expect(page.getByRole("search", { name: "Find users" }).getByLabel("Role")).toHaveAccessibleDescription("Choose a role from the list.");
});
