import fs from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { createCliPool } from "./lib/database/pg-cli-pool";
import { DEFAULT_DATABASE_URL, PROVIDER_FILES, providerOf } from "./lib/database/provider";

// The CLI does not read .env when a config file exists.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
// A serving app holds SQLite's write lock for milliseconds at a time; wait out a busy moment
// rather than fail a migration at the adapter's default 5 s.
const SQLITE_LOCK_WAIT_MS = 15_000;
const provider = providerOf(databaseUrl);
const files = PROVIDER_FILES[provider];

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: files.schema,
  migrations: { path: files.migrations },
  async adapter() {
    return provider === "sqlite" ? new PrismaBetterSQLite3({ url: databaseUrl, timeout: SQLITE_LOCK_WAIT_MS }) : new PrismaPg(createCliPool(databaseUrl), { disposeExternalPool: true });
  },
});
