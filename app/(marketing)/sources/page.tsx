import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SOURCE_IDS, SOURCES } from "@/lib/sources/sources";

export const metadata: Metadata = {
  title: "Sources",
  description: "The four texts on the CIO and CTO roles that Rolefit's questions, criteria and rules cite: what each is, who wrote it and what the model takes from it.",
};

export default function SourcesPage() {
  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
        <p className="mt-3 text-lg text-muted">
          Rolefit&apos;s questions, criteria, weights and rules rest on four texts about the CIO and CTO roles. Every citation in a
          result names one of them by its id.
        </p>
        <p className="mt-3 text-muted">
          Weigh them for what they are: three are explanatory articles on vendors&apos; and trade-news websites, and one is an untitled
          essay whose author and publisher are unknown. None is peer-reviewed research or reports a study. Where they disagree, the{" "}
          <Link href="/methodology">methodology</Link> says so and how the model reconciles them.
        </p>
      </div>
      <ol className="space-y-4">
        {SOURCE_IDS.map((id) => (
          <li key={id} id={id}>
            <Card>
              <p className="text-sm font-semibold text-accent">{id}</p>
              <h2 className="mt-1 text-xl font-semibold">{SOURCES[id].title}</h2>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
                <dt className="font-semibold">What it is</dt>
                <dd className="text-muted">{SOURCES[id].kind}</dd>
                <dt className="font-semibold">Author</dt>
                <dd className="text-muted">{SOURCES[id].author}</dd>
              </dl>
              <p className="mt-3">{SOURCES[id].contributes}</p>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
