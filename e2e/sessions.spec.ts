import { expect, test } from "@playwright/test";
import { signInRequest } from "./support/sign-in";
import { createWorld, disableUser } from "./support/world";

function sessionCookieExpiry(cookies: { name: string; expires: number }[]): number {
  const cookie = cookies.find((candidate) => /next-auth\.session-token$/.test(candidate.name));
  expect(cookie, "a session cookie").toBeDefined();
  return cookie!.expires;
}

test("an active session slides forward, and disabling the account ends it at the next request", async ({ playwright, baseURL }) => {
  const world = createWorld();
  const request = await playwright.request.newContext({ baseURL });
  await signInRequest(request, world.people.execA);
  const cookies = (await request.storageState()).cookies;
  const session = cookies.find((cookie) => /next-auth\.session-token$/.test(cookie.name));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const first = sessionCookieExpiry(cookies);
  expect(first * 1000 - Date.now()).toBeLessThanOrEqual(2 * 60 * 60 * 1000 + 5_000);

  await expect
    .poll(async () => {
      await request.get("/api/auth/session");
      return sessionCookieExpiry((await request.storageState()).cookies);
    })
    .toBeGreaterThan(first);
  expect((await request.get("/my", { maxRedirects: 0 })).status()).toBe(200);

  disableUser(world.people.execA.id);
  // The session endpoint answers as for someone signed out, rather than echoing the old token's claims.
  expect(await (await request.get("/api/auth/session")).json()).toEqual({});
  const refused = await request.get("/my", { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()["location"]).toContain("/sign-in");
  await request.dispose();
});

test("signing out ends the session itself: a copy of the old cookie reads nothing afterwards", async ({ playwright, baseURL }) => {
  const world = createWorld();
  const person = await playwright.request.newContext({ baseURL });
  await signInRequest(person, world.people.execA);
  const cookies = (await person.storageState()).cookies;
  // The browser is remembered for this account, so pacing of guesses from elsewhere never slows its owner.
  expect(cookies.find((cookie) => /rolefit\.known-device$/.test(cookie.name))).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const copied = cookies.filter((cookie) => /next-auth\.session-token$/.test(cookie.name));
  expect(copied).toHaveLength(1);

  // Someone kept a copy of the cookie (a shared computer, a proxy log).
  const copy = await playwright.request.newContext({ baseURL, storageState: { cookies: copied, origins: [] } });
  expect((await copy.get("/my", { maxRedirects: 0 })).status()).toBe(200);
  expect((await copy.get(`/api/v1/results/${world.resultA}/report?format=md`)).status()).toBe(200);

  const { csrfToken } = (await (await person.get("/api/auth/csrf")).json()) as { csrfToken: string };
  expect((await person.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 })).status()).toBeLessThan(400);

  const refused = await copy.get("/my", { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()["location"]).toContain("/sign-in");
  expect([401, 404]).toContain((await copy.get(`/api/v1/results/${world.resultA}/report?format=md`)).status());
  expect(await (await copy.get("/api/auth/session")).json()).toEqual({});
  await Promise.all([person.dispose(), copy.dispose()]);
});
