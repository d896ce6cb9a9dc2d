/**
 * Another process holding a SQLite file's write lock, as a database tool with `BEGIN EXCLUSIVE`
 * open would: for the outage test and `npm run loadtest -- --db-outage`. (In WAL mode readers go
 * on; writers wait.) No server-only import, since scripts use it outside Next.
 */
import { spawn } from "node:child_process";

export interface HeldLock {
  /** The process holding the lock. */
  pid: number;
  /** Rolls back and ends the process; resolves once the lock is free. */
  release: () => Promise<void>;
}

/** Resolves once the other process holds the lock; it lets go on release(), when this process ends, or after `maxHoldMs`. */
export function holdSqliteWriteLock(file: string, maxHoldMs = 120_000): Promise<HeldLock> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require("better-sqlite3"))(${JSON.stringify(file)}, { timeout: 10000 });
       db.exec("BEGIN EXCLUSIVE");
       console.log("locked");
       const release = () => { db.exec("ROLLBACK"); db.close(); console.log("released"); process.exit(0); };
       process.stdin.once("data", release);
       process.stdin.once("end", release);
       setTimeout(release, ${Number(maxHoldMs)});`,
    ],
    { stdio: ["pipe", "pipe", "inherit"], cwd: process.cwd() },
  );
  let output = "";
  const waitFor = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.split("\n").includes(line) && resolve();
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        check();
      });
      child.once("exit", (code) => (output.split("\n").includes(line) ? resolve() : reject(new Error(`the SQLite lock holder exited with ${code} before "${line}"`))));
      check();
    });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return waitFor("locked").then(() => ({
    pid: child.pid ?? 0,
    release: async () => {
      if (child.exitCode === null && child.signalCode === null) child.stdin.write("release\n");
      await exited;
    },
  }));
}
