"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { answerLabel } from "@/lib/questionnaire/labels";
import type { TAnswers, TQuestionnaire } from "@/lib/questionnaire/schema";
import { isAnswered, isQuestionShown } from "@/lib/questionnaire/skip";
import { RESPONDENT_ROLES, type TAssessmentDetails } from "@/lib/validation/assessment";

interface Props {
  questionnaire: TQuestionnaire;
  answers: TAnswers;
  details: TAssessmentDetails;
  errors: Record<string, string>;
  /** Opens a step; with a question id, that question takes the focus. */
  onEdit: (stepId: string, questionId?: string) => void;
}

export function ReviewStep({ questionnaire, answers, details, errors, onEdit }: Props) {
  const t = useTranslations("Questionnaire");
  const locale = useLocale();
  const role = RESPONDENT_ROLES.find((candidate) => candidate.id === details.respondentRole);
  const notGiven = t("details.notGiven");
  return (
    <div className="space-y-8">
      <ReviewSection title={t("aboutTitle")} onEdit={() => onEdit("about")}>
        <Row label={t("details.companyName")} value={details.organizationName || notGiven} />
        <Row label={t("details.yourName")} value={details.respondentName || notGiven} />
        <Row label={t("details.yourRole")} value={role ? t(`roles.${role.id}`) : notGiven} />
      </ReviewSection>
      {questionnaire.sections.map((section) => (
        <ReviewSection key={section.id} title={section.title} onEdit={() => onEdit(section.id)}>
          {section.questions
            .filter((question) => isQuestionShown(question, answers))
            .map((question) => {
              const unanswered = !isAnswered(answers[question.id]);
              const problem = errors[question.id] ?? (question.required && unanswered ? t("details.needsAnswer") : undefined);
              return (
                <Row
                  key={question.id}
                  id={`question-${question.id}`}
                  label={question.label}
                  value={answerLabel(question, answers[question.id], locale)}
                  problem={problem}
                  unanswered={unanswered}
                  onAnswer={unanswered || problem ? () => onEdit(section.id, question.id) : undefined}
                />
              );
            })}
        </ReviewSection>
      ))}
    </div>
  );
}

function ReviewSection({ title, onEdit, children }: { title: string; onEdit: () => void; children: React.ReactNode }) {
  const t = useTranslations("Questionnaire.details");
  return (
    <section aria-label={title}>
      <div className="flex items-baseline justify-between gap-3 border-b border-line pb-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        <Button variant="ghost" className="min-h-9 px-2 py-1 text-sm" onClick={onEdit} aria-label={t("changeIn", { section: title })}>
          {t("change")}
        </Button>
      </div>
      <dl className="divide-y divide-line">{children}</dl>
    </section>
  );
}

function Row({
  id,
  label,
  value,
  problem,
  unanswered = false,
  onAnswer,
}: {
  id?: string;
  label: string;
  value: string;
  problem?: string;
  unanswered?: boolean;
  onAnswer?: () => void;
}) {
  const t = useTranslations("Questionnaire.details");
  const tone = problem ? "font-semibold text-danger" : unanswered ? "font-medium text-warn" : "font-medium";
  return (
    <div id={id} className="grid gap-1 py-2.5 sm:grid-cols-[1fr_14rem] sm:gap-4" data-unanswered={unanswered || undefined}>
      <dt className="text-muted">{label}</dt>
      <dd className={tone}>
        {unanswered && !problem ? (
          <span aria-hidden="true" className="mr-1.5 inline-block size-2 rounded-full bg-warn align-middle" />
        ) : null}
        {problem ? `${value}: ${problem}` : value}
        {onAnswer ? (
          <>
            {" "}
            <button type="button" onClick={onAnswer} className="font-semibold text-brand underline underline-offset-2" aria-label={t("answerQuestion", { question: label })}>
              {t("answerIt")}
            </button>
          </>
        ) : null}
      </dd>
    </div>
  );
}
