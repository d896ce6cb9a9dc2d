/**
 * Single sign-on through a real OpenID Connect provider (e2e/support/oidc-provider.ts, the
 * `oidc-provider` package with its defaults), in Chromium, from the button on the sign-in page
 * to the session. With the provider's defaults the ID token carries only `sub`: every email the
 * app sees here comes from the userinfo endpoint.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TOTP_SECRET } from "../prisma/demo-data";
import { E2E_OIDC } from "./support/oidc-settings";
import { unspentCode } from "./support/sign-in";
import { createWorld, disableUser } from "./support/world";

const SERVER_LOG = path.resolve(".data", "e2e-server.log");
const DEMO_ADMIN = "admin@demo.rolefit.test";

test.beforeEach(async ({ page }) => {
  // The provider's development pages import a web font; this machine has no way out.
  await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
});

/** From Rolefit's sign-in page to the provider's login, as `login` (see oidc-provider.ts), and back. */
async function signInAtProvider(page: Page, login: string, callbackPath = "/my"): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await page.getByRole("button", { name: `Sign in with ${E2E_OIDC.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password: the provider's development login checks none");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function sessionEmail(page: Page): Promise<string | undefined> {
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  return session.user?.email;
}

/** The server's log lines (JSON) that match, once the line has been written. */
async function logLines(match: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]> {
  let found: Record<string, unknown>[] = [];
  await expect
    .poll(() => {
      found = fs
        .readFileSync(SERVER_LOG, "utf8")
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter(match);
      return found.length;
    })
    .toBeGreaterThan(0);
  return found;
}

test("a person whose provider verified their address signs in, and gets an account from the userinfo claims", async ({ page }) => {
  const email = `sso-${randomUUID()}@sso.e2e.rolefit.test`;
  await signInAtProvider(page, `verified:${email}`);
  await expect(page).toHaveURL(/\/my$/);
  expect(await sessionEmail(page)).toBe(email);
});

test("an address the provider does not say is verified is refused with a message, even the administrator's", async ({ page }) => {
  const startedAt = new Date().toISOString();
  await signInAtProvider(page, `unverified:${DEMO_ADMIN}`);
  await expect(page).toHaveURL(/\/sign-in\?error=sso_email_unverified$/);
  await expect(page.getByRole("main")).toContainText("did not confirm that your email address is verified");
  expect(await sessionEmail(page)).toBeUndefined();
  const [line] = await logLines((entry) => entry.reason === "email_unverified" && String(entry.time) >= startedAt);
  expect(line).toMatchObject({ level: 40, emailVerifiedClaim: "missing", emailDomain: "demo.rolefit.test" });
});

test("the administrator, who has an authenticator app, is asked for the code after single sign-on", async ({ page }) => {
  await signInAtProvider(page, `verified:${DEMO_ADMIN}`, "/workspace");
  await expect(page).toHaveURL(/\/sign-in\/second-factor\?callbackUrl=%2Fworkspace$/);
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  expect(await sessionEmail(page), "no session before the code").toBeUndefined();

  // A code no sign-in in this run has used yet: the server takes each code once, so one computed
  // from the clock alone would be refused when a retry of this test lands in the same 30 seconds.
  const code = await unspentCode(DEMO_TOTP_SECRET);
  await page.getByLabel("Authentication code").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("main")).toContainText("That code is not right");
  expect(await sessionEmail(page)).toBeUndefined();

  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  expect(await sessionEmail(page)).toBe(DEMO_ADMIN);
});

test("a disabled account is refused with a message", async ({ page }) => {
  const world = createWorld();
  disableUser(world.people.execB.id);
  await signInAtProvider(page, `verified:${world.people.execB.email}`);
  await expect(page).toHaveURL(/\/sign-in\?error=sso_account_disabled$/);
  await expect(page.getByRole("main")).toContainText("This account is disabled");
  expect(await sessionEmail(page)).toBeUndefined();
  const [line] = await logLines((entry) => entry.reason === "account_disabled" && entry.userId === world.people.execB.id);
  expect(line).toMatchObject({ level: 40 });
});

test("cancelling at the provider comes back to the sign-in page with a message, and an info line in the log", async ({ page }) => {
  const startedAt = new Date().toISOString();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${E2E_OIDC.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC.issuer}/interaction/`));
  await page.getByRole("link", { name: "[ Cancel ]" }).click();
  await expect(page).toHaveURL(/\/sign-in\?error=sso_cancelled$/);
  await expect(page.getByRole("main")).toContainText("Signing in was cancelled at your identity provider");
  const lines = await logLines((entry) => entry.reason === "cancelled" && String(entry.time) >= startedAt);
  expect(lines).toEqual([expect.objectContaining({ level: 30, msg: "single sign-on cancelled at the identity provider" })]);
  const errors = fs
    .readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{") && /access_denied|aborted interaction/.test(line))
    .map((line) => JSON.parse(line) as { level: number; time: string })
    .filter((entry) => entry.time >= startedAt && entry.level >= 50);
  expect(errors).toEqual([]);
});
