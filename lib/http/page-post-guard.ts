/**
 * Checks on a POST to a page (a server action), made by scripts/serve.ts before Next sees it.
 * Next answers a cross-site action and an action body over its 1 MB limit with a 500 (see its
 * action handler); here they get a 403 and a 413 that say why. No imports: the server loads this
 * file before Next does.
 */

/** The same limit Next applies to server action bodies by default. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

export interface PagePost {
  origin: string | undefined;
  /** Hosts this request may legitimately come from: the public URL's, the Host header's, a trusted proxy's X-Forwarded-Host. */
  hosts: (string | undefined)[];
  contentLength: string | undefined;
}

export interface Refusal {
  status: 403 | 411 | 413;
  code: string;
  message: string;
}

function hostOf(origin: string): string | null {
  try {
    return origin === "null" ? null : new URL(origin).host;
  } catch {
    return null;
  }
}

export function refusePagePost({ origin, hosts, contentLength }: PagePost): Refusal | null {
  // A form posted without script, or a client that is not a browser, sends no Origin: nothing to compare.
  if (origin !== undefined) {
    const host = hostOf(origin);
    if (host === null || !hosts.includes(host)) return { status: 403, code: "cross_origin", message: "Cross-site requests are not allowed." };
  }
  // Browsers always send a length with a form or an action; a chunked body could only be measured by reading it.
  if (contentLength === undefined) return { status: 411, code: "length_required", message: "Send the form with a Content-Length header." };
  const length = Number(contentLength);
  if (!Number.isSafeInteger(length) || length < 0) return { status: 411, code: "length_required", message: "The Content-Length header is not a number of bytes." };
  if (length > MAX_ACTION_BODY_BYTES) return { status: 413, code: "body_too_large", message: "The form is larger than 1 MB." };
  return null;
}
