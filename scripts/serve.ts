/**
 * The HTTP server in front of Next.js, started by `npm start` (and `npm run dev` with --dev).
 * It does what `next start` cannot:
 *
 * - It decides each request's client address from the socket, believing X-Forwarded-For only
 *   through the proxies named in TRUSTED_PROXIES, and hands it on in CLIENT_ADDRESS_HEADER. Next
 *   keeps a client's own X-Forwarded-For, so that header alone would let anyone pick an address.
 * - It answers a method a path does not take (TRACE included, on which Next throws) with 405, an
 *   Allow header and the security headers, before Next sees the request.
 * - On SIGTERM or SIGINT it stops accepting connections, closes idle keep-alive ones, lets the
 *   requests in flight finish, and exits with 128 + the signal's number, as `next start` did.
 */
import http from "node:http";
import { constants } from "node:os";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, isTrusted, normalizeAddress, parseTrustedProxies } from "../lib/http/client-address";
import { allowedMethods } from "../lib/http/route-methods";
import { staticSecurityHeaders } from "../lib/http/security-headers";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "localhost";
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const securityHeaders = staticSecurityHeaders({ production: !dev });

/** Headers about the original request that only a trusted proxy may set. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

function refuseMethod(response: http.ServerResponse, method: string, allowed: string[]): void {
  const body = JSON.stringify({
    error: { code: "method_not_allowed", message: `${method} is not allowed here. This address answers ${allowed.join(", ")}.`, issues: [] },
  });
  response.writeHead(405, {
    ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
    Allow: allowed.join(", "),
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  response.end(body);
}

async function main(): Promise<void> {
  const app = next({ dev, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((request, response) => {
    const method = request.method ?? "GET";
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    const allowed = allowedMethods(pathname);
    // Build assets and the dev server's own endpoints are Next's to answer.
    if (!allowed.includes(method) && !pathname.startsWith("/_next/")) return refuseMethod(response, method, allowed);

    const peer = request.socket.remoteAddress;
    const address = clientAddressOf(peer, request.headers["x-forwarded-for"], trustedProxies);
    if (!isTrusted(peer && normalizeAddress(peer), trustedProxies)) {
      for (const name of FORWARDING_HEADERS) delete request.headers[name];
    }
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    // Next fills X-Forwarded-For from the socket only when it is absent; keep it the decided address.
    request.headers["x-forwarded-for"] = address;
    void handle(request, response);
  });
  // Longer than the idle timeout of common load balancers (and of test clients pausing between
  // requests), so the server never closes a keep-alive socket a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void app.close().finally(() => process.exit(128 + (constants.signals[signal] ?? 15)));
    });
    server.closeIdleConnections();
    // A connection that becomes idle after its last response is closed too, rather than kept alive.
    server.on("request", (_request, response) => response.setHeader("Connection", "close"));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  server.listen(port, hostname, () => {
    const local = `http://${hostname}:${port}`;
    const publicUrl = process.env.NEXTAUTH_URL?.replace(/\/+$/, "");
    console.log(`Rolefit is running at ${local}${publicUrl && publicUrl !== local ? ` (public address ${publicUrl})` : ""}`);
    if (trustedProxies.entries.length > 0) console.log(`Client addresses are read from X-Forwarded-For behind ${trustedProxies.entries.join(", ")}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
