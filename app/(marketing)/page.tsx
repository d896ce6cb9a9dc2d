import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { stepsFor } from "@/lib/questionnaire/steps";
import { allQuestions } from "@/lib/questionnaire/skip";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";
import { STRUCTURES } from "@/lib/scoring";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { draftRetentionDays } from "@/lib/services/assessments";
import { waitInWords } from "@/lib/services/request-limits";
import { startAssessmentAction } from "./actions";

export const metadata: Metadata = {
  description:
    "Answer questions about your company and get a cited recommendation: separate CIO and CTO, a combined CTIO, or a Chief Digital Officer over both.",
};

/** The wait the start action passes back when the per-address limit refused a new assessment. */
function limitedFor(value: string | undefined): number | null {
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds > 0 && seconds <= 86_400 ? seconds : null;
}

export default async function LandingPage({ searchParams }: { searchParams: Promise<{ limited?: string }> }) {
  const questions = allQuestions(QUESTIONNAIRE);
  // Follow-up questions appear only for some answers, so the count a respondent sees is a range.
  const alwaysAsked = questions.filter((question) => !question.showIf).length;
  const sectionCount = QUESTIONNAIRE.sections.length;
  const stepCount = stepsFor(QUESTIONNAIRE).length;
  const limited = limitedFor((await searchParams).limited);
  return (
    <div className="space-y-14">
      <section aria-labelledby="hero" className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Technology leadership assessment</p>
        <h1 id="hero" className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">
          One technology chief, two, or a digital officer over both?
        </h1>
        <p className="mt-5 text-lg text-muted">
          Answer {alwaysAsked} to {questions.length} questions, depending on your answers, about your company&apos;s size, regulation, strategy, IT estate and
          alignment.
          Rolefit recommends how to structure technology leadership, shows the cited evidence behind every point of the
          score, and tells you what would change the answer.
        </p>
        {limited !== null ? (
          <div className="mt-8">
            <Notice tone="error">Many assessments were started from your network in the last hour. To protect the service, try again in {waitInWords(limited)}.</Notice>
          </div>
        ) : null}
        <form action={startAssessmentAction} className="mt-8 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass("primary", "px-7 text-lg")}>
            Start the assessment
          </button>
          <p className="text-sm text-muted">About 15 minutes · saves as you go · no account needed</p>
        </form>
        <p className="mt-3 text-sm text-muted" data-testid="draft-retention">
          Answers you never submit are deleted {draftRetentionDays()} days after your last change.
        </p>
      </section>

      <section aria-labelledby="structures">
        <h2 id="structures" className="text-2xl font-semibold tracking-tight">
          The three structures it can recommend
        </h2>
        <ul className="mt-5 grid gap-4 md:grid-cols-3">
          {STRUCTURE_IDS.map((id) => (
            <li key={id}>
              <Card className="h-full">
                <h3 className="text-lg font-semibold">{STRUCTURES[id].name}</h3>
                <p className="mt-2 text-muted">{STRUCTURES[id].description}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how" className="grid gap-6 md:grid-cols-3">
        <h2 id="how" className="sr-only">
          How it works
        </h2>
        {[
          [
            "Answer at your pace",
            `${sectionCount} short sections of questions, with an optional step about you before them and a review after: ${stepCount} steps in all. Your answers save as you type; a private link brings you back to where you stopped.`,
          ],
          ["See the evidence", "Every criterion cites the passage of the published analysis it rests on. Nothing is a black box."],
          ["Know how robust it is", "The result says how often the recommendation wins when the model's weights vary, and the smallest changes in your answers that would tip it."],
        ].map(([title, text]) => (
          <div key={title}>
            <h3 className="font-semibold">{title}</h3>
            <p className="mt-1 text-muted">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
