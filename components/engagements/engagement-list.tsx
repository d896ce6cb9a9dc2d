import Link from "next/link";
import { Table } from "@/components/ui/table";
import type { EngagementSummary } from "@/lib/services/engagements";
import { EngagementStatusText, formatDueDate } from "./engagement-status";

export function EngagementList({ engagements }: { engagements: EngagementSummary[] }) {
  return (
    <Table caption="Engagements" columns={[{ label: "Engagement" }, { label: "Due" }, { label: "Status" }, { label: "Answered", align: "right" }]} stackOnPhone testId="engagement-list">
      {engagements.map((engagement) => (
        <tr key={engagement.id}>
          <th scope="row" className="font-medium [overflow-wrap:anywhere]">
            <Link href={`/workspace/engagements/${engagement.id}`}>{engagement.name}</Link>
          </th>
          <td data-label="Due">{formatDueDate(engagement.dueAt)}</td>
          <td data-label="Status">
            <EngagementStatusText engagement={engagement} />
          </td>
          <td data-label="Answered" className="text-right tabular-nums">
            {engagement.progress.completed} of {engagement.progress.total}
          </td>
        </tr>
      ))}
    </Table>
  );
}
