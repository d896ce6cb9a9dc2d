/**
 * Per-address limits on costly work anyone can ask for (lib/request-limit-rules.ts). The counters
 * are the shared ones of lib/services/rate-limits.ts, so a limit holds across every instance; a
 * refusal is a 429 with Retry-After and a sentence that says when to come back.
 */
import "server-only";
import { ServiceError } from "./errors";
import { REQUEST_LIMITS, type RequestKind } from "../request-limit-rules";
import { countAttempt } from "./rate-limits";

export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Counts one request of this kind from this address, or refuses it with 429. */
export async function limitPerAddress(kind: RequestKind, clientAddress: string): Promise<void> {
  const rule = REQUEST_LIMITS[kind];
  const outcome = await countAttempt(`request:${kind}:${clientAddress}`, rule);
  if (outcome.counted) return;
  throw new ServiceError(
    429,
    "rate_limited",
    `Too many ${rule.what} from your network just now. Try again in ${waitInWords(outcome.retryAfterSeconds)}.`,
    [],
    outcome.retryAfterSeconds,
  );
}
