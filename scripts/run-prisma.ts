import { spawnSync } from "node:child_process";
import path from "node:path";

/** A Prisma CLI run that failed, with everything it printed. */
export class PrismaCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly output: string,
  ) {
    super(`prisma ${args.join(" ")} failed:\n${output.trim()}`);
  }
}

/**
 * Runs the project's Prisma CLI and returns what it printed. Its output stays hidden unless the
 * run fails: on success it says nothing a user needs, and it warns about the schema's literal
 * datasource url, which the driver adapter overrides (see ../shared/STACK.md for why it stays).
 */
export function runPrisma(args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const cli = path.resolve("node_modules", "prisma", "build", "index.js");
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  if (run.status !== 0) throw new PrismaCommandError(args, output || (run.error?.message ?? `exit ${run.status}`));
  return output;
}
