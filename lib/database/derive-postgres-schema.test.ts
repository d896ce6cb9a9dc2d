import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, DERIVED_HEADER } from "./derive-postgres-schema";

const source = fs.readFileSync("prisma/schema.prisma", "utf8");

describe("derivePostgresSchema", () => {
  it("changes only the provider, the placeholder url and the client output", () => {
    const derived = derivePostgresSchema(source);
    expect(derived.startsWith(DERIVED_HEADER)).toBe(true);
    const body = derived.slice(DERIVED_HEADER.length);
    const changed = body.split("\n").filter((line, index) => line !== source.split("\n")[index]);
    expect(changed.map((line) => line.trim())).toEqual([
      'output     = "../../generated/prisma-postgres"',
      'provider = "postgresql"',
      'url      = "postgresql://localhost:5432/rolefit"',
    ]);
  });

  it("matches the committed PostgreSQL schema", () => {
    expect(fs.readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(derivePostgresSchema(source));
  });

  it("refuses provider-specific native types instead of copying them", () => {
    const withNative = source.replace("name               String", "name               String @db.Text");
    expect(() => derivePostgresSchema(withNative)).toThrow(/not portable/);
  });

  it("refuses a schema it does not recognise", () => {
    expect(() => derivePostgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/provider = "sqlite"/);
  });
});
