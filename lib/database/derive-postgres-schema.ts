/**
 * The PostgreSQL schema is the SQLite schema with another datasource and client output. The
 * source schema uses only portable types and defaults, so nothing else needs translating; the
 * derivation refuses anything it does not recognise rather than guess.
 */
export const DERIVED_HEADER =
  "// Derived from prisma/schema.prisma by npm run db:migrate:new (lib/database/derive-postgres-schema.ts). Do not edit: change the source schema and run that command.\n\n";

function replaceOnce(source: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = source.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`));
  if (matches?.length !== 1) throw new Error(`Expected exactly one ${what} in prisma/schema.prisma, found ${matches?.length ?? 0}`);
  return source.replace(pattern, replacement);
}

export function derivePostgresSchema(sqliteSchema: string): string {
  const sqliteOnly = sqliteSchema.match(/@db\.\w+/);
  if (sqliteOnly) throw new Error(`prisma/schema.prisma uses something that is not portable: ${sqliteOnly[0].slice(0, 40)}`);
  let schema = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'provider = "sqlite"');
  schema = replaceOnce(schema, /url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost:5432/rolefit"', "file: datasource url");
  schema = replaceOnce(schema, /output\s*=\s*"\.\.\/generated\/prisma"/, 'output     = "../../generated/prisma-postgres"', "client output");
  return DERIVED_HEADER + schema;
}
