import { formatDate } from "@/components/workspace/format";
import type { EngagementSummary } from "@/lib/services/engagements";

export function EngagementStatusText({ engagement }: { engagement: Pick<EngagementSummary, "status" | "closedAt" | "closedReason"> }) {
  if (engagement.status === "open") return <span>Open</span>;
  const when = engagement.closedAt ? ` on ${formatDate(engagement.closedAt)}` : "";
  return <span>{engagement.closedReason === "due_date" ? `Closed at its due date${when}` : `Closed${when}`}</span>;
}

/** Due dates are whole UTC days (the end of the day): shown in UTC so no reader sees the day after. */
export function formatDueDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
