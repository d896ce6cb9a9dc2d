/**
 * Creates the SQLite database when missing, applies committed migrations, and seeds the
 * demo data the first time the file is created (unless SEED_DEMO_DATA=false or --no-seed).
 */
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { sqliteFilePath } from "../lib/db-url";
import { runPrisma } from "./run-prisma";

export async function prepareDatabase({ seed }: { seed: boolean }): Promise<void> {
  const env = parseEnv(process.env);
  const file = sqliteFilePath(env.DATABASE_URL);
  const isNew = !fs.existsSync(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: env.DATABASE_URL });
  if (isNew && seed && env.SEED_DEMO_DATA === "true") {
    const { seedDemoData } = await import("../prisma/seed");
    await seedDemoData();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  prepareDatabase({ seed: !process.argv.includes("--no-seed") }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
