/**
 * Creates the next migration for both providers from the difference between each provider's
 * schema as it was at its last migration (its snapshot) and the schema now. The PostgreSQL
 * schema is derived from prisma/schema.prisma first. `prisma migrate dev` does not work with
 * driver adapters, so this replaces it.
 * Usage: npm run db:migrate:new -- <name>
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { derivePostgresSchema } from "../lib/database/derive-postgres-schema";
import { PROVIDER_FILES, type DatabaseProvider } from "../lib/database/provider";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Give the migration a lower_snake_case name: npm run db:migrate:new -- add_organizations");
  process.exit(1);
}
const cli = path.resolve("node_modules", "prisma", "build", "index.js");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

fs.writeFileSync(PROVIDER_FILES.postgresql.schema, derivePostgresSchema(fs.readFileSync(PROVIDER_FILES.sqlite.schema, "utf8")));

function createMigration(provider: DatabaseProvider): void {
  const { schema, snapshot, migrations } = PROVIDER_FILES[provider];
  const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(process.execPath, [cli, "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], { encoding: "utf8" });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${provider}: the schema has not changed since the last migration.`);
    return;
  }
  const folder = path.join(migrations, `${stamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  fs.copyFileSync(schema, snapshot);
  console.log(`${provider}: created ${folder}/migration.sql and updated ${snapshot}`);
}

createMigration("sqlite");
createMigration("postgresql");
