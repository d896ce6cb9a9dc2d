/**
 * Three production instances of one build against one PostgreSQL database, as behind a load
 * balancer: a session, a draft, the sign-in lock and a disabled account all hold on every
 * instance, because no state that matters lives in a process. Needs TEST_POSTGRES_URL (CI sets it).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SIGN_IN_LIMITS } from "../lib/auth/throttle-limits";
import { COMPLETE_ANSWERS, draftBody } from "../lib/testing/fixtures";
import { createScratchPostgres } from "../lib/testing/scratch-database";
import { waitForHealth } from "../lib/testing/wait-for-health";
import { signInRequest } from "./support/sign-in";
import { WORLD_PASSWORD, createWorld, disableUser } from "./support/world";

const ADMIN_URL = process.env.TEST_POSTGRES_URL;
const PORTS = [3301, 3302, 3303];
const INSTANCES = PORTS.map((port) => `http://127.0.0.1:${port}`);

test.skip(!ADMIN_URL, "needs TEST_POSTGRES_URL: the instances share one PostgreSQL database");

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/** A credentials sign-in on one instance; the error next-auth reports, or null when it worked. */
async function signInError(request: APIRequestContext, base: string, email: string, password: string): Promise<string | null> {
  const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${base}/api/auth/callback/credentials`, { form: { csrfToken, email, password, code: "", json: "true" }, maxRedirects: 0 });
  const location = response.headers()["location"] ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return new URL(location, base).searchParams.get("error");
}

test("three instances on one PostgreSQL share sessions, drafts, the sign-in lock and account state", async ({ playwright }) => {
  test.setTimeout(480_000);
  const database = await createScratchPostgres(ADMIN_URL!, `rolefit_instances_${process.pid}`);
  const databaseUrl = database.url;
  // Shared by every instance, as in a real deployment.
  const secrets = { AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
  const servers: ChildProcess[] = [];
  const start = (port: number) =>
    spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", "start.ts"), "--no-build"], {
      env: { ...process.env, ...secrets, DATABASE_URL: databaseUrl, PORT: String(port), HOSTNAME: "127.0.0.1", SEED_DEMO_DATA: "false", LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  const contexts: APIRequestContext[] = [];
  try {
    // The first instance migrates the new database; the others start once it has.
    servers.push(start(PORTS[0]!));
    await waitForHealth(INSTANCES[0]!, 120_000);
    servers.push(start(PORTS[1]!), start(PORTS[2]!));
    await Promise.all(INSTANCES.map((base) => waitForHealth(base, 120_000)));
    const world = createWorld(databaseUrl);
    const [a, b, c] = INSTANCES as [string, string, string];

    // A session made on A works on B and C: the same cookie, read by each instance.
    const consultant = await playwright.request.newContext({ baseURL: a });
    contexts.push(consultant);
    await signInRequest(consultant, world.people.consultantA);
    for (const base of INSTANCES) {
      const session = (await (await consultant.get(`${base}/api/auth/session`)).json()) as { user?: { email?: string } };
      expect(session.user?.email, base).toBe(world.people.consultantA.email);
      expect((await consultant.get(`${base}/workspace/results`, { maxRedirects: 0 })).status(), base).toBe(200);
    }

    // A draft saved on A resumes on B and C.
    const anonymous = await playwright.request.newContext();
    contexts.push(anonymous);
    const { token } = (await (await anonymous.post(`${a}/api/v1/assessments`)).json()) as { token: string };
    expect((await anonymous.put(`${a}/api/v1/assessments/${token}`, { data: draftBody(COMPLETE_ANSWERS, { organizationName: "Three Instances Ltd" }) })).status()).toBe(200);
    for (const base of [b, c]) {
      const draft = (await (await anonymous.get(`${base}/api/v1/assessments/${token}`)).json()) as { answers: unknown; details: { organizationName?: string } };
      expect(draft.answers, base).toEqual(COMPLETE_ANSWERS);
      expect(draft.details.organizationName).toBe("Three Instances Ltd");
    }

    // Failed sign-ins from one address, spread round-robin over the instances, add up to one lock seen by all.
    const guesser = await playwright.request.newContext();
    contexts.push(guesser);
    const target = world.people.execB.email;
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.accountAtAddress.limit; attempt += 1) {
      expect(await signInError(guesser, INSTANCES[attempt % 3]!, target, `wrong guess ${attempt}`)).not.toBeNull();
    }
    for (const base of INSTANCES) {
      expect(await signInError(guesser, base, target, WORLD_PASSWORD), base).toMatch(/locked/i);
    }

    // A disabled account is refused by every instance at its next request.
    const executive = await playwright.request.newContext({ baseURL: a });
    contexts.push(executive);
    await signInRequest(executive, world.people.execA);
    for (const base of INSTANCES) expect((await executive.get(`${base}/my`, { maxRedirects: 0 })).status(), base).toBe(200);
    disableUser(world.people.execA.id, databaseUrl);
    for (const base of INSTANCES) {
      const response = await executive.get(`${base}/my`, { maxRedirects: 0 });
      expect(response.status(), base).toBeGreaterThanOrEqual(300);
      expect(response.status(), base).toBeLessThan(400);
      expect(response.headers()["location"], base).toMatch(/\/sign-in/);
      const account = await executive.get(`${base}/account`, { maxRedirects: 0 });
      expect(account.headers()["location"], base).toMatch(/\/sign-in/);
    }
  } finally {
    for (const context of contexts) await context.dispose();
    await Promise.all(servers.map(stop));
    await database.drop();
  }
});
