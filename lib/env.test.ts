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

  it("reads the single sign-on trust settings as lists and a boolean, trusting nothing by default", () => {
    expect(parseEnv({ NODE_ENV: "development" })).toMatchObject({ OIDC_TRUSTED_EMAIL_DOMAINS: [], OIDC_TRUST_PROVIDER_MFA: false, OIDC_MFA_ACR_VALUES: [] });
    expect(
      parseEnv({ NODE_ENV: "development", OIDC_TRUSTED_EMAIL_DOMAINS: " Example.com, corp.example.org ,", OIDC_TRUST_PROVIDER_MFA: "true", OIDC_MFA_ACR_VALUES: "urn:example:mfa" }),
    ).toMatchObject({ OIDC_TRUSTED_EMAIL_DOMAINS: ["example.com", "corp.example.org"], OIDC_TRUST_PROVIDER_MFA: true, OIDC_MFA_ACR_VALUES: ["urn:example:mfa"] });
  });

  it("refuses a trusted domain that is not a domain, a trust setting that is not true or false, and acr values nobody would read", () => {
    for (const domains of ["@example.com", "*.example.com", "example", "exa mple.com"]) {
      expect(() => parseEnv({ NODE_ENV: "development", OIDC_TRUSTED_EMAIL_DOMAINS: domains })).toThrow(/OIDC_TRUSTED_EMAIL_DOMAINS must be domain names/);
    }
    expect(() => parseEnv({ NODE_ENV: "development", OIDC_TRUST_PROVIDER_MFA: "yes" })).toThrow(/OIDC_TRUST_PROVIDER_MFA must be true or false/);
    expect(() => parseEnv({ NODE_ENV: "development", OIDC_MFA_ACR_VALUES: "urn:example:mfa" })).toThrow(/OIDC_MFA_ACR_VALUES is read only with OIDC_TRUST_PROVIDER_MFA=true/);
  });

  it("refuses a Server Actions key that is not 16, 24 or 32 bytes of base64", () => {
    expect(() => parseEnv({ NODE_ENV: "development", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "too-short" })).toThrow(/32 random bytes in base64/);
  });

  it("runs jobs every 5 s and keeps anonymous drafts 30 days unless told otherwise", () => {
    expect(parseEnv({ NODE_ENV: "development" })).toMatchObject({ JOBS_ENABLED: true, JOBS_POLL_INTERVAL_MS: 5_000, RETENTION_DRAFT_DAYS: 30 });
    expect(parseEnv({ NODE_ENV: "development", JOBS_ENABLED: "false", JOBS_POLL_INTERVAL_MS: "250", RETENTION_DRAFT_DAYS: "7" })).toMatchObject({
      JOBS_ENABLED: false,
      JOBS_POLL_INTERVAL_MS: 250,
      RETENTION_DRAFT_DAYS: 7,
    });
  });

  it("refuses job and retention settings out of range, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "development", JOBS_ENABLED: "yes" })).toThrow(/JOBS_ENABLED must be true or false/);
    expect(() => parseEnv({ NODE_ENV: "development", JOBS_POLL_INTERVAL_MS: "10" })).toThrow(/JOBS_POLL_INTERVAL_MS must be at least 100/);
    expect(() => parseEnv({ NODE_ENV: "development", JOBS_POLL_INTERVAL_MS: "soon" })).toThrow(/JOBS_POLL_INTERVAL_MS/);
    expect(() => parseEnv({ NODE_ENV: "development", RETENTION_DRAFT_DAYS: "0" })).toThrow(/RETENTION_DRAFT_DAYS must be at least 1/);
    expect(() => parseEnv({ NODE_ENV: "development", RETENTION_DRAFT_DAYS: "1.5" })).toThrow(/RETENTION_DRAFT_DAYS must be a whole number/);
  });
});
