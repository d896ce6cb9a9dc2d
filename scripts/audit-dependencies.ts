/**
 * Fails when a production dependency has a high or critical advisory (`npm audit --omit=dev`).
 * When the registry does not offer the audit service (this machine's mirror answers 405), the
 * advisory check cannot run: it says so loudly, and checks instead that the packages facing the
 * internet (the framework, React and the sign-in library) are the newest releases of their major
 * line, since their security fixes ship as new patch releases.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const EXPOSED_PACKAGES = ["next", "react", "react-dom", "next-auth"];

function npmRun(args: string[]) {
  const run = spawnSync(npm, args, { encoding: "utf8" });
  return { stdout: run.stdout ?? "", stderr: run.stderr ?? "", status: run.status };
}

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

function compareVersions(a: string, b: string): number {
  const [left, right] = [a, b].map((version) => version.split(/[.+-]/).slice(0, 3).map(Number));
  for (let index = 0; index < 3; index += 1) {
    const difference = (left?.[index] ?? 0) - (right?.[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The newest published version in the installed version's major line, or null when the registry does not answer. */
function newestInLine(name: string, installed: string): string | null {
  const major = installed.split(".")[0];
  const view = npmRun(["view", `${name}@^${major}`, "version", "--json"]);
  if (view.status !== 0) return null;
  try {
    const parsed = JSON.parse(view.stdout) as string | string[];
    const versions = Array.isArray(parsed) ? parsed : [parsed];
    // The registry lists versions in publication order, and patches of older lines come out late.
    return versions.sort(compareVersions).at(-1) ?? null;
  } catch {
    return null;
  }
}

function checkExposedPackagesAreCurrent(): void {
  const behind: string[] = [];
  for (const name of EXPOSED_PACKAGES) {
    const installed = installedVersion(name);
    const newest = newestInLine(name, installed);
    if (newest === null) {
      console.warn(`  ${name} ${installed}: the registry did not answer; not checked.`);
    } else if (newest !== installed) {
      behind.push(`${name} ${installed} is installed but ${newest} is published`);
    } else {
      console.log(`  ${name} ${installed}: the newest release of its major line.`);
    }
  }
  if (behind.length > 0) {
    console.error(`Update these (a newer release may carry a security fix the advisory check cannot confirm here): ${behind.join("; ")}.`);
    process.exit(1);
  }
}

const audit = npmRun(["audit", "--omit=dev", "--json"]);
const unavailable = /405 Method Not Allowed|audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(audit.stderr + audit.stdout);

if (unavailable) {
  console.warn("npm audit: the registry's audit service is not reachable from here; the advisory check was NOT run.");
  console.warn("Checking instead that the internet-facing packages are the newest releases of their major line:");
  checkExposedPackagesAreCurrent();
  process.exit(0);
}

let report: { metadata?: { vulnerabilities?: Record<string, number> } };
try {
  report = JSON.parse(audit.stdout) as typeof report;
} catch {
  console.error(`npm audit gave no readable report:\n${audit.stderr || audit.stdout}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if (serious > 0) {
  console.error(`${serious} high or critical advisories in production dependencies: run npm audit --omit=dev for details.`);
  process.exit(1);
}
