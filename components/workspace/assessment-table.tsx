import { Table } from "@/components/ui/table";
import Link from "next/link";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import type { AssessmentSummary } from "@/lib/services/workspace";
import { formatDate, respondentRoleLabel, structureName } from "./format";

/** An organization's assessments for its consultants: who answered, and what Rolefit recommended. */
export function AssessmentTable({ assessments }: { assessments: AssessmentSummary[] }) {
  if (assessments.length === 0) {
    return <p className="text-muted">No assessments yet. They appear here as soon as an invited executive starts one.</p>;
  }
  return (
    <Table
      caption="Assessments"
      columns={[{ label: "Respondent" }, { label: "Recommendation" }, { label: "Confidence" }, { label: "Date" }]}
      testId="assessment-table"
    >
      {assessments.map((assessment) => (
        <tr key={assessment.id} data-testid="assessment-row">
          <td>
            {assessment.respondent ?? "Unnamed respondent"}
            {respondentRoleLabel(assessment.respondentRole) ? (
              <span className="block text-muted">{respondentRoleLabel(assessment.respondentRole)}</span>
            ) : null}
          </td>
          <td>
            {assessment.result ? (
              <Link href={`/workspace/results/${assessment.result.id}`}>
                {assessment.result.overridden ? "Consultant: " : ""}
                {structureName(assessment.result.recommendation)}
              </Link>
            ) : (
              <span className="text-muted">Draft, not submitted</span>
            )}
          </td>
          <td>{assessment.result ? <ConfidenceBadge level={assessment.result.confidence} /> : null}</td>
          <td>
            {assessment.result ? `Submitted ${formatDate(assessment.result.createdAt)}` : `Last saved ${formatDate(assessment.updatedAt)}`}
          </td>
        </tr>
      ))}
    </Table>
  );
}
