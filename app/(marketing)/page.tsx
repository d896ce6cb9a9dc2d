import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { stepsFor } from "@/lib/questionnaire/steps";
import { allQuestions } from "@/lib/questionnaire/skip";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { draftRetentionDays } from "@/lib/services/assessments";
import { startAssessmentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Landing");
  return { description: t("description") };
}

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
  const [t, locale] = await Promise.all([getTranslations("Landing"), getLocale()]);
  const structures = structuresIn(locale);
  const wait = (seconds: number) => (seconds < 60 ? t("waitSeconds", { seconds }) : t("waitMinutes", { minutes: Math.ceil(seconds / 60) }));
  return (
    <div className="space-y-14">
      <section aria-labelledby="hero" className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("eyebrow")}</p>
        <h1 id="hero" className="mt-3 text-4xl font-bold tracking-tight [overflow-wrap:break-word] [hyphens:auto] sm:text-5xl">
          {t("title")}
        </h1>
        <p className="mt-5 text-lg text-muted">{t("lead", { fewest: alwaysAsked, most: questions.length })}</p>
        {limited !== null ? (
          <div className="mt-8">
            <Notice tone="error">{t("limited", { wait: wait(limited) })}</Notice>
          </div>
        ) : null}
        <form action={startAssessmentAction} className="mt-8 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass("primary", "px-7 text-lg")}>
            {t("start")}
          </button>
          <p className="text-sm text-muted">{t("startNote")}</p>
        </form>
        <p className="mt-3 text-sm text-muted" data-testid="draft-retention">
          {t("retention", { days: draftRetentionDays() })}
        </p>
      </section>

      <section aria-labelledby="structures">
        <h2 id="structures" className="text-2xl font-semibold tracking-tight">
          {t("structuresTitle")}
        </h2>
        <ul className="mt-5 grid gap-4 md:grid-cols-3">
          {STRUCTURE_IDS.map((id) => (
            <li key={id}>
              <Card className="h-full">
                <h3 className="text-lg font-semibold">{structures[id].name}</h3>
                <p className="mt-2 text-muted">{structures[id].description}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how" className="grid gap-6 md:grid-cols-3">
        <h2 id="how" className="sr-only">
          {t("howTitle")}
        </h2>
        {[
          [t("paceTitle"), t("paceText", { sections: sectionCount, steps: stepCount })],
          [t("evidenceTitle"), t("evidenceText")],
          [t("robustTitle"), t("robustText")],
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
