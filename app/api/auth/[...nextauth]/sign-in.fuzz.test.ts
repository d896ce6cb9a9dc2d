/**
 * The credentials sign-in under hostile input (issue #7). next-auth's route handler reads Next's
 * request scope (cookies() and headers()), which exists only inside a running Next server, so
 * this calls the part of POST /api/auth/callback/credentials that is ours: the provider's
 * authorize(), with the body next-auth hands it. Whatever it is sent, it must fail with one of
 * the sign-in codes next-auth shows the client (never another error's message), and write
 * nothing: the client address is already locked out, so even well-formed guesses stop at the
 * throttle, as they would after thirty failures.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/primitives/password-hash";
import { db } from "@/lib/db";
import { SIGN_IN_LIMITS } from "@/lib/auth/throttle-limits";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { signInKeys } from "@/lib/services/sign-in";
import { createExecutive, createTestOrganization } from "@/lib/testing/accounts";
import { FuzzCase, fuzz } from "@/lib/testing/fuzz-harness";
import { specOf } from "@/lib/testing/fuzz/fields";
import { HUGE_NUMBERS, hostileText, hugeText, preview } from "@/lib/testing/fuzz/hostile";
import { jsonValueText } from "@/lib/testing/fuzz/json-body";
import { describeMutation, mutatedEntries, mutationPlan, type ValueSource } from "@/lib/testing/fuzz/mutations";

const LOCKED_ADDRESS = "203.0.113.7";
const PASSWORD = "a sign-in fuzz passphrase 2026";

type Authorize = (credentials: unknown, request: { headers: Record<string, string | string[] | undefined> }) => Promise<unknown>;

/** next-auth keeps the function a provider was configured with under `options`. */
function authorize(): Authorize {
  const provider = authOptions.providers.find((candidate) => candidate.id === "credentials") as { options?: { authorize?: Authorize } } | undefined;
  const configured = provider?.options?.authorize;
  if (!configured) throw new Error("The credentials provider has no authorize()");
  return configured;
}

/** The messages authorize() may throw: next-auth puts them in the URL it redirects the browser to. */
const SIGN_IN_CODE = /^(invalid|totp_required|totp_invalid|locked:\d+)$/;

let email: string;

beforeAll(async () => {
  const executive = await createExecutive([(await createTestOrganization()).id]);
  await db.user.update({ where: { id: executive.user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  email = executive.user.email;
  await db.rateLimitCounter.create({ data: { key: signInKeys(email, LOCKED_ADDRESS).address, count: SIGN_IN_LIMITS.address.limit, windowEndsAt: new Date(Date.now() + 86_400_000) } });
});

afterAll(async () => {
  await db.$disconnect();
});

/** Values of any JSON type, as next-auth hands over a JSON body. */
const anyCredential = fc.oneof(hostileText, jsonValueText.map((text): unknown => JSON.parse(text)));
const credentialValues: ValueSource<unknown> = {
  any: anyCredential,
  refusedBy: () => anyCredential,
  overlong: hugeText,
  huge: fc.constantFrom(...HUGE_NUMBERS).map((text): unknown => JSON.parse(text)),
};

function show(value: unknown): string {
  if (typeof value === "string") return preview(value);
  try {
    return preview(JSON.stringify(value) ?? String(value));
  } catch {
    return "(nested too deep to print)";
  }
}

interface SignInCase {
  credentials: unknown;
}

describe("the credentials sign-in under malformed requests", () => {
  it("POST /api/auth/callback/credentials: authorize() refuses with a sign-in code and writes nothing", async () => {
    // What the sign-in form posts, with next-auth's own fields: the schema reads the first three and ignores the rest.
    const base = { email, password: PASSWORD, code: "123456", csrfToken: "x".repeat(64), callbackUrl: "/my", json: "true" };
    const spec = specOf(
      [
        { name: "email", required: true, refuses: () => true },
        { name: "password", required: true, refuses: () => true },
        { name: "code", required: false, refuses: () => true },
      ],
      false,
    );
    const asObject = mutationPlan(spec, credentialValues, base).map((plan) => ({
      credentials: Object.fromEntries(mutatedEntries(base, [], plan, (value) => value)),
      described: plan.map((mutation) => describeMutation(mutation, show)).join("; "),
    }));
    const notAnObject = jsonValueText.map((text) => ({ credentials: JSON.parse(text) as unknown, described: `credentials ${preview(text)}` }));
    const cases = fc
      .oneof({ arbitrary: asObject, weight: 6 }, { arbitrary: notAnObject, weight: 1 })
      .map(({ credentials, described }) => new FuzzCase<SignInCase>({ credentials }, described));

    // Every case comes from the locked address, as the server (scripts/serve.ts) would name it, so none may sign in.
    const check = authorize();
    await fuzz("POST /api/auth/callback/credentials (authorize)", cases, async ({ credentials }) => {
      try {
        const user = await check(credentials, { headers: { [CLIENT_ADDRESS_HEADER]: LOCKED_ADDRESS } });
        return [`signed in as ${JSON.stringify(user)}`];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return SIGN_IN_CODE.test(message) ? [] : [`threw ${preview(message, 300)}, which next-auth would show the client`];
      }
    });

    await expect(check({ email, password: PASSWORD }, { headers: { [CLIENT_ADDRESS_HEADER]: "198.51.100.1" } })).resolves.toMatchObject({ email });
  });
});
