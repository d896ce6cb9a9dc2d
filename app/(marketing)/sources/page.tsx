import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { SOURCE_IDS, SOURCES } from "@/lib/sources/sources";

export const metadata: Metadata = { title: "Sources" };

export default function SourcesPage() {
  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
        <p className="mt-3 text-lg text-muted">
          Rolefit&apos;s questions, criteria, weights and rules rest on four published analyses of the CIO and CTO roles. Every
          citation in a result names one of them by its id.
        </p>
      </div>
      <ol className="space-y-4">
        {SOURCE_IDS.map((id) => (
          <li key={id} id={id}>
            <Card>
              <p className="text-sm font-semibold text-accent">{id}</p>
              <h2 className="mt-1 text-xl font-semibold">{SOURCES[id].title}</h2>
              <p className="text-muted">{SOURCES[id].publisher}</p>
              <p className="mt-3">{SOURCES[id].contributes}</p>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
