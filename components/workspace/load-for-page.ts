/**
 * Turns a service's refusal into the page a person should see, with the matching status: 400
 * and 404 become the segment's not-found page (a malformed id is as unknown as a missing one),
 * 403 the forbidden page; anything else propagates.
 */
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";

export async function loadForPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "not_found")) notFound();
    if (error instanceof DomainError && error.kind === "forbidden") forbidden();
    throw error;
  }
}
