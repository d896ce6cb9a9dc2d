import { SOURCES, type SourceId } from "@/lib/sources/sources";
import type { Citation } from "@/lib/scoring/types";

/** One source id that opens to the source's title, publisher and the quoted phrases from it. */
function SourceChip({ source, citations }: { source: SourceId; citations: Citation[] }) {
  const meta = SOURCES[source];
  return (
    <details className="group inline-block align-top text-sm">
      <summary className="inline-flex cursor-pointer list-none items-center rounded border border-line bg-canvas px-1.5 py-0.5 font-semibold text-brand hover:border-brand">
        {source}
        <span className="sr-only">: show the cited passage from {meta.title}</span>
      </summary>
      <div className="mt-2 max-w-prose rounded-md border border-line bg-white p-3 shadow-sm">
        <p className="font-semibold">{meta.title}</p>
        <p className="text-muted">{meta.publisher}</p>
        {citations.map((citation) => (
          <div key={citation.phrase} className="mt-2">
            <blockquote className="border-l-4 border-brand-soft pl-3 italic">&ldquo;{citation.phrase}&rdquo;</blockquote>
            <p className="mt-0.5 text-xs text-muted">{citation.location}</p>
          </div>
        ))}
      </div>
    </details>
  );
}

export function Citations({ citations }: { citations: Citation[] }) {
  const bySource = new Map<SourceId, Citation[]>();
  for (const citation of citations) bySource.set(citation.source, [...(bySource.get(citation.source) ?? []), citation]);
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {[...bySource.entries()].map(([source, group]) => (
        <SourceChip key={source} source={source} citations={group} />
      ))}
    </span>
  );
}
