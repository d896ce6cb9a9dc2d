/**
 * Turns a service's refusal into the page a person should see: 400 and 404 become the segment's
 * not-found page (a malformed id is as unknown as a missing one), 403 is returned for the page to
 * explain, anything else propagates.
 */
import "server-only";
import { notFound } from "next/navigation";
import { ServiceError } from "@/lib/services/errors";

export type Loaded<T> = { ok: true; value: T } | { ok: false; denied: ServiceError };

export async function loadForPage<T>(work: Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    if (error instanceof ServiceError && (error.status === 400 || error.status === 404)) notFound();
    if (error instanceof ServiceError && error.status === 403) return { ok: false, denied: error };
    throw error;
  }
}
