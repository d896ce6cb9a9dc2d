import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CriterionCard } from "@/components/methodology/criterion-card";
import { DIMENSIONS } from "@/lib/scoring";
import { criteriaIn, dimensionsIn } from "@/lib/scoring/translations/localize";

/** One page per dimension, so the methodology stays complete without one page carrying every table. */
export function generateStaticParams() {
  return DIMENSIONS.map((dimension) => ({ dimension: dimension.id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ dimension: string }> }): Promise<Metadata> {
  const [{ dimension: id }, t, locale] = await Promise.all([params, getTranslations("Methodology"), getLocale()]);
  const dimension = dimensionsIn(locale).find((candidate) => candidate.id === id);
  if (!dimension) return {};
  // German capitalises nouns inside a sentence; English and French write the label in lower case there.
  const inSentence = locale === "de" ? dimension.label : dimension.label.toLowerCase();
  return { title: t("dimensionTitle", { dimension: dimension.label }), description: t("dimensionDescription", { dimension: inSentence }) };
}

export default async function MethodologyDimensionPage({ params }: { params: Promise<{ dimension: string }> }) {
  const [{ dimension: id }, t, locale] = await Promise.all([params, getTranslations("Methodology"), getLocale()]);
  const dimensions = dimensionsIn(locale);
  const dimension = dimensions.find((candidate) => candidate.id === id);
  if (!dimension) notFound();
  const criteria = criteriaIn(locale).filter((criterion) => criterion.dimension === dimension.id);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/methodology#criteria">← {t("title")}</Link>
      </p>
      <div className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("eyebrow")}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{dimension.label}</h1>
        <p className="mt-2 text-lg text-muted">{dimension.description}</p>
      </div>
      <nav aria-label={t("otherDimensions")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {dimensions.map((other) =>
          other.id === dimension.id ? (
            <span key={other.id} aria-current="page" className="font-semibold">
              {other.label}
            </span>
          ) : (
            <Link key={other.id} href={`/methodology/${other.id}`}>
              {other.label}
            </Link>
          ),
        )}
      </nav>
      <section aria-labelledby="dimension-criteria" className="space-y-4">
        <h2 id="dimension-criteria" className="text-xl font-semibold">
          {t("criteriaInFull", { count: criteria.length })}
        </h2>
        {criteria.map((criterion) => (
          <CriterionCard key={criterion.id} criterion={criterion} />
        ))}
      </section>
    </div>
  );
}
