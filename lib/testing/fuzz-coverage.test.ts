/**
 * The fuzz suite (issue #7) cannot fall behind the app: every server action in ACTION_ROWS has a
 * fuzz target in exactly one fuzz file, and every method of every route handler is fuzzed by name.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_ROWS } from "./action-matrix";
import { ACTION_FUZZ, ACTION_FUZZ_GROUPS } from "./fuzz-actions";

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string, matches: (name: string) => boolean): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(relative, matches);
    return matches(entry.name) ? [relative] : [];
  });
}

/** "GET /api/v1/results/{id}" for each method a route file exports; route groups are not part of the URL. */
function routeMethods(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const methods = new Set([...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!));
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of match[1]!.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name[1]!);
  const url = `/${path.posix.dirname(file)}`
    .replace(/^\/app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[([^\]]+)\]/g, "{$1}");
  return [...methods].map((method) => `${method} ${url}`);
}

describe("the fuzz suite covers the whole app", () => {
  it("has a fuzz target for every server action, each in one fuzz file", () => {
    const targets = new Set(ACTION_FUZZ.map((target) => `${target.file} ${target.action}`));
    expect([...new Set(ACTION_ROWS.map((row) => `${row.file} ${row.action}`))].filter((action) => !targets.has(action))).toEqual([]);
    const grouped: string[] = Object.values(ACTION_FUZZ_GROUPS).flat();
    expect([...new Set(ACTION_FUZZ.map((target) => target.file))].filter((file) => grouped.filter((candidate) => candidate === file).length !== 1)).toEqual([]);
  });

  it("fuzzes every method of every route handler", () => {
    const fuzzed = filesUnder("app", (name) => name.endsWith(".fuzz.test.ts")).flatMap((file) =>
      [...fs.readFileSync(path.join(ROOT, file), "utf8").matchAll(/fuzz\(\s*"((?:GET|POST|PUT|PATCH|DELETE) [^" ]+)/g)].map((match) => match[1]!),
    );
    const methods = filesUnder("app", (name) => name === "route.ts").flatMap(routeMethods);
    expect(methods.length).toBeGreaterThan(10);
    expect(methods.filter((method) => !fuzzed.includes(method))).toEqual([]);
  });
});
