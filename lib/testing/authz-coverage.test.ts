/**
 * A new page or route handler cannot ship unchecked: each one in app/ must appear in the
 * authorization matrix (e2e/authz-matrix.ts), and each HTTP method a route exports must be
 * exercised there.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TARGETS } from "../../e2e/authz-matrix";
import { ROOT, exportedMethods, filesUnder } from "./app-files";

describe("the authorization matrix covers the whole app", () => {
  it("lists every page", () => {
    const pages = filesUnder("app", ["page.tsx"]);
    const covered = new Set(TARGETS.map((target) => target.file));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((page) => !covered.has(page))).toEqual([]);
  });

  it("exercises every method of every route handler", () => {
    const routes = filesUnder("app", ["route.ts"]);
    const missing: string[] = [];
    for (const route of routes) {
      const methods = exportedMethods(route);
      expect(methods.length, route).toBeGreaterThan(0);
      for (const method of methods) {
        if (!TARGETS.some((target) => target.file === route && target.method === method)) missing.push(`${method} ${route}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // Importing the services takes about a second on a quiet machine and several on a busy one.
  it("lists every server action", async () => {
    // Loaded here, not at the top: the action matrix brings the services and the database client with it.
    const { ACTION_ROWS } = await import("./action-matrix");
    const sourceFiles = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.posix.join(dir, entry.name);
        if (entry.isDirectory()) return sourceFiles(relative);
        return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [relative] : [];
      });
    // The directive must be the first statement; only comments and blank space may come before it.
    const directive = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(["'])use server\1/;
    const actions: string[] = [];
    for (const file of sourceFiles("app")) {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      if (!directive.test(source)) continue;
      const names = new Set<string>();
      for (const match of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g)) names.add(match[1]!);
      for (const match of source.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1]!);
      if (/export\s+default\b/.test(source)) names.add("default");
      for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const item of match[1]!.split(",")) {
          const name = item.trim().split(/\s+as\s+/).pop()?.trim();
          if (name && !item.trim().startsWith("type ")) names.add(name);
        }
      }
      expect(names.size, `${file} says "use server" but exports no function`).toBeGreaterThan(0);
      for (const name of names) actions.push(`${file}#${name}`);
    }
    const covered = new Set(ACTION_ROWS.map((row) => `${row.file}#${row.action}`));
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((action) => !covered.has(action))).toEqual([]);
    expect([...covered].filter((action) => !actions.includes(action))).toEqual([]);
  }, 30_000);

  it("names only files that exist", () => {
    expect(TARGETS.filter((target) => !fs.existsSync(path.join(ROOT, target.file))).map((target) => target.file)).toEqual([]);
  });
});
