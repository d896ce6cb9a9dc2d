import { formatDate } from "@/components/workspace/format";

/** The line above the respondent's own result: whose company, when, by whom, and which questionnaire and model scored it. */
export function RespondentResultHeading({
  organizationName,
  respondentName,
  submittedAt,
  questionnaireVersion,
  modelVersion,
}: {
  organizationName?: string;
  respondentName?: string;
  submittedAt: string;
  questionnaireVersion: string;
  modelVersion: string;
}) {
  return (
    <p className="mb-4 text-sm text-muted">
      {organizationName ? <strong className="text-ink">{organizationName}</strong> : "Your company"} · submitted {formatDate(submittedAt)}
      {respondentName ? ` by ${respondentName}` : ""} · questionnaire {questionnaireVersion} · model {modelVersion}
    </p>
  );
}
