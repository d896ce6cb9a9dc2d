/**
 * The administrator's server actions under hostile input (issue #7): users (disable, reset links)
 * and organizations (create, add, change and remove members). Each action gets FUZZ_RUNS malformed
 * arguments in-process against the real database; the runner and the table of actions are in
 * lib/testing/fuzz-actions.ts.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ACTION_FUZZ, ACTION_FUZZ_GROUPS, fuzzAction, type ActionCall } from "@/lib/testing/fuzz-actions";
import * as adminOrganizations from "./(admin)/admin/organizations/actions";
import * as adminUsers from "./(admin)/admin/users/actions";

// Actions read the session and headers through Next's request scope, which exists only in a running server.
vi.mock("@/lib/auth/session", async (importOriginal) => (await import("@/lib/testing/fuzz-session")).withFuzzSession(await importOriginal<typeof import("@/lib/auth/session")>()));
vi.mock("next/headers", async () => (await import("@/lib/testing/fuzz-session")).FUZZ_NEXT_HEADERS);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const MODULES: Record<string, Record<string, unknown>> = {
  "app/(admin)/admin/users/actions.ts": adminUsers,
  "app/(admin)/admin/organizations/actions.ts": adminOrganizations,
};

const TARGETS = ACTION_FUZZ.filter((target) => (ACTION_FUZZ_GROUPS.admin as readonly string[]).includes(target.file));

afterAll(async () => {
  await db.$disconnect();
});

describe("the administrator's server actions under malformed arguments", () => {
  it("covers every exported action of its files", () => {
    const exported = Object.entries(MODULES).flatMap(([file, module]) => Object.keys(module).map((name) => `${file} ${name}`));
    expect(TARGETS.map((target) => `${target.file} ${target.action}`).sort()).toEqual(exported.sort());
  });

  for (const target of TARGETS) {
    it(`${target.action} refuses every malformed argument, writes nothing and still accepts a valid form`, async () => {
      const call = MODULES[target.file]?.[target.action];
      if (typeof call !== "function") throw new Error(`${target.file} does not export ${target.action}`);
      await fuzzAction(target, call as ActionCall);
    });
  }
});
