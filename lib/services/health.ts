import "server-only";
import { db } from "../db";
import { checkDatabase } from "../db-client";

/** For GET /api/health: resolves while the app's database answers and, on SQLite, would take a write now. */
export function checkAppDatabase(): Promise<void> {
  return checkDatabase(db);
}
