import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { questionsIn, shareOfModel } from "@/components/methodology/criterion-card";
import { Citations } from "@/components/result/citation";
import { Card } from "@/components/ui/card";
import { dontKnowLabel } from "@/lib/questionnaire/labels";
import { CASE_LIBRARY } from "@/lib/scoring/case-library";
import { DEFAULT_DRAWS, WEIGHT_SPREAD } from "@/lib/scoring/robustness";
import { CONFIDENCE_RULE, MODEL_VERSION } from "@/lib/scoring";
import { criteriaIn, dimensionsIn, disagreementsIn, factsIn, structuresIn } from "@/lib/scoring/translations/localize";
import { STRUCTURE_IDS } from "@/lib/scoring/types";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Methodology");
  return { title: t("title"), description: t("description") };
}

/** Generated from the model's own data, in the reader's language: nothing on this page is copied by hand. */
export default async function MethodologyPage() {
  const [t, locale] = await Promise.all([getTranslations("Methodology"), getLocale()]);
  const [criteria, facts, dimensions, structures, disagreements] = [criteriaIn(locale), factsIn(locale), dimensionsIn(locale), structuresIn(locale), disagreementsIn(locale)];
  const questionOf = questionsIn(locale);
  const clear = CASE_LIBRARY.filter((profile) => profile.expected.kind === "clear").length;
  const { high, moderate } = CONFIDENCE_RULE;
  return (
    <div className="space-y-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-3 text-lg text-muted">
          {t("lead", { version: MODEL_VERSION, criteria: criteria.length, facts: facts.length, dimensions: dimensions.length, dontKnow: dontKnowLabel(locale) })}
        </p>
      </div>

      <nav aria-labelledby="contents" className="rounded-lg border border-line bg-white p-5">
        <h2 id="contents" className="text-lg font-semibold">{t("contents")}</h2>
        <ol className="mt-2 grid list-decimal gap-x-8 gap-y-1 pl-5 sm:grid-cols-2">
          <li>
            <a href="#confidence">{t("confidenceTitle")}</a>
          </li>
          <li>
            <a href="#facts">{t("factsTitle")}</a>
          </li>
          <li>
            <a href="#disagreements">{t("disagreementsShort")}</a>
          </li>
          <li>
            <a href="#structures">{t("structuresTitle")}</a>
          </li>
          <li>
            <a href="#criteria">{t("criteriaTitle")}</a>
          </li>
        </ol>
      </nav>

      <section aria-labelledby="confidence">
        <Card>
          <h2 id="confidence" className="text-xl font-semibold">{t("confidenceTitle")}</h2>
          <p className="mt-2">{t("robustnessMethod", { draws: DEFAULT_DRAWS, spread: WEIGHT_SPREAD })}</p>
          <p className="mt-3">
            <span className="font-semibold">{t("confidenceLabel")}</span>{" "}
            {t("confidenceRule", {
              draws: DEFAULT_DRAWS,
              spread: WEIGHT_SPREAD,
              highShare: high.minShare,
              highCoverage: high.minCoverage,
              moderateShare: moderate.minShare,
              moderateCoverage: moderate.minCoverage,
            })}
          </p>
          <p className="mt-3 text-sm text-muted">{t("closeCalls", { cases: CASE_LIBRARY.length, clear, open: CASE_LIBRARY.length - clear })}</p>
        </Card>
      </section>

      <section aria-labelledby="facts">
        <h2 id="facts" className="text-2xl font-semibold">{t("factsTitle")}</h2>
        <p className="mt-1 max-w-3xl text-muted">{t("factsLead")}</p>
        <ul className="mt-4 divide-y divide-line border-y border-line text-sm">
          {facts.map((fact) => (
            <li key={fact.id} className="py-3">
              <article aria-labelledby={`fact-${fact.id}`} className="grid gap-x-6 gap-y-2 md:grid-cols-[12rem_1fr_1.3fr]">
                <div>
                  <h3 id={`fact-${fact.id}`} className="font-semibold">
                    {fact.label.charAt(0).toUpperCase() + fact.label.slice(1)}
                  </h3>
                  <p className="tabular-nums text-muted">{t("factWeight", { weight: fact.weight, share: shareOfModel(fact.weight, locale) })}</p>
                </div>
                <div>
                  <p className="text-muted">{t("questionsOfFact")}</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {[...new Set(criteria.filter((criterion) => criterion.fact === fact.id).map((criterion) => criterion.factor.questionId))].map((id) => (
                      <li key={id}>{questionOf(id).label}</li>
                    ))}
                  </ul>
                </div>
                <p>
                  {fact.why} <Citations citations={fact.citations} />
                </p>
              </article>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="disagreements" className="space-y-4">
        <div>
          <h2 id="disagreements" className="text-2xl font-semibold">{t("disagreementsTitle")}</h2>
        </div>
        {disagreements.map((item) => (
          <Card key={item.id}>
            <article id={`disagreement-${item.id}`} aria-labelledby={`disagreement-${item.id}-title`}>
              <h3 id={`disagreement-${item.id}-title`} className="font-semibold">{item.title}</h3>
              <p className="mt-2">{item.sides}</p>
              <p className="mt-2">
                <span className="font-semibold">{t("reconciliation")}</span> {item.reconciliation}
              </p>
              <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                <span className="text-muted">{t("evidence")}</span>
                <Citations citations={item.citations} />
              </div>
            </article>
          </Card>
        ))}
      </section>

      <section aria-labelledby="structures">
        <h2 id="structures" className="text-2xl font-semibold">{t("structuresTitle")}</h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {STRUCTURE_IDS.map((id) => (
            <li key={id}>
              <Card className="h-full">
                <h3 className="font-semibold">{structures[id].name}</h3>
                <p className="mt-2 text-sm text-muted">{structures[id].description}</p>
                <p className="mt-3 text-sm">
                  <Citations citations={structures[id].citations} />
                </p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="criteria" className="space-y-4">
        <div>
          <h2 id="criteria" className="text-2xl font-semibold">{t("criteriaTitle")}</h2>
          <p className="mt-1 max-w-3xl text-muted">{t("criteriaLead")}</p>
        </div>
        {dimensions.map((dimension) => {
          const inDimension = criteria.filter((criterion) => criterion.dimension === dimension.id);
          return (
            <Card key={dimension.id}>
              <section aria-labelledby={`dimension-${dimension.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`dimension-${dimension.id}`} className="text-lg font-semibold">{dimension.label}</h3>
                  <a href={`/methodology/${dimension.id}`} className="text-sm font-medium">
                    {t("criteriaInFull", { count: inDimension.length })}
                    <span className="sr-only">: {dimension.label}</span>
                  </a>
                </div>
                <p className="mt-1 text-sm text-muted">{dimension.description}</p>
                <ul className="mt-3 divide-y divide-line text-sm">
                  {inDimension.map((criterion) => (
                    <li key={criterion.id} id={`criterion-${criterion.id}`} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
                      <a href={`/methodology/${dimension.id}#criterion-${criterion.id}`}>{criterion.statement}</a>
                      <span className="tabular-nums text-muted">{shareOfModel(criterion.weight, locale)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            </Card>
          );
        })}
      </section>
    </div>
  );
}
