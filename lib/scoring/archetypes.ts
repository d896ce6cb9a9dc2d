/**
 * The profiles the app's demo data, report tests and benchmarks reuse as realistic results: a
 * fixed selection from the case library (lib/scoring/case-library), in a fixed order (the demo
 * data picks them by position).
 */
import type { TAnswers } from "../questionnaire/schema";
import { CASE_LIBRARY } from "./case-library";
import type { StructureId } from "./types";

export interface Archetype {
  id: string;
  name: string;
  description: string;
  answers: TAnswers;
  /** The structure the sources point to; for a close case, the first of the two it must name. */
  expected: StructureId;
  /** True when the sources leave the choice open, so confidence must not be high. */
  closeCall: boolean;
}

const ARCHETYPE_IDS = [
  "seed_saas",
  "family_manufacturer",
  "professional_services_firm",
  "fintech_scaleup",
  "regional_bank",
  "hospital_network",
  "public_agency",
  "enterprise_software_vendor",
  "midsize_manufacturer_transforming",
  "global_retailer",
  "industrial_conglomerate",
  "insurer_ai",
];

export const ARCHETYPES: readonly Archetype[] = ARCHETYPE_IDS.map((id) => {
  const profile = CASE_LIBRARY.find((candidate) => candidate.id === id);
  if (!profile) throw new Error(`The case library has no profile ${id}.`);
  const { expected } = profile;
  return {
    id,
    name: profile.name,
    description: profile.description,
    answers: profile.answers,
    expected: expected.kind === "clear" ? expected.structure : expected.structures[0],
    closeCall: expected.kind === "close",
  };
});
