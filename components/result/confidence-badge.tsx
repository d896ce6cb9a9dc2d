import { useTranslations } from "next-intl";
import type { ConfidenceLevel } from "@/lib/scoring/types";

const styles: Record<ConfidenceLevel, string> = {
  high: "bg-ok-soft text-ok border-ok/30",
  moderate: "bg-warn-soft text-warn border-warn/30",
  low: "bg-danger-soft text-danger border-danger/30",
};

export function ConfidenceBadge({ level }: { level: ConfidenceLevel }) {
  const t = useTranslations("ResultPage.confidence");
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full border px-3 py-1 text-sm font-semibold ${styles[level]}`}>
      {t(level)}
    </span>
  );
}
