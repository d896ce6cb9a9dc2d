import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const KEY = Buffer.alloc(32, 7).toString("base64");
const SECRET = "s".repeat(40);
const POSTGRES = "postgres://app:app@db.internal:5432/rolefit";

describe("parseEnv", () => {
  it("starts the embedded default with no variables at all", () => {
    expect(parseEnv({ NODE_ENV: "production" }).DATABASE_URL).toBe("file:./.data/rolefit.db");
  });

  it("accepts PostgreSQL URLs and refuses other databases with a message naming both choices", () => {
    expect(parseEnv({ NODE_ENV: "development", DATABASE_URL: POSTGRES }).DATABASE_URL).toBe(POSTGRES);
    expect(() => parseEnv({ NODE_ENV: "development", DATABASE_URL: "mysql://localhost/rolefit" })).toThrow(/DATABASE_URL must be a SQLite file: URL .* or a PostgreSQL URL/);
  });

  it("refuses to start in production on PostgreSQL without the secrets every instance must share", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: POSTGRES })).toThrow(
      /AUTH_SECRET is required in production on PostgreSQL[\s\S]*NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required in production on PostgreSQL/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: POSTGRES, AUTH_SECRET: SECRET })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required/);
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: POSTGRES, AUTH_SECRET: SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY }).AUTH_SECRET).toBe(SECRET);
  });

  it("lets development on PostgreSQL run without them", () => {
    expect(() => parseEnv({ NODE_ENV: "development", DATABASE_URL: POSTGRES })).not.toThrow();
  });

  it("refuses a Server Actions key that is not 16, 24 or 32 bytes of base64", () => {
    expect(() => parseEnv({ NODE_ENV: "development", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "too-short" })).toThrow(/32 random bytes in base64/);
  });
});
