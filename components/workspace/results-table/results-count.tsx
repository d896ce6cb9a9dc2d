import { getTranslations } from "next-intl/server";
import type { ResultsCount } from "@/lib/services/results-table";
import { RESULTS_COUNT_LIMIT } from "@/lib/validation/portfolio";

/** Streams in after the table's rows: the page does not wait for the count. */
export async function ResultsCountText({ count }: { count: Promise<ResultsCount> }) {
  const [{ total, capped }, t] = await Promise.all([count, getTranslations("Workspace.results")]);
  return <>{capped ? t("countCapped", { limit: RESULTS_COUNT_LIMIT }) : t("count", { count: total })}</>;
}
