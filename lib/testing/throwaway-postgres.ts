/**
 * A PostgreSQL server of its own, in a temporary directory on a free loopback port, that a test or
 * the load test may stop and start again (the shared server on 5432 must never be stopped). It
 * needs the server binaries (initdb, pg_ctl: Debian's `postgresql` package, or PG_BIN naming their
 * directory); as root they run as the `postgres` user, since PostgreSQL refuses to run as root.
 * No server-only import, since scripts use it outside Next.
 */
import { execFile, execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface ThrowawayPostgres {
  /** postgres://…@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  /** `pg_ctl stop -m fast`: sessions are terminated (57P01), then new connections are refused. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server if it runs and deletes its directory. */
  destroy: () => void;
}

/** The directory of initdb and pg_ctl: PG_BIN, pg_config's answer, or the newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinaries(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // No pg_config on the PATH.
  }
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debian, version, "bin")));
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** As root, the uid and gid of the `postgres` user, for the server's commands. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error("PostgreSQL refuses to run as root, and there is no `postgres` user to run it as: create one (useradd --system postgres) or run as another user.");
  }
}

/** initdb into a new temporary directory and start the server; throws a message naming what is missing. */
export async function startThrowawayPostgres(database = "rolefit"): Promise<ThrowawayPostgres> {
  const bin = postgresBinaries();
  if (!bin) {
    throw new Error(
      "A PostgreSQL this run may stop needs the server binaries initdb and pg_ctl, which were not found (looked at PG_BIN, pg_config --bindir and /usr/lib/postgresql/*/bin). Install them (apt-get install postgresql) or set PG_BIN to their directory.",
    );
  }
  const user = serverUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-pg-"));
  const data = path.join(dir, "data");
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(path.join(dir, "password"), `${password}\n`, { mode: 0o600 });
  if (user) {
    fs.chownSync(dir, user.uid, user.gid);
    fs.chownSync(path.join(dir, "password"), user.uid, user.gid);
  }
  const port = await freePort();
  const options: ExecFileSyncOptions = { stdio: ["ignore", "pipe", "pipe"], cwd: dir, ...user, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8" } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv };
  const failure = (command: string, args: string[], error: unknown) => {
    const output = error as { stderr?: Buffer | string; stdout?: Buffer | string };
    return new Error(`${command} ${args.join(" ")} failed: ${(output.stderr ?? output.stdout ?? "").toString().trim() || String(error)}`);
  };
  const run = (command: string, args: string[]) => {
    try {
      execFileSync(path.join(bin, command), args, options);
    } catch (error) {
      throw failure(command, args, error);
    }
  };
  // Stopping and starting without blocking this process: a load test measures requests meanwhile.
  const runAsync = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      execFile(path.join(bin, command), args, { cwd: dir, uid: user?.uid, gid: user?.gid, env: options.env }, (error, stdout, stderr) =>
        error ? reject(failure(command, args, { stderr, stdout, message: error.message })) : resolve(),
      );
    });
  run("initdb", ["-D", data, "-U", "rolefit", "--auth=scram-sha-256", `--pwfile=${path.join(dir, "password")}`, "-E", "UTF8", "--no-instructions"]);
  // Loopback TCP only, with the Unix socket in the temporary directory rather than /var/run/postgresql.
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`;
  let running = false;
  const startArgs = ["start", "-D", data, "-w", "-t", "60", "-l", path.join(dir, "server.log"), "-o", serverOptions];
  const stopArgs = (mode: "fast" | "immediate") => ["stop", "-D", data, "-w", "-t", "60", "-m", mode];
  try {
    run("pg_ctl", startArgs);
    running = true;
    const admin = `postgres://rolefit:${password}@127.0.0.1:${port}/postgres`;
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${database}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    if (running) run("pg_ctl", stopArgs("immediate"));
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://rolefit:${password}@127.0.0.1:${port}/${database}`,
    port,
    stop: async () => {
      await runAsync("pg_ctl", stopArgs("fast"));
      running = false;
    },
    start: async () => {
      await runAsync("pg_ctl", startArgs);
      running = true;
    },
    destroy: () => {
      try {
        if (running) run("pg_ctl", stopArgs("immediate"));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
