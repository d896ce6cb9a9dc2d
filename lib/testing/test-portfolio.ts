/**
 * A small consultant portfolio for the results-table and export tests: two client organizations
 * with distinct profiles, a consultant of both, and results whose every table column is known,
 * so a test can compute the rows it expects and compare them with what the service returns.
 */
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { ARCHETYPES } from "../scoring/archetypes";
import type { StructureId } from "../scoring/types";
import type { ReviewStatus } from "../validation/portfolio";
import { createConsultant, type TestAccount } from "./accounts";
import { createSyntheticOrganization, insertSyntheticResults, scoreAnswers, type ScoredAnswers, type SyntheticOrganization, type SyntheticResult } from "./synthetic-results";

export interface ExpectedRow {
  id: string;
  organizationId: string;
  clientName: string;
  respondentName: string | null;
  respondentRole: string | null;
  recommendation: StructureId;
  confidence: string;
  margin: number;
  industry: string | null;
  sizeBand: string | null;
  reviewStatus: ReviewStatus;
  createdAt: string;
}

/** Archetypes with every structure and every confidence level among them, and four different leads. */
const SAMPLE_ARCHETYPES = ["seed_saas", "fintech_scaleup", "global_retailer", "professional_services_firm"];

let sample: ScoredAnswers[] | undefined;

/** The sample archetypes, scored once per test file. */
export function scoredSample(): ScoredAnswers[] {
  sample ??= SAMPLE_ARCHETYPES.map((id) => {
    const archetype = ARCHETYPES.find((candidate) => candidate.id === id);
    if (!archetype) throw new Error(`No archetype ${id}`);
    return scoreAnswers(archetype.answers);
  });
  return sample;
}

/** Writes the results and returns each one's expected table row, in the order given. */
export async function insertExpected(results: SyntheticResult[]): Promise<ExpectedRow[]> {
  const ids = await insertSyntheticResults(db, results);
  return results.map((result, index) => {
    const organization = result.organization;
    if (!organization) throw new Error("Expected rows are for results inside an organization");
    return {
      id: ids[index] ?? "",
      organizationId: organization.id,
      clientName: organization.name,
      respondentName: result.respondentName ?? null,
      respondentRole: result.respondentRole ?? null,
      recommendation: result.scored.output.recommended,
      confidence: result.scored.output.confidence.level,
      margin: result.scored.output.margin,
      industry: organization.industry,
      sizeBand: organization.sizeBand,
      reviewStatus: result.reviewStatus ?? "new",
      createdAt: (result.createdAt ?? new Date()).toISOString(),
    };
  });
}

export interface TestPortfolio {
  tag: string;
  alpha: SyntheticOrganization;
  beta: SyntheticOrganization;
  consultant: TestAccount;
  rows: ExpectedRow[];
}

function cycle<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error("cycle through an empty list");
  return item;
}

const ROLES = ["ceo", "cfo", "technology_executive", null] as const;
const STATUSES: ReviewStatus[] = ["new", "in_review", "shared"];
const DAY_MS = 24 * 3600 * 1000;

/**
 * `count` results spread over two organizations, three structures and confidence levels, four
 * roles, three review states and five instants, so every sort has ties to break by id.
 */
export async function createTestPortfolio(count: number): Promise<TestPortfolio> {
  const tag = randomUUID().slice(0, 8);
  const alpha = await createSyntheticOrganization(db, { name: `Alpha ${tag}`, industry: "retail", sizeBand: "250_999" });
  const beta = await createSyntheticOrganization(db, { name: `Beta ${tag}`, industry: "energy", sizeBand: "5000_plus" });
  const consultant = await createConsultant([alpha.id, beta.id]);
  const scored = scoredSample();
  const start = Date.parse("2026-02-01T00:00:00.000Z");
  const results: SyntheticResult[] = Array.from({ length: count }, (_, index) => ({
    organization: index % 3 === 0 ? beta : alpha,
    scored: cycle(scored, index),
    respondentName: `Respondent ${String(index).padStart(3, "0")} ${tag}`,
    respondentRole: cycle(ROLES, index),
    reviewStatus: cycle(STATUSES, index),
    // Five distinct instants: most rows tie on the date with others.
    createdAt: new Date(start + (index % 5) * DAY_MS),
  }));
  return { tag, alpha, beta, consultant, rows: await insertExpected(results) };
}
