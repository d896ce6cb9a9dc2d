/**
 * `npm run audit:deps`: what the outside world knows about our dependencies today.
 *
 * It is deliberately not part of `npm test`: its answer changes with what the registry publishes,
 * and a test's verdict must not. It fails (exit 1) only on a high or critical advisory that the
 * registry's audit service actually reported. When that service does not answer (this machine's
 * registry answers 405), it says so and lists, for every runtime dependency, the releases newer
 * than the installed one: a notice to act on, never a failure.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
}

function npmRun(args: string[]) {
  const run = spawnSync(npm, args, { encoding: "utf8", timeout: 60_000 });
  return { stdout: run.stdout ?? "", stderr: run.stderr ?? "", status: run.status };
}

function readManifest(file: string): Manifest {
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

function installedVersion(name: string): string | null {
  try {
    return readManifest(path.join(process.cwd(), "node_modules", name, "package.json")).version;
  } catch {
    return null;
  }
}

interface Advisories {
  counts: Record<string, number>;
  serious: string[];
}

/** The audit service's report, or the reason it could not be read. */
function readAdvisories(): Advisories | { unavailable: string } {
  const audit = npmRun(["audit", "--omit=dev", "--json"]);
  let report: {
    metadata?: { vulnerabilities?: Record<string, number> };
    vulnerabilities?: Record<string, { severity?: string }>;
    message?: string;
    error?: { summary?: string };
  };
  try {
    report = JSON.parse(audit.stdout) as typeof report;
  } catch {
    return { unavailable: firstLine(audit.stderr) || "no readable answer" };
  }
  if (report.error || !report.metadata?.vulnerabilities) {
    return { unavailable: report.message ?? report.error?.summary ?? (firstLine(audit.stderr) || "no readable answer") };
  }
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, advisory]) => advisory.severity === "high" || advisory.severity === "critical")
    .map(([name, advisory]) => `${name} (${advisory.severity})`);
  return { counts: report.metadata.vulnerabilities, serious };
}

function firstLine(text: string): string {
  return text.split("\n").map((line) => line.trim()).find((line) => line.length > 0) ?? "";
}

/** Every stable release of a package, or null when the registry does not answer. */
function publishedVersions(name: string): string[] | null {
  const view = npmRun(["view", name, "versions", "--json"]);
  if (view.status !== 0) return null;
  try {
    const parsed = JSON.parse(view.stdout) as string[] | string;
    return (Array.isArray(parsed) ? parsed : [parsed]).filter((version) => semver.valid(version) && !semver.prerelease(version));
  } catch {
    return null;
  }
}

function nodeRangeOf(name: string, version: string): string | undefined {
  const view = npmRun(["view", `${name}@${version}`, "engines.node"]);
  const range = view.stdout.trim();
  return view.status === 0 && range.length > 0 ? range : undefined;
}

function describeRelease(name: string, installed: string, version: string): string {
  const labels: string[] = [];
  if (semver.major(version) !== semver.major(installed)) labels.push("new major");
  const range = nodeRangeOf(name, version);
  if (range !== undefined && !semver.satisfies(process.versions.node, range)) labels.push(`needs Node.js ${range}`);
  return labels.length > 0 ? `${version} (${labels.join("; ")})` : version;
}

function describeNewer(name: string, installed: string, versions: string[]): string {
  const newer = versions.filter((version) => semver.gt(version, installed)).sort(semver.compare);
  if (newer.length === 0) return `  ${name} ${installed}: newest release`;
  const newestInLine = newer.filter((version) => semver.major(version) === semver.major(installed)).at(-1);
  const newest = newer.at(-1);
  const shown = [...new Set([newestInLine, newest].filter((version): version is string => version !== undefined))];
  return `  ${name} ${installed}: newer published: ${shown.map((version) => describeRelease(name, installed, version)).join(", ")}`;
}

function listNewerReleases(): void {
  const dependencies = Object.keys(readManifest(path.join(process.cwd(), "package.json")).dependencies ?? {}).sort();
  console.log(`Releases newer than the installed ones, for the ${dependencies.length} runtime dependencies:`);
  for (const name of dependencies) {
    const installed = installedVersion(name);
    if (installed === null) {
      console.log(`  ${name}: not installed (run npm install first)`);
      continue;
    }
    const versions = publishedVersions(name);
    console.log(versions === null ? `  ${name} ${installed}: the registry did not answer` : describeNewer(name, installed, versions));
  }
  console.log("A newer release is a notice, not a failure: upgrade on purpose, with the whole suite green.");
}

const advisories = readAdvisories();
if ("unavailable" in advisories) {
  console.warn(`npm audit --omit=dev: the registry's audit service did not answer (${advisories.unavailable}); no advisory was checked.`);
  listNewerReleases();
  process.exit(0);
}

console.log(`npm audit --omit=dev: ${JSON.stringify(advisories.counts)}`);
listNewerReleases();
if (advisories.serious.length > 0) {
  console.error(`High or critical advisories in production dependencies: ${advisories.serious.join(", ")}. Run npm audit --omit=dev for details.`);
  process.exit(1);
}
