/**
 * The request id that ties a request's log lines together. proxy.ts picks it once per request
 * and passes it on in the x-request-id header; no imports, so the proxy can load it cheaply.
 */

export const REQUEST_ID_HEADER = "x-request-id";

/** What a load balancer or client may send: short, and nothing that could forge a log field. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The incoming id when it is safe to repeat, otherwise a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
