/**
 * The columns a result is filtered, sorted and searched by in the consultant workspace, derived
 * once at submission. A client organization's own profile wins over the respondent's answers,
 * because the consultant set it and every respondent of the organization should group together.
 */
import type { TAnswers } from "../questionnaire/schema";
import type { ScoringOutput } from "../scoring/types";
import { ORGANIZATION_SIZE_BANDS } from "../validation/organizations";

export type SizeBandId = (typeof ORGANIZATION_SIZE_BANDS)[number]["id"];

/** Lower bounds of the size bands, largest first. */
const BAND_FLOORS: readonly [number, SizeBandId][] = [
  [5000, "5000_plus"],
  [1000, "1000_4999"],
  [250, "250_999"],
  [50, "50_249"],
  [1, "1_49"],
];

export function sizeBandForEmployees(employees: unknown): SizeBandId | null {
  if (typeof employees !== "number" || !Number.isFinite(employees) || employees < 1) return null;
  return BAND_FLOORS.find(([floor]) => employees >= floor)?.[1] ?? null;
}

export interface ResultColumnsInput {
  answers: TAnswers;
  output: Pick<ScoringOutput, "margin" | "recommended">;
  details: { organizationName?: string | undefined; respondentName?: string | undefined };
  organization: { id: string; name: string; industry: string | null; sizeBand: string | null } | null;
}

export interface ResultColumns {
  organizationId: string | null;
  clientName: string;
  searchText: string;
  industry: string | null;
  sizeBand: string | null;
  margin: number;
  /** At submission the model's recommendation; a consultant's override replaces it (lib/services/result-review.ts). */
  recommendationInForce: string;
}

/** Case-folded the same way for stored text and for search terms, so search ignores case on every database. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function resultColumns({ answers, output, details, organization }: ResultColumnsInput): ResultColumns {
  const clientName = organization?.name ?? details.organizationName ?? "";
  const answeredIndustry = typeof answers.industry === "string" ? answers.industry : null;
  return {
    organizationId: organization?.id ?? null,
    clientName,
    searchText: foldForSearch(`${clientName} ${details.respondentName ?? ""}`.trim()),
    industry: organization?.industry ?? answeredIndustry,
    sizeBand: organization?.sizeBand ?? sizeBandForEmployees(answers.employees),
    margin: output.margin,
    recommendationInForce: output.recommended,
  };
}
