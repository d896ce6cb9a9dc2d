/**
 * The workspace's server actions under hostile input (issue #7): organizations, invitations,
 * engagements and role weights (consultants), share links, a result's review, and webhook endpoints. Each action gets FUZZ_RUNS
 * malformed arguments in-process against the real database; the runner and the table of actions
 * are in lib/testing/fuzz-actions.ts.
 */
import { afterAll, vi } from "vitest";
import { describeActionFuzz } from "@/lib/testing/fuzz-actions";
import * as deleteResult from "./(report)/delete-result-actions";
import * as share from "./(report)/share-actions";
import * as workspace from "./(workspace)/workspace/actions";
import * as organization from "./(workspace)/workspace/organizations/[id]/actions";
import * as review from "./(workspace)/workspace/results/[id]/actions";
import * as engagements from "./(workspace)/workspace/engagements/actions";
import * as webhooks from "./(workspace)/workspace/organizations/[id]/webhooks/actions";

// Sending an engagement's invitation again succeeds only where email is configured: a real SMTP server, set before lib/env reads the environment.
const smtp = await vi.hoisted(async () => {
  const { startTestSmtpServer } = await import("@/lib/testing/smtp-server");
  const server = await startTestSmtpServer();
  process.env.SMTP_URL = server.url;
  return server;
});

afterAll(async () => {
  await smtp.close();
});

// Actions read the session and headers through Next's request scope, which exists only in a running server.
vi.mock("next/headers", async () => (await import("@/lib/testing/fuzz-session")).FUZZ_NEXT_HEADERS);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const MODULES: Record<string, Record<string, unknown>> = {
  "app/(report)/delete-result-actions.ts": deleteResult,
  "app/(workspace)/workspace/actions.ts": workspace,
  "app/(workspace)/workspace/organizations/[id]/actions.ts": organization,
  "app/(report)/share-actions.ts": share,
  "app/(workspace)/workspace/results/[id]/actions.ts": review,
  "app/(workspace)/workspace/engagements/actions.ts": engagements,
  "app/(workspace)/workspace/organizations/[id]/webhooks/actions.ts": webhooks,
};

describeActionFuzz("the workspace's server actions under malformed arguments", "workspace", MODULES);
