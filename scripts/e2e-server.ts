/**
 * The end-to-end tests' server: a fresh database, then `npm start` on the given port. Everything
 * it prints also goes to E2E_SERVER_LOG, which scripts/check-e2e-log.ts reads after the run.
 */
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { sqliteFilePath } from "../lib/db-url";
import { E2E_SERVER_LOG } from "./check-e2e-log";

const file = sqliteFilePath(parseEnv(process.env).DATABASE_URL);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });

// A fresh clone has no .data yet when the end-to-end suite runs on its own.
fs.mkdirSync(path.dirname(E2E_SERVER_LOG), { recursive: true });
const log = fs.openSync(E2E_SERVER_LOG, "w");
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "string") fs.writeSync(log, chunk);
    else fs.writeSync(log, chunk as Uint8Array);
    return write(chunk, ...rest);
  }) as typeof stream.write;
}
void import("./start");
