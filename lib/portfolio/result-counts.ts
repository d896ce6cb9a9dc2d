/**
 * Submitted results counted by the structure in force, per size band or industry, grouped by the
 * result's own columns: exactly what the results table filters on, so each count can open the
 * results behind it. (The organization charts group by organization profile instead.)
 */
import { STRUCTURE_IDS, type StructureId } from "../scoring/types";

export interface ResultCountRow {
  /** The result's size band or industry; null where neither the organization's profile nor the answers give one. */
  key: string | null;
  recommendation: string;
  count: number;
}

export interface ResultCountGroup {
  /** The filter value that selects these results in the table, or null for the group no filter can select. */
  filter: string | null;
  label: string;
  results: Record<StructureId, number>;
  total: number;
}

export function resultCountGroups(rows: readonly ResultCountRow[], list: readonly { id: string; label: string }[], notSetLabel: string): ResultCountGroup[] {
  const empty = (): Record<StructureId, number> => ({ separate: 0, ctio: 0, cdo: 0 });
  const byKey = new Map<string | null, Record<StructureId, number>>();
  for (const row of rows) {
    if (!(STRUCTURE_IDS as readonly string[]).includes(row.recommendation)) continue;
    const known = row.key !== null && list.some((item) => item.id === row.key) ? row.key : null;
    const results = byKey.get(known) ?? empty();
    results[row.recommendation as StructureId] += row.count;
    byKey.set(known, results);
  }
  const groups = [...list.map((item) => ({ filter: item.id, label: item.label })), { filter: null, label: notSetLabel }];
  return groups.flatMap((group) => {
    const results = byKey.get(group.filter);
    if (!results) return [];
    const total = STRUCTURE_IDS.reduce((sum, id) => sum + results[id], 0);
    return total > 0 ? [{ ...group, results, total }] : [];
  });
}
