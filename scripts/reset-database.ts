/** Deletes the SQLite database and its WAL files, then migrates and seeds it afresh. */
import fs from "node:fs";
import { parseEnv } from "../lib/env";
import { sqliteFilePath } from "../lib/db-url";
import { prepareDatabase } from "./prepare-database";

const file = sqliteFilePath(parseEnv(process.env).DATABASE_URL);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
console.log(`Removed ${file}`);
prepareDatabase({ seed: true }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
