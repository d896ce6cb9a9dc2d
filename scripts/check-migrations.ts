/**
 * Fails when either provider's committed migrations drift from prisma/schema.prisma: the derived
 * PostgreSQL schema must be current, and applying every migration to an empty database must give
 * exactly the schema (introspected with `prisma db pull`, compared with `prisma migrate diff`).
 * PostgreSQL is checked when TEST_POSTGRES_URL names a server.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { derivePostgresSchema } from "../lib/database/derive-postgres-schema";
import { PROVIDER_FILES, type DatabaseProvider } from "../lib/database/provider";

const cli = path.resolve("node_modules", "prisma", "build", "index.js");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-drift-"));

function prisma(args: string[], databaseUrl: string): string {
  return execFileSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

function checkAgainstSchema(provider: DatabaseProvider, databaseUrl: string): string[] {
  const { schema } = PROVIDER_FILES[provider];
  prisma(["migrate", "deploy"], databaseUrl);
  const pulled = path.join(scratch, `${provider}.prisma`);
  // The CLI prints a warning about the datasource url before the schema itself.
  const printed = prisma(["db", "pull", "--print"], databaseUrl);
  fs.writeFileSync(pulled, printed.slice(Math.max(0, printed.search(/^(generator|datasource) /m))));
  try {
    prisma(["migrate", "diff", "--from-schema-datamodel", pulled, "--to-schema-datamodel", schema, "--exit-code"], databaseUrl);
    return [];
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    const output = [stdout, stderr].filter(Boolean).join("\n") || String(error);
    return [`${provider}: the migrations in ${PROVIDER_FILES[provider].migrations} do not produce ${schema}. Run npm run db:migrate:new -- <name>.\n${output}`];
  }
}

async function withPostgresDatabase<T>(adminUrl: string, work: (url: string) => T): Promise<T> {
  const name = `rolefit_drift_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const problems: string[] = [];
  if (fs.readFileSync(PROVIDER_FILES.postgresql.schema, "utf8") !== derivePostgresSchema(fs.readFileSync(PROVIDER_FILES.sqlite.schema, "utf8"))) {
    problems.push(`${PROVIDER_FILES.postgresql.schema} is out of date with prisma/schema.prisma. Run npm run db:migrate:new -- <name>.`);
  }
  problems.push(...checkAgainstSchema("sqlite", `file:${path.join(scratch, "drift.db")}`));
  const postgresUrl = process.env.TEST_POSTGRES_URL;
  if (postgresUrl) problems.push(...(await withPostgresDatabase(postgresUrl, (url) => checkAgainstSchema("postgresql", url))));
  fs.rmSync(scratch, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(problems.join("\n\n"));
    process.exit(1);
  }
  console.log(`Migrations match the schema on SQLite${postgresUrl ? " and PostgreSQL" : " (PostgreSQL skipped: TEST_POSTGRES_URL is not set)"}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
