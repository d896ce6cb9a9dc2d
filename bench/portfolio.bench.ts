/**
 * The consultant's results table at 1,000 and 100,000 results: server time of the first page, a
 * deep page (90% through), a filtered page and a search page, as the page and the API get them
 * (listResults, called directly); the count of matching results the page streams in after its
 * rows (countResults); and the full CSV export with its peak memory. Each size has
 * its own SQLite file under .data/, seeded by scripts/seed-portfolio.ts when missing, and is
 * measured in a child process, so the two never share a database client or a memory peak.
 */
import { percentile } from "../lib/loadtest/latency";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const PORTFOLIO_SIZES = [1_000, 100_000] as const;

const RUNS = 100;
const WARM_UP_RUNS = 10;

export interface PortfolioTiming {
  name: string;
  medianMs: number;
  p95Ms: number;
}

export interface PortfolioBenchResult {
  results: number;
  pages: PortfolioTiming[];
  export: { ms: number; rows: number; megabytes: number; peakRssMb: number; baselineRssMb: number };
}

async function time(name: string, run: () => Promise<unknown>): Promise<PortfolioTiming> {
  for (let warm = 0; warm < WARM_UP_RUNS; warm += 1) await run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
}

/** Runs in the child process, where the services load with DATABASE_URL naming this size's file. */
async function measure(): Promise<PortfolioBenchResult> {
  const [{ db }, { countResults, listResults, resolveResultsQuery }, { csvChunks, openResultsExport }, { encodeCursor }, { PORTFOLIO_CONSULTANT_EMAIL }] = await Promise.all([
    import("../lib/db"),
    import("../lib/services/results-table"),
    import("../lib/services/results-export"),
    import("../lib/portfolio/cursor"),
    import("../scripts/seed-portfolio"),
  ]);
  // The actor exactly as the session reader builds it for this consultant.
  const user = await db.user.findUniqueOrThrow({ where: { email: PORTFOLIO_CONSULTANT_EMAIL }, include: { memberships: true } });
  const actor = {
    kind: "user" as const,
    userId: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: false,
    mustEnrollTotp: false,
    memberships: user.memberships.map((membership) => ({ organizationId: membership.organizationId, role: membership.role as "consultant" })),
  };
  // Fresh statistics for the planner, as after the seed: migrations since may have added indexes.
  await db.$executeRawUnsafe("ANALYZE");
  const { where, orderBy } = await resolveResultsQuery(actor, {});
  const total = await db.result.count({ where });
  const [deep] = await db.result.findMany({ where, orderBy, skip: Math.floor(total * 0.9), take: 1, select: { id: true, createdAt: true } });
  if (!deep) throw new Error("The portfolio database is empty");
  const after = encodeCursor({ sort: "date", dir: "desc", value: deep.createdAt.toISOString(), id: deep.id });

  const filtered = { recommendation: "separate", industry: "financial_services" };
  const search = { q: "harbor" };
  const pages = [
    await time("first page", () => listResults(actor, {})),
    await time("deep page (90% through)", () => listResults(actor, { after })),
    await time("filtered page (structure + industry)", () => listResults(actor, filtered)),
    await time('search page ("harbor")', () => listResults(actor, search)),
    await time("count, all results", () => countResults(actor, {})),
    await time("count, filtered", () => countResults(actor, filtered)),
    await time('count, search ("harbor")', () => countResults(actor, search)),
  ];

  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  let bytes = 0;
  let rows = -1;
  const start = performance.now();
  try {
    for await (const chunk of csvChunks(await openResultsExport(actor, {}))) {
      bytes += Buffer.byteLength(chunk);
      rows += chunk.split("\r\n").length - 1;
    }
  } finally {
    clearInterval(sampler);
  }
  const megabyte = 1024 * 1024;
  return {
    results: total,
    pages,
    export: { ms: performance.now() - start, rows, megabytes: bytes / megabyte, peakRssMb: peakRss / megabyte, baselineRssMb: baselineRss / megabyte },
  };
}

function databaseFile(results: number): string {
  return path.resolve(".data", `bench-portfolio-${results}.db`);
}

/** Runs a command quietly; its output is shown only when it fails. */
function quietly(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  try {
    execFileSync(process.execPath, args, { stdio: "pipe", env, maxBuffer: 10 * 1024 * 1024 });
  } catch (error) {
    const output = error instanceof Error && "stderr" in error ? String((error as { stderr: unknown }).stderr) : "";
    throw new Error(`${args.join(" ")} failed:\n${output}`);
  }
}

function migrate(file: string): void {
  quietly([path.resolve("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" });
}

/**
 * A file from an earlier run gets the migrations added since, so the benchmark measures the
 * current schema. A new one is seeded into a temporary file renamed at the end, so an
 * interrupted seed is never taken for a finished one.
 */
function ensureSeeded(results: number): string {
  const file = databaseFile(results);
  if (fs.existsSync(file)) {
    migrate(file);
    return file;
  }
  const partial = `${file}.partial`;
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(partial + suffix, { force: true });
  console.error(`Seeding ${results.toLocaleString("en-US")} results into ${path.relative(process.cwd(), file)} (once)...`);
  quietly(["--import", "tsx", path.resolve("scripts", "seed-portfolio.ts"), "--results", String(results), "--database", `file:${partial}`]);
  fs.renameSync(partial, file);
  return file;
}

export function runPortfolioBench(sizes: readonly number[] = PORTFOLIO_SIZES): PortfolioBenchResult[] {
  return sizes.map((results) => {
    const file = ensureSeeded(results);
    // The react-server condition is how Next loads server code: it turns the "server-only" guard into a no-op.
    const output = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", __filename, "--measure"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent" },
      maxBuffer: 10 * 1024 * 1024,
    });
    return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as PortfolioBenchResult;
  });
}

function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/** One table: every page at each size (median and p95) and the ratio of the largest size's p95 to the smallest's. */
export function formatPortfolioBench(results: PortfolioBenchResult[]): string[] {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last) return [];
  const width = Math.max(...first.pages.map((page) => page.name.length), "CSV export, every row".length);
  const header = results.map((result) => `${`${result.results.toLocaleString("en-US")} results: median`.padStart(26)} ${"p95".padStart(10)}`).join("  ");
  const lines = [`${"results table (SQLite)".padEnd(width)}  ${header}  ${"p95 ratio".padStart(10)}`];
  first.pages.forEach((page, index) => {
    const cells = results.map((result) => {
      const timing = result.pages[index];
      return timing ? `${formatMs(timing.medianMs).padStart(26)} ${formatMs(timing.p95Ms).padStart(10)}` : "";
    });
    const ratio = (last.pages[index]?.p95Ms ?? Number.NaN) / page.p95Ms;
    lines.push(`${page.name.padEnd(width)}  ${cells.join("  ")}  ${`${ratio.toFixed(1)}x`.padStart(10)}`);
  });
  const exports = results.map((result) => `${formatMs(result.export.ms).padStart(26)} ${`${result.export.peakRssMb.toFixed(0)} MB`.padStart(10)}`);
  lines.push(`${"CSV export, every row".padEnd(width)}  ${exports.join("  ")}  ${"(time, peak RSS)".padStart(10)}`);
  for (const result of results) {
    lines.push(
      `  ${result.results.toLocaleString("en-US")} results: ${result.export.rows.toLocaleString("en-US")} rows, ${result.export.megabytes.toFixed(1)} MB of CSV, resident memory ${result.export.baselineRssMb.toFixed(0)} MB before the export`,
    );
  }
  return lines;
}

if (process.argv.includes("--measure")) {
  measure().then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
