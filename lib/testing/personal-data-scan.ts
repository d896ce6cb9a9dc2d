/**
 * Searches every column of every table in the test database for strings (an email, a name),
 * whatever its type: text, JSON, bytes. Tables and columns are read from the database's own
 * catalogue, so a table or column added later is scanned without anyone listing it here.
 */
import { db } from "../db";
import { providerOf } from "../database/provider";

export interface Sighting {
  table: string;
  column: string;
  needle: string;
}

const onPostgres = () => providerOf(process.env.DATABASE_URL ?? "") === "postgresql";

async function columnsOfEveryTable(): Promise<{ table: string; column: string }[]> {
  if (onPostgres()) {
    return db.$queryRawUnsafe<{ table: string; column: string }[]>(
      `SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
    );
  }
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
  );
  const columns: { table: string; column: string }[] = [];
  for (const { name } of tables) {
    const info = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${name.replaceAll("'", "''")}')`);
    for (const column of info) columns.push({ table: name, column: column.name });
  }
  return columns;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Every (table, column) holding any of the needles, ignoring case. */
export async function findEverywhere(needles: string[]): Promise<Sighting[]> {
  const sightings: Sighting[] = [];
  const parameter = onPostgres() ? "$1" : "?";
  for (const { table, column } of await columnsOfEveryTable()) {
    for (const needle of needles) {
      const rows = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
        `SELECT COUNT(*) AS n FROM ${quoted(table)} WHERE LOWER(CAST(${quoted(column)} AS TEXT)) LIKE ${parameter}`,
        `%${needle.toLowerCase()}%`,
      );
      if (Number(rows[0]?.n ?? 0) > 0) sightings.push({ table, column, needle });
    }
  }
  return sightings;
}

/** The tables the scan reads: a guard that the catalogue query found the whole schema. */
export async function scannedTables(): Promise<string[]> {
  return [...new Set((await columnsOfEveryTable()).map((entry) => entry.table))].sort();
}
