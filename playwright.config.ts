import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/chromium-path";
import { E2E_MAILBOX } from "./e2e/support/mailbox-settings";
import { E2E_OIDC } from "./e2e/support/oidc-settings";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const executable = chromiumPath();
const databaseFile = path.resolve(".data", "e2e.db");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Ceilings for a hung test, not speed checks: a whole questionnaire with axe checks took over 60 s on a machine busy with two builds.
  timeout: 150_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: executable && executable !== "playwright-bundled" ? executable : undefined,
      // As root, on a machine with no outside network: no sandbox, no background connections.
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /mobile\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [
    {
      // A real OpenID Connect provider for e2e/sso.spec.ts; the app discovers it at sign-in time.
      command: "tsx e2e/support/oidc-provider.ts",
      url: `${E2E_OIDC.issuer}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
    {
      // A real SMTP server the app sends through, and what arrived for the specs (e2e/support/mailbox.ts).
      command: "tsx e2e/support/mailbox-server.ts",
      url: `${E2E_MAILBOX.httpUrl}/messages`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
    {
      // A fresh database for every run, then a production build served on a free local port.
      command: `tsx scripts/e2e-server.ts`,
      url: `${baseURL}/api/v1/questionnaire`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // As if behind a proxy on loopback: the authorization matrix gives each request an address of
      // its own, so the per-address limits (tested on their own) do not decide its hundreds of requests.
      env: { DATABASE_URL: `file:${databaseFile}`, PORT: String(port), HOSTNAME: "127.0.0.1", SEED_DEMO_DATA: "true", TRUSTED_PROXIES: "127.0.0.1", OIDC_ISSUER: E2E_OIDC.issuer, OIDC_CLIENT_ID: E2E_OIDC.clientId, OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret, OIDC_NAME: E2E_OIDC.name, SMTP_URL: E2E_MAILBOX.smtpUrl, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true", JOBS_POLL_INTERVAL_MS: "1000" },
    },
  ],
});
