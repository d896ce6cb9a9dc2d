import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CriterionCard } from "@/components/methodology/criterion-card";
import { CRITERIA, DIMENSIONS } from "@/lib/scoring";

/** One page per dimension, so the methodology stays complete without one page carrying every table. */
export function generateStaticParams() {
  return DIMENSIONS.map((dimension) => ({ dimension: dimension.id }));
}

export const dynamicParams = false;

function dimensionOf(id: string) {
  return DIMENSIONS.find((dimension) => dimension.id === id);
}

export async function generateMetadata({ params }: { params: Promise<{ dimension: string }> }): Promise<Metadata> {
  const dimension = dimensionOf((await params).dimension);
  return dimension
    ? { title: `${dimension.label}: criteria`, description: `The ${dimension.label.toLowerCase()} criteria of Rolefit's scoring model in full: support by answer, what a result says, and the passages cited.` }
    : {};
}

export default async function MethodologyDimensionPage({ params }: { params: Promise<{ dimension: string }> }) {
  const dimension = dimensionOf((await params).dimension);
  if (!dimension) notFound();
  const criteria = CRITERIA.filter((criterion) => criterion.dimension === dimension.id);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/methodology#criteria">← Methodology</Link>
      </p>
      <div className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Criteria of the scoring model</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{dimension.label}</h1>
        <p className="mt-2 text-lg text-muted">{dimension.description}</p>
      </div>
      <nav aria-label="Other dimensions" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {DIMENSIONS.map((other) =>
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
      <div className="space-y-4">
        {criteria.map((criterion) => (
          <CriterionCard key={criterion.id} criterion={criterion} />
        ))}
      </div>
    </div>
  );
}
