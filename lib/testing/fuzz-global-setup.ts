/** The fuzz suite's database: created and migrated like the integration suite's, but its own. */
import fs from "node:fs";
import path from "node:path";
import { integrationDatabase } from "./integration-database";
import { prepareDatabase, runPid } from "./integration-global-setup";

export default async function setup(): Promise<() => Promise<void>> {
  const database = integrationDatabase(process.env, runPid(), "fuzz");
  const teardown = await prepareDatabase(database);
  return async () => {
    await teardown();
    // The workers' copies (lib/testing/fuzz-worker-database.ts) sit beside the template.
    const file = database.sqliteFile;
    if (!file) return;
    const prefix = `${path.basename(file, ".db")}-worker-`;
    for (const name of fs.readdirSync(path.dirname(file))) {
      if (name.startsWith(prefix)) fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
  };
}
