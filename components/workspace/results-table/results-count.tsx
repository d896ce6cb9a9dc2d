import type { ResultsCount } from "@/lib/services/results-table";
import { RESULTS_COUNT_LIMIT } from "@/lib/validation/portfolio";

export function resultsCountText({ total, capped }: ResultsCount): string {
  if (capped) return `More than ${RESULTS_COUNT_LIMIT.toLocaleString("en-US")} results`;
  return total === 1 ? "1 result" : `${total.toLocaleString("en-US")} results`;
}

/** Streams in after the table's rows: the page does not wait for the count. */
export async function ResultsCountText({ count }: { count: Promise<ResultsCount> }) {
  return <>{resultsCountText(await count)}</>;
}
