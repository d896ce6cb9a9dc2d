import { describe, expect, it } from "vitest";
import { ROLE_WEIGHT, WEIGHTED_ROLES, ZRoleWeightsUpdate, readRoleWeights, storedRoleWeights, weightForRole } from "./aggregation";

describe("role weights", () => {
  it("reads the weights form: one field per role, blanks and missing roles at the default", () => {
    const parsed = ZRoleWeightsUpdate.parse({ organizationId: "org1", ceo: "2.5", cfo: "0", coo: "" });
    expect(parsed).toMatchObject({ organizationId: "org1", ceo: 2.5, cfo: 0, coo: 1, unspecified: 1, board_member: 1 });
    expect(Object.keys(parsed).sort()).toEqual(["organizationId", ...WEIGHTED_ROLES.map((role) => role.id)].sort());
  });

  it.each([["-0.5"], ["5.5"], ["1.25"], ["two"], [Number.NaN]])("refuses the weight %s", (weight) => {
    const parsed = ZRoleWeightsUpdate.safeParse({ organizationId: "org1", ceo: weight });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["ceo"]);
    expect(parsed.error?.issues[0]?.message).toContain("from 0 to 5 in steps of 0.5");
  });

  it("refuses unknown roles and a malformed organization id", () => {
    expect(ZRoleWeightsUpdate.safeParse({ organizationId: "org1", cto: "2" }).error?.issues[0]?.message).toBe("Unknown field: cto.");
    expect(ZRoleWeightsUpdate.safeParse({ organizationId: "../org", ceo: "2" }).error?.issues[0]?.path).toEqual(["organizationId"]);
  });

  it("reads stored JSON tolerantly: anything missing, unknown or out of bounds weighs the default", () => {
    expect(readRoleWeights(null).ceo).toBe(ROLE_WEIGHT.default);
    expect(readRoleWeights([2]).ceo).toBe(ROLE_WEIGHT.default);
    const weights = readRoleWeights({ ceo: 2, cfo: 9, coo: "3", board_member: 0, intruder: 4 });
    expect(weights).toMatchObject({ ceo: 2, cfo: 1, coo: 1, board_member: 0 });
    expect(weights).not.toHaveProperty("intruder");
  });

  it("stores only the roles that differ from the default", () => {
    expect(storedRoleWeights(readRoleWeights({ ceo: 2, cfo: 1, unspecified: 0 }))).toEqual({ ceo: 2, unspecified: 0 });
    expect(storedRoleWeights(readRoleWeights(null))).toEqual({});
  });

  it("weighs a respondent by role, and a missing or unknown role as not given", () => {
    const weights = readRoleWeights({ ceo: 3, unspecified: 0.5 });
    expect(weightForRole(weights, "ceo")).toBe(3);
    expect(weightForRole(weights, "cfo")).toBe(1);
    expect(weightForRole(weights, null)).toBe(0.5);
    expect(weightForRole(weights, "chief_of_staff")).toBe(0.5);
  });
});
