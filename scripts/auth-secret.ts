/**
 * The embedded default needs no set-up, so when AUTH_SECRET is unset `npm start` keeps a random
 * one beside the SQLite file. Deployments with several instances must set AUTH_SECRET.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "../lib/db-url";

export function ensureAuthEnvironment(env: { DATABASE_URL: string; HOSTNAME: string; PORT: number }): Record<string, string> {
  const extra: Record<string, string> = {};
  if (!process.env.AUTH_SECRET) {
    const file = path.join(path.dirname(sqliteFilePath(env.DATABASE_URL)), "auth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    extra.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  if (!process.env.NEXTAUTH_URL) extra.NEXTAUTH_URL = `http://${env.HOSTNAME}:${env.PORT}`;
  return extra;
}
