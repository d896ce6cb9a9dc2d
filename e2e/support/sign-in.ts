/** Signs a person in over HTTP through next-auth's own CSRF-protected credentials endpoint. */
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { TOTP_DRIFT_STEPS, TOTP_STEP_SECONDS, totpCode, totpStep } from "../../lib/auth/primitives/totp";
import { WORLD_PASSWORD, type Person } from "./world";

/**
 * The last authenticator step this test process spent, per secret. The server takes each code
 * once (a code, and any before it, cannot be used again), so signing a person in twice within one
 * 30-second step needs the next step's code, which the server accepts early for clock drift. A
 * third sign-in in that step waits until its code is within the accepted window.
 */
const spentSteps = new Map<string, number>();

export async function unspentCode(secret: string): Promise<string> {
  const now = totpStep(Date.now());
  const step = Math.max(now, (spentSteps.get(secret) ?? -1) + 1);
  const acceptedFrom = (step - TOTP_DRIFT_STEPS) * TOTP_STEP_SECONDS * 1000;
  if (acceptedFrom > Date.now()) await new Promise((resolve) => setTimeout(resolve, acceptedFrom - Date.now() + 200));
  spentSteps.set(secret, step);
  return totpCode(secret, step * TOTP_STEP_SECONDS * 1000);
}

export async function signInRequest(request: APIRequestContext, person: Person): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: {
      csrfToken,
      email: person.email,
      password: WORLD_PASSWORD,
      code: person.totpSecret ? await unspentCode(person.totpSecret) : "",
      json: "true",
    },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${person.email}`).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, `session of ${person.email}`).toBe(person.email);
}

/**
 * Signs in through the form; with no callbackPath, from the bare sign-in page, and checks it lands
 * on `lands`. The fields are found by name, so it works whatever language the browser asks for.
 */
export async function signInPage(page: Page, person: Person, callbackPath: string | null = "/my", lands = callbackPath ?? "/home"): Promise<void> {
  await page.goto(callbackPath === null ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  const form = page.locator("main form");
  await form.locator('input[name="email"]').fill(person.email);
  await form.locator('input[name="password"]').fill(person.password ?? WORLD_PASSWORD);
  await form.locator('button[type="submit"]').click();
  if (person.totpSecret) {
    await form.locator('input[name="code"]').fill(await unspentCode(person.totpSecret));
    await form.locator('button[type="submit"]').click();
  }
  await expect(page).toHaveURL(new RegExp(`${lands.replace(/[/?]/g, "\\$&")}$`));
}
