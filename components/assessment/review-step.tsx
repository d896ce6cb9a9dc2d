"use client";

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
  const role = RESPONDENT_ROLES.find((candidate) => candidate.id === details.respondentRole)?.label;
  return (
    <div className="space-y-8">
      <ReviewSection title="About you" onEdit={() => onEdit("about")}>
        <Row label="Company name" value={details.organizationName || "Not given"} />
        <Row label="Your name" value={details.respondentName || "Not given"} />
        <Row label="Your role" value={role ?? "Not given"} />
      </ReviewSection>
      {questionnaire.sections.map((section) => (
        <ReviewSection key={section.id} title={section.title} onEdit={() => onEdit(section.id)}>
          {section.questions
            .filter((question) => isQuestionShown(question, answers))
            .map((question) => {
              const unanswered = !isAnswered(answers[question.id]);
              const problem = errors[question.id] ?? (question.required && unanswered ? "Needs an answer" : undefined);
              return (
                <Row
                  key={question.id}
                  id={`question-${question.id}`}
                  label={question.label}
                  value={answerLabel(question, answers[question.id])}
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
  return (
    <section aria-label={title}>
      <div className="flex items-baseline justify-between gap-3 border-b border-line pb-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        <Button variant="ghost" className="min-h-9 px-2 py-1 text-sm" onClick={onEdit} aria-label={`Change answers in ${title}`}>
          Change
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
            <button type="button" onClick={onAnswer} className="font-semibold text-brand underline underline-offset-2" aria-label={`Answer: ${label}`}>
              Answer it
            </button>
          </>
        ) : null}
      </dd>
    </div>
  );
}
