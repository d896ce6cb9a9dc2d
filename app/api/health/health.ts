/**
 * The health check behind GET /api/health, apart from the route file so a test can give it a
 * failing database check (a route file may export only its handlers and segment options).
 */
import "server-only";
import { NextResponse } from "next/server";
import { databaseUnavailableReason } from "@/lib/database/unavailable";
import { logger } from "@/lib/log/logger";

export type DatabaseCheck = () => Promise<unknown>;

/** A check that hangs (a locked or unreachable database) counts as a failure, not a hung probe. */
export const CHECK_TIMEOUT_MS = 3_000;

class CheckTimeout extends Error {}

function withTimeout(work: Promise<unknown>, timeoutMs: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout(`database check took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function healthResponse(checkDatabase: DatabaseCheck, timeoutMs = CHECK_TIMEOUT_MS): Promise<NextResponse> {
  const headers = { "Cache-Control": "no-store" };
  try {
    await withTimeout(checkDatabase(), timeoutMs);
    return NextResponse.json({ status: "ok" }, { headers });
  } catch (error) {
    // The caller only learns "unavailable"; the cause goes to the log. An outage (the server down,
    // a SQLite file locked) is expected and polled every few seconds: a warn line, no stack.
    const reason = error instanceof CheckTimeout ? error.message : databaseUnavailableReason(error);
    if (reason) logger.warn({ reason }, "health check: database unavailable");
    else logger.error({ err: error }, "health check: database unavailable");
    return NextResponse.json({ status: "unavailable" }, { status: 503, headers });
  }
}
