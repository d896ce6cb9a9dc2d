import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Table } from "@/components/ui/table";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import type { AssessmentSummary } from "@/lib/services/workspace";
import { formatDate, structureName } from "./format";
import { respondentRoleLabelIn } from "./labels";

/** An organization's assessments for its consultants: who answered, and what Rolefit recommended. */
export function AssessmentTable({ assessments }: { assessments: AssessmentSummary[] }) {
  const t = useTranslations("Organization.assessments");
  const locale = useLocale();
  if (assessments.length === 0) {
    return <p className="text-muted">{t("empty")}</p>;
  }
  return (
    <Table
      caption={t("caption")}
      columns={[{ label: t("respondent") }, { label: t("recommendation") }, { label: t("confidence") }, { label: t("date") }]}
      testId="assessment-table"
    >
      {assessments.map((assessment) => {
        const role = respondentRoleLabelIn(assessment.respondentRole, locale);
        return (
          <tr key={assessment.id} data-testid="assessment-row">
            <td>
              {assessment.respondent ?? t("unnamed")}
              {role ? <span className="block text-muted">{role}</span> : null}
            </td>
            <td>
              {assessment.result ? (
                <Link href={`/workspace/results/${assessment.result.id}`}>
                  {assessment.result.overridden
                    ? t("byConsultant", { structure: structureName(assessment.result.recommendation, locale) })
                    : structureName(assessment.result.recommendation, locale)}
                </Link>
              ) : (
                <span className="text-muted">{t("draft")}</span>
              )}
            </td>
            <td>{assessment.result ? <ConfidenceBadge level={assessment.result.confidence} /> : null}</td>
            <td>
              {assessment.result
                ? t("submitted", { date: formatDate(assessment.result.createdAt, locale) })
                : t("lastSaved", { date: formatDate(assessment.updatedAt, locale) })}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
