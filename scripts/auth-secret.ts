/**
 * The embedded default needs no set-up, so when AUTH_SECRET or the Server Actions key is unset,
 * `npm start` keeps a random one beside the SQLite file (a restart keeps sessions and open forms
 * working). On PostgreSQL, where several instances share the database, both must be set:
 * lib/env.ts refuses to start without them.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { providerOf } from "../lib/database/provider";
import { sqliteFilePath } from "../lib/db-url";

function keptSecret(databaseUrl: string, name: string, encoding: "base64" | "base64url"): string {
  const file = path.join(path.dirname(sqliteFilePath(databaseUrl)), name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString(encoding), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

export function ensureAuthEnvironment(env: { DATABASE_URL: string; HOSTNAME: string; PORT: number }): Record<string, string> {
  const extra: Record<string, string> = {};
  if (providerOf(env.DATABASE_URL) === "sqlite") {
    if (!process.env.AUTH_SECRET) extra.AUTH_SECRET = keptSecret(env.DATABASE_URL, "auth-secret", "base64url");
    if (!process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) extra.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = keptSecret(env.DATABASE_URL, "server-actions-key", "base64");
  }
  if (!process.env.NEXTAUTH_URL) extra.NEXTAUTH_URL = `http://${env.HOSTNAME}:${env.PORT}`;
  return extra;
}
