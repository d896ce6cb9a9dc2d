/**
 * Per-address limits on costly work anyone can ask for (lib/request-limit-rules.ts). The counters
 * are the shared ones of lib/services/rate-limits.ts, so a limit holds across every instance; a
 * refusal is a 429 with Retry-After and a sentence that says when to come back.
 */
import "server-only";
import { DomainError } from "../errors";
import { REQUEST_LIMITS, type RequestKind } from "../request-limit-rules";
import { countAttempt, wouldRefuse } from "./rate-limits";

/** A wait as a sentence gives it: "1 second", "40 seconds", "3 minutes". */
export function waitInWords(seconds: number): string {
  // One and many written out, so the ServerMessages catalog can give each its own translation.
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

function limited(kind: RequestKind, retryAfterSeconds: number): DomainError {
  return new DomainError("rate_limited", "rate_limited", `Too many ${REQUEST_LIMITS[kind].what} from your network just now. Try again in ${waitInWords(retryAfterSeconds)}.`, [], retryAfterSeconds);
}

const keyOf = (kind: RequestKind, clientAddress: string) => `request:${kind}:${clientAddress}`;

/** Counts one request of this kind from this address, or refuses it with 429. */
export async function limitPerAddress(kind: RequestKind, clientAddress: string): Promise<void> {
  const outcome = await countAttempt(keyOf(kind, clientAddress), REQUEST_LIMITS[kind]);
  if (!outcome.counted) throw limited(kind, outcome.retryAfterSeconds);
}

/**
 * Refuses with 429 when this address has already used up its allowance, without counting: for
 * work counted only once it is known to be wanted. A download is counted when its report was
 * found, so a mistyped link or a refused id costs nothing, and an address over its allowance is
 * turned away before a shared link records an open.
 */
export async function refuseWhenLimited(kind: RequestKind, clientAddress: string): Promise<void> {
  const wait = await wouldRefuse([{ key: keyOf(kind, clientAddress), counter: { kind: "limit", rule: REQUEST_LIMITS[kind] } }]);
  if (wait !== null) throw limited(kind, wait);
}
