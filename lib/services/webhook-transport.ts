/**
 * One POST of a webhook delivery. Written on node:http rather than fetch because the address
 * rule must hold for the address actually connected to: the request's own `lookup` checks every
 * address the host resolves to, so a name that resolves to a public address when the endpoint is
 * saved and to 127.0.0.1 when the delivery goes (DNS rebinding) is still refused. Redirects are
 * not followed (a 3xx is a failed try), and the whole exchange has a 10 s limit.
 */
import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { ADDRESS_CLASS_LABELS, classifyAddress } from "../webhooks/address";

export const WEBHOOK_TIMEOUT_MS = 10_000;

/** A failed try whose reason the delivery log shows as it is. */
export class WebhookSendError extends Error {
  override name = "WebhookSendError";
}

function refusal(address: string): WebhookSendError | null {
  const kind = classifyAddress(address);
  if (kind === "public") return null;
  return new WebhookSendError(
    `The endpoint's host is ${ADDRESS_CLASS_LABELS[kind]} (${address}); deliveries to private and loopback addresses are refused in production unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true.`,
  );
}

/** Resolves as the default lookup does, then refuses the host when any of its addresses is not public. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.map((entry) => refusal(entry.address)).find(Boolean);
    if (refused) return callback(refused, "", 0);
    const first = addresses[0];
    if (!first) return callback(new WebhookSendError(`${hostname} has no address.`), "", 0);
    if (options.all) return callback(null, addresses);
    callback(null, first.address, first.family);
  });
};

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** False in production unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true. */
  allowPrivateAddresses: boolean;
  signal?: AbortSignal;
  /** WEBHOOK_TIMEOUT_MS unless a test needs it shorter. */
  timeoutMs?: number;
}

/** The response's status code; throws a WebhookSendError (or the abort reason) when no response came. */
export function postWebhook(post: WebhookPost): Promise<number> {
  const url = new URL(post.url);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!post.allowPrivateAddresses && isIP(host)) {
    const refused = refusal(host);
    if (refused) return Promise.reject(refused);
  }
  const timeoutMs = post.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(post.signal ? [post.signal] : [])]);
  const options: RequestOptions = {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "Rolefit-Webhooks/1", "content-length": String(Buffer.byteLength(post.body)), ...post.headers },
    // A pooled socket would outlive the delivery and keep a receiver's server from closing.
    agent: false,
    signal,
    ...(post.allowPrivateAddresses ? {} : { lookup: publicOnlyLookup }),
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, options, (response) => {
      // Only the status matters; the body is dropped without being read.
      response.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error) => {
      if (signal.aborted && post.signal?.aborted) reject(post.signal.reason);
      else if (signal.aborted) reject(new WebhookSendError(`No response within ${timeoutMs / 1000} s.`));
      else if (error instanceof WebhookSendError) reject(error);
      else reject(new WebhookSendError(`Could not deliver: ${error.message}`));
    });
    request.end(post.body);
  });
}
