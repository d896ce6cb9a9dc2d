import path from "node:path";

/** The absolute path of a `file:` SQLite URL, resolved from the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, ""));
}
