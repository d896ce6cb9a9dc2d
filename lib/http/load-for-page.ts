/**
 * Where a page meets a refusal: it becomes the page a person should see, with the matching
 * status. Invalid input and not found become the segment's not-found page (a malformed id is as
 * unknown as a missing one), forbidden the forbidden page; a stored row this code cannot read is
 * logged and shown by the error page with what it names; anything else propagates.
 */
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { DomainError } from "../errors";
import { logger } from "../log/logger";
import { UNREADABLE_DIGEST_PREFIX } from "./error-digest";
import { ZRecordId } from "../validation/organizations";

export async function loadForPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "not_found")) notFound();
    if (error instanceof DomainError && error.kind === "forbidden") forbidden();
    if (error instanceof DomainError && error.kind === "unreadable") {
      logger.error({ code: error.code }, error.message);
      throw Object.assign(error, { digest: `${UNREADABLE_DIGEST_PREFIX}${error.message}` });
    }
    throw error;
  }
}

/** A record id from the page's address, parsed once here; a malformed one is a page that does not exist. */
export function recordIdOfPage(value: string): string {
  const parsed = ZRecordId.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
