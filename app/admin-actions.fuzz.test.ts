/**
 * The administrator's server actions under hostile input (issue #7): users (disable, reset links)
 * and organizations (create, add, change and remove members). Each action gets FUZZ_RUNS malformed
 * arguments in-process against the real database; the runner and the table of actions are in
 * lib/testing/fuzz-actions.ts.
 */
import { vi } from "vitest";
import { describeActionFuzz } from "@/lib/testing/fuzz-actions";
import * as adminOrganizations from "./(admin)/admin/organizations/actions";
import * as adminUsers from "./(admin)/admin/users/actions";

// Actions read the session and headers through Next's request scope, which exists only in a running server.
vi.mock("next/headers", async () => (await import("@/lib/testing/fuzz-session")).FUZZ_NEXT_HEADERS);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const MODULES: Record<string, Record<string, unknown>> = {
  "app/(admin)/admin/users/actions.ts": adminUsers,
  "app/(admin)/admin/organizations/actions.ts": adminOrganizations,
};

describeActionFuzz("the administrator's server actions under malformed arguments", "admin", MODULES);
