/**
 * Role weights for combining an organization's respondents: the form that changes them, the
 * server action and the service parse with the same schema, and the stored JSON is read back
 * through the same bounds so a hand-edited row can never weigh outside them.
 */
import { z } from "zod";
import { RESPONDENT_ROLES } from "./assessment";
import { ZRecordId } from "./organizations";
import { unknownField } from "./text";

/** Respondents who did not give a role are weighted under this id. */
export const UNSPECIFIED_ROLE = "unspecified";

/** The roles weights are set for; each language names them (lib/portfolio/aggregate.ts, roleLabel). */
export const WEIGHTED_ROLES: readonly { id: string }[] = [...RESPONDENT_ROLES, { id: UNSPECIFIED_ROLE }];

export type WeightedRoleId = (typeof RESPONDENT_ROLES)[number]["id"] | typeof UNSPECIFIED_ROLE;

/** Half steps up to 5: enough to say "counts double" or "counts not at all" without false precision. */
export const ROLE_WEIGHT = { min: 0, max: 5, step: 0.5, default: 1 } as const;

/** Every role's weight, roles left out of the stored JSON at the default. */
export type RoleWeights = Record<string, number>;


function isValidWeight(value: number): boolean {
  return value >= ROLE_WEIGHT.min && value <= ROLE_WEIGHT.max && Number.isInteger(value / ROLE_WEIGHT.step);
}

const weightMessage = `A weight is a number from ${ROLE_WEIGHT.min} to ${ROLE_WEIGHT.max} in steps of ${ROLE_WEIGHT.step}.`;

const ZWeight = z.preprocess(
  // An empty control means "not given": that role keeps the default weight.
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.coerce.number({ error: weightMessage }).refine(isValidWeight, weightMessage).default(ROLE_WEIGHT.default),
);

/** The form posts one field per role, named by the role id, beside the organization's id. */
export const ZRoleWeightsUpdate = z.strictObject(
  { organizationId: ZRecordId, ...Object.fromEntries(WEIGHTED_ROLES.map((role) => [role.id, ZWeight])) } as { organizationId: typeof ZRecordId } & Record<
    WeightedRoleId,
    typeof ZWeight
  >,
  unknownField,
);

export type TRoleWeightsUpdate = z.infer<typeof ZRoleWeightsUpdate>;

const ZStoredWeights = z.record(z.string(), z.unknown());

/** Every role at its stored weight; anything missing or out of bounds in the stored JSON reads as the default. */
export function readRoleWeights(stored: unknown): RoleWeights {
  const parsed = ZStoredWeights.safeParse(stored);
  const source = parsed.success ? parsed.data : {};
  const weights: RoleWeights = {};
  for (const role of WEIGHTED_ROLES) {
    const value = source[role.id];
    weights[role.id] = typeof value === "number" && isValidWeight(value) ? value : ROLE_WEIGHT.default;
  }
  return weights;
}

/** What is stored: only the roles that differ from the default, so "roles left out weigh 1" stays true. */
export function storedRoleWeights(weights: RoleWeights): Record<string, number> {
  const stored: Record<string, number> = {};
  for (const role of WEIGHTED_ROLES) {
    const value = weights[role.id] ?? ROLE_WEIGHT.default;
    if (value !== ROLE_WEIGHT.default) stored[role.id] = value;
  }
  return stored;
}

/** The role a respondent is weighted under: their own, or "not given" when it is missing or not in the list. */
export function weightedRoleOf(role: string | null): string {
  return role !== null && WEIGHTED_ROLES.some((candidate) => candidate.id === role) ? role : UNSPECIFIED_ROLE;
}

export function weightForRole(weights: RoleWeights, role: string | null): number {
  return weights[weightedRoleOf(role)] ?? ROLE_WEIGHT.default;
}
