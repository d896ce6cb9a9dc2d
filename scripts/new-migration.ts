/**
 * Creates the next migration from the difference between the schema as it was at the last
 * migration (prisma/schema.snapshot.prisma) and the schema now. `prisma migrate dev` does
 * not work with driver adapters, so this replaces it.
 * Usage: npm run db:migrate:new -- <name>
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Give the migration a lower_snake_case name: npm run db:migrate:new -- add_organizations");
  process.exit(1);
}
const schema = path.join("prisma", "schema.prisma");
const snapshot = path.join("prisma", "schema.snapshot.prisma");
const cli = path.resolve("node_modules", "prisma", "build", "index.js");
const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(process.execPath, [cli, "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
  encoding: "utf8",
});
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema has not changed since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, "migration.sql"), sql);
fs.copyFileSync(schema, snapshot);
console.log(`Created ${folder}/migration.sql and updated ${snapshot}`);
