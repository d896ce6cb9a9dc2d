import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import type { EngagementSummary } from "@/lib/services/engagements";
import { EngagementStatusText, formatDueDate } from "./engagement-status";

export function EngagementList({ engagements }: { engagements: EngagementSummary[] }) {
  const t = useTranslations("Engagements.list");
  const locale = useLocale();
  return (
    <Table caption={t("caption")} columns={[{ label: t("engagement") }, { label: t("due") }, { label: t("status") }, { label: t("answered"), align: "right" }]} stackOnPhone testId="engagement-list">
      {engagements.map((engagement) => (
        <tr key={engagement.id}>
          <th scope="row" className="font-medium [overflow-wrap:anywhere]">
            <Link href={`/workspace/engagements/${engagement.id}`}>{engagement.name}</Link>
          </th>
          <td data-label={t("due")}>{formatDueDate(engagement.dueAt, locale)}</td>
          <td data-label={t("status")}>
            <EngagementStatusText engagement={engagement} />
          </td>
          <td data-label={t("answered")} className="text-right tabular-nums">
            {t("answeredOf", { completed: engagement.progress.completed, total: engagement.progress.total })}
          </td>
        </tr>
      ))}
    </Table>
  );
}
