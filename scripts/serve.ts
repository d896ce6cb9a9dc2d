/**
 * The HTTP server in front of Next.js, started by `npm start` (and `npm run dev` with --dev).
 * It does what `next start` cannot:
 *
 * - It decides each request's client address from the socket, believing X-Forwarded-For only
 *   through the proxies named in TRUSTED_PROXIES, and hands it on in CLIENT_ADDRESS_HEADER. Next
 *   keeps a client's own X-Forwarded-For, so that header alone would let anyone pick an address.
 * - It answers an address whose percent-encoding does not decode (path or query), or whose path
 *   holds a "." or ".." segment, with 400 (Next answers the first with a bare 500, and would route the second elsewhere than
 *   the checks below matched it).
 * - It answers a method a path does not take (TRACE included, on which Next throws) with 405, an
 *   Allow header and the security headers, before Next sees the request; and a cross-site or
 *   oversized POST to a page (a server action) with 403 or 413 (Next answers both with a 500).
 * - On SIGTERM or SIGINT it stops accepting connections, closes idle keep-alive ones, lets the
 *   requests in flight finish, and exits with 128 + the signal's number, as `next start` did.
 *   Meanwhile the job runner (started by instrumentation.ts) stops claiming jobs, and the job in
 *   hand finishes or is handed back for another instance (lib/process-shutdown.ts).
 */
import http from "node:http";
import { constants } from "node:os";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, isTrusted, normalizeAddress, parseTrustedProxies } from "../lib/http/client-address";
import { malformedUrlMessage } from "../lib/http/malformed-path";
import { refusePagePost } from "../lib/http/page-post-guard";
import { allowedMethods, isRouteHandler } from "../lib/http/route-methods";
import { staticSecurityHeaders } from "../lib/http/security-headers";
import { runShutdownHooks } from "../lib/process-shutdown";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "localhost";
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const securityHeaders = staticSecurityHeaders({ production: !dev });

/** Headers about the original request that only a trusted proxy may set. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * A refused request's body up to this size is read and dropped before the answer goes out, so a
 * client still sending it gets the answer rather than a broken pipe; a larger one is cut off.
 */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;
const DRAIN_WAIT_MS = 10_000;

function afterBody(request: http.IncomingMessage, then: () => void): void {
  const length = Number(request.headers["content-length"] ?? 0);
  if (request.complete || !(length > 0 && length <= DRAIN_LIMIT_BYTES)) return then();
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    then();
  };
  const timer = setTimeout(finish, DRAIN_WAIT_MS);
  request.on("end", finish).on("error", finish).resume();
}

/** A refusal in the API's error shape, with the security headers Next would have added. */
function refuse(request: http.IncomingMessage, response: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  afterBody(request, () => answerRefusal(response, status, code, message, headers));
}

function answerRefusal(response: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string>): void {
  const body = JSON.stringify({ error: { code, message, issues: [] } });
  response.writeHead(status, {
    ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
    ...headers,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    // A body over the drain limit was not read: the connection is not reused for another request.
    Connection: "close",
  });
  response.end(body);
}

const publicHost = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).host : undefined;

async function main(): Promise<void> {
  const app = next({ dev, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();

  let stopping = false;
  const server = http.createServer((request, response) => {
    // While stopping, no connection is kept for another request: each closes after its response.
    if (stopping) response.setHeader("Connection", "close");
    // A connection is idle only once its response has gone out, just after this event.
    response.on("finish", () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    const method = request.method ?? "GET";
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    const malformed = malformedUrlMessage(request.url ?? "/");
    if (malformed) return refuse(request, response, 400, "malformed_path", malformed);
    const allowed = allowedMethods(pathname);
    // Build assets and the dev server's own endpoints are Next's to answer.
    if (!allowed.includes(method) && !pathname.startsWith("/_next/")) {
      return refuse(request, response, 405, "method_not_allowed", `${method} is not allowed here. This address answers ${allowed.join(", ")}.`, { Allow: allowed.join(", ") });
    }

    const peer = request.socket.remoteAddress;
    const address = clientAddressOf(peer, request.headers["x-forwarded-for"], trustedProxies);
    if (!isTrusted(peer && normalizeAddress(peer), trustedProxies)) {
      for (const name of FORWARDING_HEADERS) delete request.headers[name];
    }
    if (method === "POST" && !isRouteHandler(pathname)) {
      const refusal = refusePagePost({
        origin: request.headers.origin,
        hosts: [publicHost, request.headers.host, ...[request.headers["x-forwarded-host"]].flat()],
        contentLength: request.headers["content-length"],
      });
      if (refusal) return refuse(request, response, refusal.status, refusal.code, refusal.message);
    }
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    // Next fills X-Forwarded-For from the socket only when it is absent; keep it the decided address.
    request.headers["x-forwarded-for"] = address;
    void handle(request, response);
  });
  // The dev server's hot reload talks over WebSockets.
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  // Longer than the idle timeout of common load balancers (and of test clients pausing between
  // requests), so the server never closes a keep-alive socket a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const jobsStopped = runShutdownHooks();
    server.close(() => {
      void jobsStopped.then(() => app.close()).finally(() => process.exit(128 + (constants.signals[signal] ?? 15)));
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} on ${hostname} is already in use, perhaps by another Rolefit server. Stop that server, or start this one on another port: PORT=${port + 1} npm start`
        : `The server could not listen on ${hostname}:${port}: ${error.message}`,
    );
    process.exit(1);
  });
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
