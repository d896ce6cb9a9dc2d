/**
 * Which network addresses a webhook may be sent to. A consultant types the URL, so without this
 * rule a delivery could reach the server's own loopback services, the private network it runs in,
 * or a cloud's metadata service (server-side request forgery). The service resolves the host at
 * send time and asks this classifier about every address it gets, so a DNS name pointing inside is
 * refused as surely as a literal one. Pure: it reads address text, the resolving is done elsewhere.
 */

export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link_local"
  | "metadata"
  | "unique_local"
  | "cgnat"
  | "unspecified"
  | "multicast"
  | "reserved"
  | "invalid";

export const ADDRESS_CLASS_LABELS: Record<Exclude<AddressClass, "public">, string> = {
  loopback: "a loopback address",
  private: "a private network address",
  link_local: "a link-local address",
  metadata: "a cloud metadata address",
  unique_local: "a unique-local IPv6 address",
  cgnat: "a carrier-grade NAT address",
  unspecified: "the unspecified address",
  multicast: "a multicast address",
  reserved: "a reserved or documentation address",
  invalid: "not an IP address",
};

/** Four octets of a dotted-quad address in its canonical form (what the resolver and URL parser give), or null. */
function parseIPv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const octets = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : Number.NaN));
  return octets.every((octet) => octet >= 0 && octet <= 255) ? octets : null;
}

/** Eight 16-bit groups of an IPv6 address (with "::" and a dotted IPv4 tail allowed), or null. */
function parseIPv6(text: string): number[] | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (part: string): number[] | null => {
    if (part === "") return [];
    const pieces = part.split(":");
    const groups: number[] = [];
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes(".")) {
        const octets = parseIPv4(piece);
        if (!octets) return null;
        groups.push((octets[0]! << 8) | octets[1]!, (octets[2]! << 8) | octets[3]!);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        groups.push(Number.parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}

function inPrefix(octets: number[], prefix: number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((octets[byte]! & mask) !== (prefix[byte]! & mask)) return false;
  }
  return true;
}

const IPV4_RANGES: [prefix: number[], bits: number, AddressClass][] = [
  [[169, 254, 169, 254], 32, "metadata"],
  [[0, 0, 0, 0], 8, "unspecified"],
  [[127, 0, 0, 0], 8, "loopback"],
  [[10, 0, 0, 0], 8, "private"],
  [[172, 16, 0, 0], 12, "private"],
  [[192, 168, 0, 0], 16, "private"],
  [[169, 254, 0, 0], 16, "link_local"],
  [[100, 64, 0, 0], 10, "cgnat"],
  [[224, 0, 0, 0], 4, "multicast"],
  // 240/4 (future use, including the broadcast address), IETF assignments, benchmarking, documentation.
  [[240, 0, 0, 0], 4, "reserved"],
  [[192, 0, 0, 0], 24, "reserved"],
  [[198, 18, 0, 0], 15, "reserved"],
  [[192, 0, 2, 0], 24, "reserved"],
  [[198, 51, 100, 0], 24, "reserved"],
  [[203, 0, 113, 0], 24, "reserved"],
];

function classifyIPv4(octets: number[]): AddressClass {
  return IPV4_RANGES.find(([prefix, bits]) => inPrefix(octets, prefix, bits))?.[2] ?? "public";
}

const bytesOf = (groups: number[]) => groups.flatMap((group) => [group >> 8, group & 0xff]);

const IPV6_RANGES: [prefix: number[], bits: number, AddressClass][] = [
  // AWS's IPv6 metadata service, inside the unique-local range.
  [bytesOf([0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254]), 128, "metadata"],
  [bytesOf([0, 0, 0, 0, 0, 0, 0, 0]), 128, "unspecified"],
  [bytesOf([0, 0, 0, 0, 0, 0, 0, 1]), 128, "loopback"],
  [bytesOf([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10, "link_local"],
  // Site-local, deprecated but still routed inside some networks.
  [bytesOf([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10, "private"],
  [bytesOf([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7, "unique_local"],
  [bytesOf([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8, "multicast"],
  [bytesOf([0x2001, 0x0db8, 0, 0, 0, 0, 0, 0]), 32, "reserved"],
  // IPv4-compatible addresses (::a.b.c.d), deprecated: nothing public is reached that way.
  [bytesOf([0, 0, 0, 0, 0, 0, 0, 0]), 96, "reserved"],
];

/** Prefixes whose last 32 bits are an IPv4 address that the connection really goes to. */
const EMBEDDED_IPV4: [prefix: number[], bits: number][] = [
  [bytesOf([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
  // NAT64's well-known prefix: a gateway translates it to the IPv4 address.
  [bytesOf([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
];

function classifyIPv6(groups: number[]): AddressClass {
  const bytes = bytesOf(groups);
  // IPv4-mapped (::ffff:10.0.0.1) and NAT64 addresses reach the IPv4 address inside: judge that one.
  if (EMBEDDED_IPV4.some(([prefix, bits]) => inPrefix(bytes, prefix, bits))) return classifyIPv4(bytes.slice(12));
  return IPV6_RANGES.find(([prefix, bits]) => inPrefix(bytes, prefix, bits))?.[2] ?? "public";
}

/** The class of an IP address written as text ("10.0.0.1", "::1", "[fe80::1%eth0]"). Anything else is "invalid". */
export function classifyAddress(address: string): AddressClass {
  let text = address.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  const ipv4 = parseIPv4(text);
  if (ipv4) return classifyIPv4(ipv4);
  // A zone id ("%eth0") only ever qualifies a link-local address; the address before it is what is judged.
  const ipv6 = parseIPv6(text.split("%", 1)[0]!);
  return ipv6 ? classifyIPv6(ipv6) : "invalid";
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === "public";
}
