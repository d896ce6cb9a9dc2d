import "server-only";
import { headers } from "next/headers";

/** An absolute URL on the host the request came to, for links people copy. */
export async function absoluteUrl(path: string): Promise<string> {
  const headerList = await headers();
  const host = headerList.get("x-forwarded-host") ?? headerList.get("host") ?? "localhost:3000";
  const local = host.startsWith("localhost") || host.startsWith("127.");
  const proto = headerList.get("x-forwarded-proto") ?? (local ? "http" : "https");
  return `${proto}://${host}${path}`;
}
