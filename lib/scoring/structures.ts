/** The three leadership structures the model chooses between, as the sources describe them. */
import { Q } from "./citations";
import type { Citation, StructureId } from "./types";

export interface Structure {
  id: StructureId;
  name: string;
  description: string;
  citations: Citation[];
}

const STRUCTURE_LIST: Structure[] = [
  {
    id: "separate",
    name: "Separate CIO and CTO",
    description:
      "Two peers at the top of technology: a CIO for internal systems, security and governance, and a CTO for products, architecture and innovation, each with dedicated attention.",
    citations: [Q.s3LargeMature, Q.s3DedicatedAttention, Q.s4BigCompanies, Q.s2Pillars],
  },
  {
    id: "ctio",
    name: "Combined CTIO",
    description:
      "One executive covers both the internal and the product remit, which keeps decisions fast while the company is small or optimising for speed.",
    citations: [Q.s2SmallFirms, Q.s3Startups, Q.s3BothHats],
  },
  {
    id: "cdo",
    name: "CDO over CIO and CTO",
    description:
      "A Chief Digital Officer leads a distinct CIO and CTO and governs the platforms and transformation that span internal operations and customer products.",
    citations: [Q.s2LargerCdo, Q.s2JointGovernance],
  },
];

/** Keyed by id for rendering (`STRUCTURES[id].name`); iterate with STRUCTURE_IDS for a fixed order. */
export const STRUCTURES = Object.fromEntries(STRUCTURE_LIST.map((structure) => [structure.id, structure])) as Record<StructureId, Structure>;

export function structureById(id: StructureId): Structure {
  return STRUCTURES[id];
}
