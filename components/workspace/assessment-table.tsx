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
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="assessment-table">
        <caption className="sr-only">Assessments</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">Respondent</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Recommendation</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Confidence</th>
            <th scope="col" className="py-2 font-semibold">Date</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {assessments.map((assessment) => (
            <tr key={assessment.id} data-testid="assessment-row">
              <td className="py-3 pr-4">
                {assessment.respondent ?? "Unnamed respondent"}
                {respondentRoleLabel(assessment.respondentRole) ? (
                  <span className="block text-muted">{respondentRoleLabel(assessment.respondentRole)}</span>
                ) : null}
              </td>
              <td className="py-3 pr-4">
                {assessment.result ? (
                  <Link href={`/workspace/results/${assessment.result.id}`}>{structureName(assessment.result.recommendation)}</Link>
                ) : (
                  <span className="text-muted">Draft, not submitted</span>
                )}
              </td>
              <td className="py-3 pr-4">{assessment.result ? <ConfidenceBadge level={assessment.result.confidence} /> : null}</td>
              <td className="py-3">
                {assessment.result ? `Submitted ${formatDate(assessment.result.createdAt)}` : `Last saved ${formatDate(assessment.updatedAt)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
