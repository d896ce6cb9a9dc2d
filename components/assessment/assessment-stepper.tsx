"use client";

/**
 * The questionnaire, one section per step. Answers live here, are validated with the same
 * schemas the server uses, and autosave in the background.
 */
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ProgressBar } from "@/components/ui/progress-bar";
import { longDateIn } from "@/lib/i18n/dates";
import { dontKnowLabel } from "@/lib/questionnaire/labels";
import { applyAnswer, type RawAnswer } from "@/lib/questionnaire/edit";
import type { TAnswers, TQuestionnaire } from "@/lib/questionnaire/schema";
import { allQuestions, isAnswered, isQuestionShown, progress, shownQuestions, withoutSkippedAnswers } from "@/lib/questionnaire/skip";
import { ZAssessmentDetails, type TAssessmentDetails } from "@/lib/validation/assessment";
import { issuesByField, submitRequest } from "./api-client";
import { DetailsStep } from "./details-step";
import { QuestionField } from "./question-field";
import { ResumeLink } from "./resume-link";
import { ReviewStep } from "./review-step";
import { SaveStatusText } from "./save-status";
import { openingStepIndex, stepIndex, stepsFor } from "@/lib/questionnaire/steps";
import { useAutosave } from "./use-autosave";

interface Props {
  token: string;
  resumeUrl: string;
  /** Whether the server can email the resume link. */
  emailConfigured: boolean;
  questionnaire: TQuestionnaire;
  initialAnswers: TAnswers;
  initialDetails: TAssessmentDetails;
  /** An engagement respondent's name and role are the invitation's: shown, not editable. */
  identityFromInvitation: boolean;
  initialStep: string | null;
  hasSavedBefore: boolean;
  /** For an anonymous draft: how long unsubmitted answers are kept, and the day this one goes (null once an account holds it). */
  retention: { days: number; deletesOn: string } | null;
}

export function AssessmentStepper({ token, resumeUrl, emailConfigured, questionnaire, initialAnswers, initialDetails, identityFromInvitation, initialStep, hasSavedBefore, retention }: Props) {
  const t = useTranslations("Questionnaire");
  const locale = useLocale();
  const steps = useMemo(
    () =>
      stepsFor(questionnaire, {
        about: { title: t("aboutTitle"), description: t("aboutDescription") },
        review: { title: t("reviewTitle"), description: t("reviewDescription") },
      }),
    [questionnaire, t],
  );
  const [current, setCurrent] = useState(() => openingStepIndex(steps, questionnaire, initialAnswers, initialStep));
  const [answers, setAnswers] = useState<TAnswers>(initialAnswers);
  const [details, setDetails] = useState<TAssessmentDetails>(initialDetails);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const router = useRouter();
  const idempotencyKey = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const movedByUser = useRef(false);
  const questionToFocus = useRef<string | null>(null);

  const payload = useMemo(
    () => ({ questionnaireVersion: questionnaire.version, answers: withoutSkippedAnswers(questionnaire, answers), details }),
    [questionnaire, answers, details],
  );
  const autosave = useAutosave(token, payload, hasSavedBefore);
  const shownErrors = { ...autosave.serverErrors, ...errors };
  const step = steps[current] ?? steps[0]!;
  const section = questionnaire.sections.find((candidate) => candidate.id === step.id);

  const goTo = useCallback(
    (index: number, push = true, questionId: string | null = null) => {
      const next = Math.min(Math.max(index, 0), steps.length - 1);
      movedByUser.current = true;
      questionToFocus.current = questionId;
      setCurrent(next);
      setSummary(null);
      const url = new URL(window.location.href);
      url.searchParams.set("step", steps[next]!.id);
      if (push) window.history.pushState(null, "", url);
    },
    [steps],
  );

  useEffect(() => {
    const onPop = () => goTo(stepIndex(steps, new URL(window.location.href).searchParams.get("step")), false);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [goTo, steps]);

  useEffect(() => {
    // Move focus to the new step's heading so keyboard and screen reader users start at the top,
    // or to the question they chose to answer from the review.
    if (!movedByUser.current) return;
    const name = questionToFocus.current ? `q-${questionToFocus.current}` : null;
    const question = name ? (document.getElementById(name) ?? document.querySelector<HTMLElement>(`[name="${name}"]`)) : null;
    questionToFocus.current = null;
    if (question) {
      question.focus();
      question.scrollIntoView({ block: "center" });
    } else heading.current?.focus();
  }, [current]);

  const setAnswer = (questionId: string, raw: RawAnswer) => {
    const question = allQuestions(questionnaire).find((candidate) => candidate.id === questionId);
    if (!question) return;
    const outcome = applyAnswer(answers, question, raw);
    if (!outcome.ok) {
      const unreadable = raw !== undefined && typeof raw === "object" && !Array.isArray(raw);
      const message = unreadable && question.type === "number" ? t("numberUnreadable", { unit: question.unit }) : outcome.error;
      setErrors((prev) => ({ ...prev, [questionId]: message }));
      return;
    }
    setErrors(({ [questionId]: _removed, ...rest }) => rest);
    setAnswers(outcome.answers);
  };

  const setDetail = (field: keyof TAssessmentDetails, value: string) => {
    const next = { ...details, [field]: value === "" ? undefined : value };
    const parsed = ZAssessmentDetails.safeParse(next);
    const issue = parsed.success ? undefined : parsed.error.issues.find((candidate) => candidate.path[0] === field);
    setErrors(({ [field]: _removed, ...rest }) => (issue ? { ...rest, [field]: issue.message } : rest));
    if (!issue) setDetails(next);
  };

  const missingOnStep = (): Record<string, string> => {
    if (!section) return {};
    const missing: Record<string, string> = {};
    for (const question of section.questions) {
      if (question.required && isQuestionShown(question, answers) && !isAnswered(answers[question.id])) {
        missing[question.id] = question.allowDontKnow ? t("answerRequiredOrDontKnow", { dontKnow: dontKnowLabel(locale) }) : t("answerRequired");
      }
    }
    return missing;
  };

  const next = () => {
    const stepErrors = { ...missingOnStep() };
    for (const key of Object.keys(errors)) if (section?.questions.some((q) => q.id === key) || step.id === "about") stepErrors[key] = errors[key]!;
    if (Object.keys(stepErrors).length > 0) {
      setErrors((prev) => ({ ...prev, ...stepErrors }));
      setSummary(t("answersNeedAttention", { count: Object.keys(stepErrors).length }));
      return;
    }
    void autosave.saveNow();
    goTo(current + 1);
  };

  const submit = async () => {
    setSubmitting(true);
    setSummary(null);
    idempotencyKey.current ??= crypto.randomUUID();
    const outcome = await submitRequest(token, { ...payload, idempotencyKey: idempotencyKey.current });
    if (outcome.ok) {
      router.push(`/assessment/${token}/result`);
      return;
    }
    setSubmitting(false);
    setErrors((prev) => ({ ...prev, ...issuesByField(outcome.issues) }));
    setSummary(outcome.message);
  };

  // The questions that apply to these answers: a follow-up the answers skip is not one to answer.
  const questionCount = shownQuestions(questionnaire, answers).length;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-3">
        <ProgressBar value={progress(questionnaire, answers)} label={t("stepProgress", { step: current + 1, steps: steps.length, title: step.title })}
          percentText={(percent) => t("percentAnswered", { percent })}
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <SaveStatusText status={autosave.status} />
          <p className="text-sm text-muted">{t("questionCount", { questions: questionCount, sections: questionnaire.sections.length })}</p>
        </div>
        {autosave.everSaved ? <ResumeLink url={resumeUrl} emailToken={emailConfigured ? token : null} /> : null}
        {retention ? (
          <p className="text-sm text-muted" data-testid="draft-retention">
            {t("retention", { date: longDateIn(retention.deletesOn, locale), days: retention.days })}
          </p>
        ) : null}
        {autosave.status === "rejected" || autosave.status === "offline" ? (
          <Notice tone="warning" role="status" title={t("notSavedTitle")}>
            {autosave.message}
          </Notice>
        ) : null}
      </div>

      <Card>
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
          {step.title}
        </h1>
        <p className="mt-1 text-muted">{step.description}</p>
        {summary ? (
          <div className="mt-5">
            <Notice tone="error" role="alert" title={t("checkAnswersTitle")}>
              <p>{summary}</p>
              <ul className="mt-2 list-disc pl-5">
                {Object.entries(shownErrors).map(([field, message]) => (
                  <li key={field}>
                    <a href={`#question-${field}`}>{allQuestions(questionnaire).find((q) => q.id === field)?.label ?? field}</a>: {message}
                  </li>
                ))}
              </ul>
            </Notice>
          </div>
        ) : null}
        <div className="mt-6 space-y-8">
          {step.id === "about" ? <DetailsStep details={details} errors={shownErrors} onChange={setDetail} identityFromInvitation={identityFromInvitation} /> : null}
          {section
            ? section.questions
                .filter((question) => isQuestionShown(question, answers))
                .map((question) => (
                  <div key={question.id} id={`question-${question.id}`}>
                    <QuestionField question={question} value={answers[question.id]} error={shownErrors[question.id]} onChange={(raw) => setAnswer(question.id, raw)} />
                  </div>
                ))
            : null}
          {step.id === "review" ? (
            <ReviewStep questionnaire={questionnaire} answers={answers} details={details} errors={shownErrors} onEdit={(sectionId, questionId) => goTo(stepIndex(steps, sectionId), true, questionId ?? null)} />
          ) : null}
        </div>
      </Card>

      <nav aria-label={t("stepsNavigation")} className="flex flex-wrap justify-between gap-3">
        {current > 0 ? (
          <Button variant="secondary" onClick={() => goTo(current - 1)}>
            {t("back")}
          </Button>
        ) : (
          <span />
        )}
        {step.id === "review" ? (
          <Button onClick={() => void submit()} disabled={submitting} aria-disabled={submitting}>
            {submitting ? t("submitting") : t("submit")}
          </Button>
        ) : (
          <Button onClick={next}>{current === steps.length - 2 ? t("reviewAnswers") : t("next")}</Button>
        )}
      </nav>
    </div>
  );
}
