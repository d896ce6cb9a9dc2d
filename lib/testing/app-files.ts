/** The app's pages and route handlers as files, and the methods a route file exports, read from its source. */
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

export function filesUnder(dir: string, names: string[]): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(relative, names));
    else if (names.includes(entry.name)) found.push(relative);
  }
  return found;
}

export function exportedMethods(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const methods = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of match[1]!.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name[1]!);
  }
  return [...methods].sort();
}

/** The URL path a route file serves: route groups "(name)" take no part in it. */
export function routePathOf(file: string): string {
  return `/${file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`.split("/").filter((segment) => !/^\(.*\)$/.test(segment)).join("/");
}
