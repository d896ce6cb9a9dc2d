/** The end-to-end tests' server: a fresh database, then `npm start` on the given port. */
import fs from "node:fs";
import { parseEnv } from "../lib/env";
import { sqliteFilePath } from "../lib/db-url";

const file = sqliteFilePath(parseEnv(process.env).DATABASE_URL);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
void import("./start");
