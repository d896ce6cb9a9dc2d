/**
 * How one organization's dimension values sit among comparable organizations: the spread of
 * the peers (minimum, quartiles, maximum) and this organization's percentile, per dimension.
 * Shown only for a group large enough that no single client can be picked out of it.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { dimensionsIn } from "../scoring/translations/localize";
import { DIMENSION_IDS, type DimensionId, type DimensionResult } from "../scoring/types";

/**
 * Fewer than five other organizations and the minimum or maximum of a dimension could be read
 * as one client's value by a consultant who knows the group: five keeps each one among several.
 */
export const MIN_PEER_ORGANIZATIONS = 5;

/** An organization is measured by its most recent respondents, so a benchmark reads a bounded number of stored outputs. */
export const PEER_RESPONDENTS_PER_ORGANIZATION = 10;

/** Who counts as a peer and how the benchmark is figured, in words, in a language. */
export function peerBenchmarkRuleIn(locale: Locale): string {
  return translator(locale, "Portfolio")("peerRule", { respondents: PEER_RESPONDENTS_PER_ORGANIZATION, minimum: MIN_PEER_ORGANIZATIONS });
}

export type DimensionValues = Record<DimensionId, number | null>;

export interface SpreadStats {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface PeerDimension {
  dimensionId: DimensionId;
  label: string;
  value: number | null;
  /** Peers with a value on this dimension. */
  peers: number;
  /** Null when fewer than MIN_PEER_ORGANIZATIONS peers have a value. */
  stats: SpreadStats | null;
  /** 0-100; null when there is no value or no stats to place it in. */
  percentile: number | null;
}

export type PeerBenchmark =
  | { status: "hidden"; reason: "too_few_peers" | "no_profile"; minimum: number; rule: string }
  | { status: "shown"; peerCount: number; rule: string; dimensions: PeerDimension[] };

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The mean of each dimension over the results that informed it; null where none did. */
export function meanDimensions(results: readonly DimensionResult[][]): DimensionValues {
  const values = {} as DimensionValues;
  for (const id of DIMENSION_IDS) {
    const informed = results.map((dimensions) => dimensions.find((dimension) => dimension.id === id)?.value ?? null).filter((value): value is number => value !== null);
    values[id] = informed.length > 0 ? round1(informed.reduce((sum, value) => sum + value, 0) / informed.length) : null;
  }
  return values;
}

/** Linear interpolation between the closest ranks, the definition spreadsheets use by default. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("quantile of an empty list");
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (position - below) * (upper - lower);
}

export function spreadStats(values: readonly number[]): SpreadStats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: round1(sorted[0]!),
    q1: round1(quantile(sorted, 0.25)),
    median: round1(quantile(sorted, 0.5)),
    q3: round1(quantile(sorted, 0.75)),
    max: round1(sorted[sorted.length - 1]!),
  };
}

/** Share of the values below this one, ties counting half, as a whole percentage. */
export function percentileOf(value: number, values: readonly number[]): number {
  const below = values.filter((candidate) => candidate < value).length;
  const equal = values.filter((candidate) => candidate === value).length;
  return Math.round((100 * (below + equal / 2)) / values.length);
}

/** Dimension names and the rule in English unless a language is given. */
export function peerBenchmark(own: DimensionValues, peers: readonly DimensionValues[], locale: Locale = DEFAULT_LOCALE): PeerBenchmark {
  const rule = peerBenchmarkRuleIn(locale);
  if (peers.length < MIN_PEER_ORGANIZATIONS) {
    return { status: "hidden", reason: "too_few_peers", minimum: MIN_PEER_ORGANIZATIONS, rule };
  }
  const dimensions = dimensionsIn(locale).map((dimension): PeerDimension => {
    const values = peers.map((peer) => peer[dimension.id]).filter((value): value is number => value !== null);
    const value = own[dimension.id];
    const shown = values.length >= MIN_PEER_ORGANIZATIONS;
    return {
      dimensionId: dimension.id,
      label: dimension.label,
      value,
      peers: values.length,
      stats: shown ? spreadStats(values) : null,
      percentile: shown && value !== null ? percentileOf(value, values) : null,
    };
  });
  return { status: "shown", peerCount: peers.length, rule, dimensions };
}
