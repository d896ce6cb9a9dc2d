import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { EXPECTED_CELLS, TARGETS, type Expectation } from "./authz-matrix";
import { signInRequest } from "./support/sign-in";
import { ACTORS, createWorld, type ActorName } from "./support/world";

// Header tricks that once let requests skip middleware-based checks; every check here is in the services.
const HEADER_TRICKS: Record<string, string>[] = [{}, { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }];

function verdict(response: APIResponse): Expectation {
  const status = response.status();
  if ([401, 403, 404].includes(status)) return "deny";
  if (status >= 300 && status < 400) return /\/sign-in/.test(response.headers()["location"] ?? "") ? "deny" : "allow";
  return status < 500 ? "allow" : (`server error ${status}` as Expectation);
}

test("every page and route answers each kind of actor as the matrix says", async ({ playwright, baseURL }) => {
  test.setTimeout(360_000);
  const world = createWorld();
  const contexts = {} as Record<ActorName, APIRequestContext>;
  for (const actor of ACTORS) {
    contexts[actor] = await playwright.request.newContext({ baseURL });
    if (actor !== "anonymous") await signInRequest(contexts[actor], world.people[actor]);
  }

  const differences: string[] = [];
  let cells = 0;
  let requests = 0;
  for (const target of TARGETS) {
    for (const actor of ACTORS) {
      cells += 1;
      for (const headers of HEADER_TRICKS) {
        const response = await contexts[actor].fetch(target.path(world), {
          method: target.method,
          headers: {
            ...headers,
            connection: "close",
            "x-forwarded-for": `198.18.${Math.floor(requests / 250)}.${(requests++ % 250) + 1}`,
            ...(target.body ? { "content-type": "application/json" } : {}),
          },
          data: target.body ? JSON.stringify(target.body(world)) : undefined,
          maxRedirects: 0,
        });
        const got = verdict(response);
        if (got !== target.expect[actor]) {
          differences.push(`${target.method} ${target.path(world)} as ${actor}${headers["x-middleware-subrequest"] ? " (with x-middleware-subrequest)" : ""}: expected ${target.expect[actor]}, got ${got} (${response.status()})`);
        }
        if (got === "deny" && !["execB", "consultantB", "admin"].includes(actor) && (await response.text()).includes(world.orgBName)) {
          differences.push(`${target.method} ${target.path(world)} as ${actor}: a refusal that names organization B`);
        }
      }
    }
  }
  expect(cells).toBe(EXPECTED_CELLS);
  expect(differences).toEqual([]);
  await Promise.all(Object.values(contexts).map((context) => context.dispose()));
});
