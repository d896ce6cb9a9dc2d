import { execFileSync } from "node:child_process";
import path from "node:path";

/** Runs the project's Prisma CLI with inherited output; throws when it fails. */
export function runPrisma(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const cli = path.resolve("node_modules", "prisma", "build", "index.js");
  execFileSync(process.execPath, [cli, ...args], { stdio: "inherit", env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
}
