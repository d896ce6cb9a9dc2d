/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma. With --check, fails instead
 * when the committed file differs (part of `npm test`).
 */
import fs from "node:fs";
import { derivePostgresSchema } from "../lib/database/derive-postgres-schema";
import { PROVIDER_FILES } from "../lib/database/provider";

const derived = derivePostgresSchema(fs.readFileSync(PROVIDER_FILES.sqlite.schema, "utf8"));
const target = PROVIDER_FILES.postgresql.schema;
const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;

if (process.argv.includes("--check")) {
  if (current !== derived) {
    console.error(`${target} is out of date with prisma/schema.prisma: run npm run db:migrate:new -- <name>.`);
    process.exit(1);
  }
} else if (current !== derived) {
  fs.writeFileSync(target, derived);
  console.log(`Wrote ${target}`);
}
