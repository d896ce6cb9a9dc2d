/**
 * Which database a DATABASE_URL names, and where that provider's schema and migrations live.
 * SQLite is the embedded default; PostgreSQL runs the same models from a schema derived from
 * the SQLite one (lib/database/derive-postgres-schema.ts), so the two can never disagree.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./.data/rolefit.db";

export function providerOf(databaseUrl: string): DatabaseProvider {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error("DATABASE_URL must be a SQLite file: URL (file:./.data/rolefit.db) or a PostgreSQL URL (postgres://user:password@host:5432/database)");
}

export interface ProviderFiles {
  schema: string;
  migrations: string;
  /** The schema as of the last migration: the next migration is the difference from it. */
  snapshot: string;
}

export const PROVIDER_FILES: Record<DatabaseProvider, ProviderFiles> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations", snapshot: "prisma/schema.snapshot.prisma" },
  postgresql: { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations", snapshot: "prisma/postgres/schema.snapshot.prisma" },
};
