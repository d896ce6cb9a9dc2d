/**
 * Which database the integration suite runs against: a fresh SQLite file per run by default, or,
 * when INTEGRATION_PROVIDER=postgresql, a fresh database per run on the PostgreSQL server that
 * TEST_POSTGRES_URL names (any database on it; the suite creates and drops its own). The fuzz
 * suite gets a database of its own, so its row counts never see the integration suite's writes.
 */
import path from "node:path";

export interface IntegrationDatabase {
  provider: "sqlite" | "postgresql";
  url: string;
  /** SQLite: the file. PostgreSQL: the database name, and the URL to connect to while creating it. */
  sqliteFile?: string;
  postgres?: { name: string; adminUrl: string };
}

export type TestSuite = "integration" | "fuzz";

export function integrationDatabase(env: NodeJS.ProcessEnv, pid: number, suite: TestSuite = "integration"): IntegrationDatabase {
  if (env.INTEGRATION_PROVIDER === "postgresql") {
    const adminUrl = env.TEST_POSTGRES_URL;
    if (!adminUrl) throw new Error("INTEGRATION_PROVIDER=postgresql needs TEST_POSTGRES_URL, for example postgres://app:app@localhost:5432/postgres");
    const name = `rolefit_${suite === "fuzz" ? "fz" : "it"}_${pid}`;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { provider: "postgresql", url: url.toString(), postgres: { name, adminUrl } };
  }
  const file = path.resolve(".data", `${suite}-${pid}.db`);
  return { provider: "sqlite", url: `file:${file}`, sqliteFile: file };
}
