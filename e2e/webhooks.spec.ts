import { expect, test } from "@playwright/test";
import { startWebhookReceiver } from "../lib/testing/webhook-receiver";
import { verifySignature } from "../lib/webhooks/signature";
import { expectNoSeriousAxeViolations } from "./axe";
import { signInPage } from "./support/sign-in";
import { createWorld } from "./support/world";

test("a consultant registers a webhook endpoint, sends a test event, and sees it delivered and signed", async ({ page }) => {
  test.setTimeout(120_000);
  const receiver = await startWebhookReceiver();
  try {
    const world = createWorld();
    await signInPage(page, world.people.consultantA, `/workspace/organizations/${world.orgA}`);
    await page.getByRole("navigation", { name: /sections/ }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page).toHaveURL(new RegExp(`/workspace/organizations/${world.orgA}/webhooks$`));

    const form = page.getByRole("region", { name: "Add a webhook endpoint" });
    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByLabel("Description (optional)").fill("E2E receiver");
    await form.getByRole("checkbox", { name: "Result reviewed or overridden" }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const secret = await page.getByTestId("webhook-secret").inputValue();
    expect(secret).toMatch(/^whsec_/);

    const endpoint = page.getByRole("article", { name: "E2E receiver" });
    await expect(endpoint).toContainText(receiver.url);
    await expect(endpoint).toContainText("Result submitted, Result reviewed or overridden");
    await endpoint.getByRole("button", { name: "Reveal secret of E2E receiver" }).click();
    await expect(endpoint.getByTestId("webhook-secret-value")).toHaveValue(secret);

    await endpoint.getByRole("button", { name: "Send test event to E2E receiver" }).click();
    await expect(endpoint.getByText("Test event queued")).toBeVisible();
    // The server's job runner sends it within a poll or two; the log shows it once the page is loaded again.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("article", { name: "E2E receiver" }).getByTestId("webhook-delivery-log")).toContainText("Delivered", { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    const log = page.getByRole("article", { name: "E2E receiver" }).getByTestId("webhook-delivery-log");
    await expect(log).toContainText("Test event");
    await expect(log).toContainText("204");

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(JSON.parse(request!.body)).toMatchObject({ type: "webhook.test", data: { organizationId: world.orgA } });
    expect(verifySignature(secret, request!.headers as Record<string, string>, request!.body)).toBe(true);

    await expectNoSeriousAxeViolations(page);

    // The organization's record names who added the endpoint and where it sends, not its path or secret.
    await page.getByRole("navigation", { name: /sections/ }).getByRole("link", { name: "Activity" }).click();
    await expect(page).toHaveURL(new RegExp(`/workspace/organizations/${world.orgA}/activity$`));
    const entry = page.locator('[data-testid="audit-entry"][data-action="webhook.created"]');
    await expect(entry).toContainText(`Added a webhook that sends this organization's events to ${new URL(receiver.url).origin}.`);
    await expect(entry).toContainText(world.people.consultantA.email);
    await expect(page.getByTestId("audit-trail")).not.toContainText(secret);
    await expectNoSeriousAxeViolations(page);
  } finally {
    await receiver.close();
  }
});
