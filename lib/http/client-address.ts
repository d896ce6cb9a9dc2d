/**
 * Which address a request comes from. The server (scripts/serve.ts) decides it once per request
 * from the socket, and believes X-Forwarded-For only as far back as the hops are proxies named in
 * TRUSTED_PROXIES; it then sets CLIENT_ADDRESS_HEADER, overwriting anything a client sent under
 * that name. Everything that limits per address reads that header and nothing else. No imports
 * beyond Node's: the server loads this file before Next does.
 */
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-rolefit-client-address";

/** What a request without a known address counts as (only possible outside scripts/serve.ts, e.g. in tests). */
export const UNKNOWN_ADDRESS = "unknown";

/** `::ffff:192.0.2.1` is the IPv4 address 192.0.2.1 arriving on an IPv6 socket. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

export interface TrustedProxies {
  list: BlockList;
  entries: string[];
}

/**
 * TRUSTED_PROXIES: addresses or CIDR blocks, comma-separated ("10.0.0.0/8, 192.0.2.10, fd00::/8").
 * Throws with the entry that is not one, so a typo stops the server at start rather than trusting nobody silently.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  for (const entry of entries) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(normalizeAddress(address));
    const type = family === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (family === 0 || rest.length > 0 || (bits !== undefined && (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR block (for example 10.0.0.0/8 or 192.0.2.10).`);
    }
    if (bits === undefined) list.addAddress(normalizeAddress(address), type);
    else list.addSubnet(normalizeAddress(address), bits, type);
  }
  return { list, entries };
}

export function isTrusted(address: string | undefined, trusted: TrustedProxies): boolean {
  if (address === undefined) return false;
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case
 * the last address that proxy appended to X-Forwarded-For, and so on back through trusted hops.
 * The first hop that is not trusted is the client; whatever it claimed further left is its own
 * invention and is ignored. A malformed entry ends the walk at the last address known to be real.
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  let address = socketAddress ? normalizeAddress(socketAddress) : UNKNOWN_ADDRESS;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalizeAddress).filter((hop) => hop.length > 0);
  while (isTrusted(address, trusted) && hops.length > 0) {
    const previous = hops.pop() as string;
    if (isIP(previous) === 0) break;
    address = previous;
  }
  return address;
}

/** The address scripts/serve.ts decided for this request. */
export function clientAddressFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const address = Array.isArray(value) ? value[0] : value;
  return address && address.length > 0 && address.length <= 64 ? address : UNKNOWN_ADDRESS;
}
