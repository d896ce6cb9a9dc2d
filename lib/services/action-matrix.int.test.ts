/**
 * Every server action's service against every kind of actor, on a fresh world per cell, against a
 * real SQLite file. The rows and the verdict rule are in lib/testing/action-matrix.ts.
 */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import {
  ACTION_ROWS,
  ACTORS,
  EXPECTED_ACTION_CELLS,
  createServiceWorld,
  describeOutcome,
  settle,
  verdictOf,
} from "../testing/action-matrix";
import { DomainError } from "../errors";

afterAll(async () => {
  await db.$disconnect();
});

describe("the server-action authorization matrix", () => {
  it("classifies outcomes by who is asking, and anything unforeseen as unexpected", () => {
    const refused = (status: ConstructorParameters<typeof DomainError>[0], code: string) => ({ ok: false as const, error: new DomainError(status, code, code) });
    expect(verdictOf({ ok: true })).toBe("allow");
    expect(verdictOf(refused("conflict", "totp_already_enabled"))).toBe("allow");
    expect(verdictOf(refused("invalid", "invalid_request"))).toBe("allow");
    expect(verdictOf(refused("unauthenticated", "sign_in_required"))).toBe("deny");
    expect(verdictOf(refused("forbidden", "consultants_only"))).toBe("deny");
    expect(verdictOf(refused("not_found", "organization_not_found"))).toBe("deny");
    expect(verdictOf(refused("forbidden", "wrong_password"))).toBe("unexpected: 403 wrong_password");
    expect(verdictOf({ ok: false, error: new Error("boom") })).toBe("unexpected: Error: boom");
  });

  it("answers each kind of actor as the matrix says, for every action", async () => {
    const differences: string[] = [];
    let cells = 0;
    for (const row of ACTION_ROWS) {
      for (const actor of ACTORS) {
        cells += 1;
        const world = await createServiceWorld(row.world);
        const outcome = await settle(row.run(world.actors[actor], world));
        const got = verdictOf(outcome);
        if (got !== row.expect[actor]) {
          differences.push(`${row.action} (${row.service}) on ${row.target} as ${actor}: expected ${row.expect[actor]}, got ${got} (${describeOutcome(outcome)})`);
        }
      }
    }
    expect(cells).toBe(ACTION_ROWS.length * ACTORS.length);
    expect(cells).toBe(EXPECTED_ACTION_CELLS);
    expect(differences).toEqual([]);
  }, 300_000);
});
