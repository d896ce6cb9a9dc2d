/**
 * Security headers on every page of the authorization matrix, as an anonymous visitor, and a
 * browser run showing that the nonce-based policy blocks nothing the app itself needs.
 */
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { TARGETS } from "./authz-matrix";
import { signInPage, signInRequest } from "./support/sign-in";
import { createWorld, type World } from "./support/world";

const PAGE_TARGETS = TARGETS.filter((target) => target.method === "GET" && target.file.endsWith("/page.tsx"));
const ROUTE_TARGETS = TARGETS.filter((target) => target.method === "GET" && target.file.endsWith("/route.ts"));
const HSTS = "max-age=31536000; includeSubDomains";

function directive(policy: string, name: string): string[] | undefined {
  for (const part of policy.split(";")) {
    const [directiveName, ...sources] = part.trim().split(/\s+/);
    if (directiveName === name) return sources;
  }
  return undefined;
}

/** What is wrong with one response's headers; its script nonce when the policy has one. */
function checkHeaders(response: APIResponse, label: string): { problems: string[]; nonce?: string } {
  const problems: string[] = [];
  const headers = response.headers();
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  if (policies.length !== 1) problems.push(`${label}: ${policies.length} Content-Security-Policy headers`);
  const policy = policies[0]?.value ?? "";
  const scriptSrc = directive(policy, "script-src") ?? [];
  const nonce = scriptSrc.map((source) => /^'nonce-([^']+)'$/.exec(source)?.[1]).find(Boolean);
  if (!nonce) problems.push(`${label}: script-src has no nonce (${scriptSrc.join(" ")})`);
  if (scriptSrc.includes("'unsafe-inline'")) problems.push(`${label}: script-src allows 'unsafe-inline'`);
  for (const name of ["object-src", "base-uri", "frame-ancestors"]) {
    if (directive(policy, name)?.join(" ") !== "'none'") problems.push(`${label}: ${name} is not 'none'`);
  }
  const expected: Record<string, RegExp> = {
    "x-content-type-options": /^nosniff$/,
    "referrer-policy": /^(no-referrer|strict-origin-when-cross-origin|same-origin|strict-origin)$/,
    "x-frame-options": /^DENY$/,
    // The end-to-end server runs the production build, so HSTS must be there.
    "strict-transport-security": new RegExp(`^${HSTS}$`),
  };
  for (const [name, pattern] of Object.entries(expected)) {
    if (!pattern.test(headers[name] ?? "")) problems.push(`${label}: ${name} is ${JSON.stringify(headers[name] ?? null)}`);
  }
  const denied = (headers["permissions-policy"] ?? "").split(",").map((item) => item.trim());
  for (const feature of ["camera", "microphone", "geolocation", "payment"]) {
    if (!denied.includes(`${feature}=()`)) problems.push(`${label}: Permissions-Policy does not deny ${feature}`);
  }
  return { problems, nonce };
}

/** Every <script> tag of an HTML page must carry the response's nonce. */
function checkScriptNonces(html: string, nonce: string | undefined, label: string): string[] {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  if (tags.length === 0) return [`${label}: no <script> tags at all`];
  return tags.filter((tag) => !tag.includes(` nonce="${nonce}"`)).map((tag) => `${label}: script without the nonce: ${tag.slice(0, 120)}`);
}

test.describe("security headers", () => {
  let world: World;
  test.beforeAll(() => {
    world = createWorld();
  });

  test("every page, as an anonymous visitor, has the policy and headers, and its scripts carry the nonce", async ({ request }) => {
    const paths = [...PAGE_TARGETS.map((target) => target.path(world)), "/no-such-page"];
    expect(paths.length).toBeGreaterThan(15);
    const problems: string[] = [];
    const nonces = new Set<string>();
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      const label = `GET ${path} (${response.status()})`;
      expect(response.status(), label).toBeLessThan(500);
      const checked = checkHeaders(response, label);
      problems.push(...checked.problems);
      if (checked.nonce) nonces.add(checked.nonce);
      if ((response.headers()["content-type"] ?? "").startsWith("text/html")) {
        problems.push(...checkScriptNonces(await response.text(), checked.nonce, label));
      }
    }
    expect(problems).toEqual([]);
    // A fresh nonce per response, never a fixed one.
    expect(nonces.size).toBe(paths.length);
  });

  test("every page, as it renders for a signed-in executive, consultant and administrator, has the policy, headers and nonces", async ({ playwright, baseURL }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    let rendered = 0;
    for (const actor of ["execA", "consultantA", "admin"] as const) {
      const request = await playwright.request.newContext({ baseURL });
      await signInRequest(request, world.people[actor]);
      for (const target of PAGE_TARGETS) {
        const path = target.path(world);
        const response = await request.get(path, { maxRedirects: 0 });
        const label = `${actor} GET ${path} (${response.status()})`;
        expect(response.status(), label).toBeLessThan(500);
        const checked = checkHeaders(response, label);
        problems.push(...checked.problems);
        if (response.status() === 200 && (response.headers()["content-type"] ?? "").startsWith("text/html")) {
          rendered += 1;
          problems.push(...checkScriptNonces(await response.text(), checked.nonce, label));
        }
      }
      await request.dispose();
    }
    expect(problems).toEqual([]);
    // Most pages render for at least one of the three: the check saw their real HTML, not a redirect.
    expect(rendered).toBeGreaterThan(PAGE_TARGETS.length);
  });

  test("API routes and static files get the headers too", async ({ request }) => {
    const problems: string[] = [];
    for (const target of ROUTE_TARGETS) {
      const response = await request.get(target.path(world), { maxRedirects: 0 });
      problems.push(...checkHeaders(response, `GET ${target.path(world)} (${response.status()})`).problems);
    }
    const html = await (await request.get("/")).text();
    const script = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(script, "a script file on the landing page").toBeTruthy();
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
    expect(asset.headers()["strict-transport-security"]).toBe(HSTS);
    expect(problems).toEqual([]);
  });

  test("a safe request id is echoed and anything else replaced", async ({ request }) => {
    const echoed = await request.get("/api/health", { headers: { "x-request-id": "lb-2f9c.17" } });
    expect(echoed.headers()["x-request-id"]).toBe("lb-2f9c.17");
    const replaced = await request.get("/api/health", { headers: { "x-request-id": 'evil","level":60' } });
    expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await replaced.json()).toEqual({ status: "ok" });
  });
});

/** Collects CSP violations from the console and from the page's own violation events. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy|Refused to (execute|load|apply|connect|frame|evaluate)/i.test(message.text())) {
      violations.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  // Init scripts are injected by the browser itself, so the policy does not block this listener.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return violations;
}

async function expectHydrated(page: Page): Promise<void> {
  // The App Router sets window.next once its scripts have run.
  await page.waitForFunction(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string");
}

test("in the browser the policy blocks nothing: landing page, a questionnaire step, sign-in", async ({ page }) => {
  const world = createWorld();
  const violations = await watchForViolations(page);

  await page.goto("/");
  await expectHydrated(page);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}$/);
  await expectHydrated(page);
  // Typing autosaves through fetch (connect-src) and the step button is client-side script.
  await page.getByLabel("Company name").fill("Contoso Policy Test");
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");
  await page.getByRole("navigation", { name: "Questionnaire steps" }).getByRole("button", { name: "Next" }).click();
  await expect(page.getByLabel("How many people does the company employ?")).toBeVisible();

  await signInPage(page, world.people.execA);
  await expectHydrated(page);

  expect(violations).toEqual([]);
});
