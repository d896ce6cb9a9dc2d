/**
 * The account-side server actions under hostile input (issue #7): starting an assessment, sign-up,
 * the security page, password reset, API tokens, invitations and "my assessments". Each action
 * gets FUZZ_RUNS malformed arguments in-process against the real database; the runner and the
 * table of actions are in lib/testing/fuzz-actions.ts.
 */
import { afterAll, vi } from "vitest";
import { describeActionFuzz } from "@/lib/testing/fuzz-actions";
import * as apiTokens from "./(account)/account/api-tokens/actions";
import * as accountDelete from "./(account)/account/delete/actions";
import * as deleteByLink from "./(assessment)/assessment/[token]/delete/actions";
import * as security from "./(account)/account/security/actions";
import * as reset from "./(account)/reset-password/[token]/actions";
import * as emailLink from "./(assessment)/assessment/[token]/email-actions";
import * as respondentShare from "./(assessment)/assessment/[token]/result/actions";
import * as my from "./(assessment)/my/actions";
import * as signUp from "./(auth)/sign-up/actions";
import * as marketing from "./(marketing)/actions";
import * as invite from "./invite/[token]/actions";
import * as locale from "./locale-actions";

// "Email me this link" succeeds only where email is configured: a real SMTP server, set before lib/env reads the environment.
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
  "app/(account)/account/delete/actions.ts": accountDelete,
  "app/(assessment)/assessment/[token]/delete/actions.ts": deleteByLink,
  "app/(marketing)/actions.ts": marketing,
  "app/locale-actions.ts": locale,
  "app/(auth)/sign-up/actions.ts": signUp,
  "app/(account)/account/security/actions.ts": security,
  "app/(account)/reset-password/[token]/actions.ts": reset,
  "app/(account)/account/api-tokens/actions.ts": apiTokens,
  "app/invite/[token]/actions.ts": invite,
  "app/(assessment)/my/actions.ts": my,
  "app/(assessment)/assessment/[token]/result/actions.ts": respondentShare,
  "app/(assessment)/assessment/[token]/email-actions.ts": emailLink,
};

describeActionFuzz("the account-side server actions under malformed arguments", "account", MODULES);
