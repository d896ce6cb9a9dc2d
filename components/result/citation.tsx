import { SOURCES } from "@/lib/sources/sources";
import type { Citation } from "@/lib/scoring/types";

/** A source id that opens to the source's title, publisher and the quoted phrase. */
export function CitationChip({ citation }: { citation: Citation }) {
  const source = SOURCES[citation.source];
  return (
    <details className="group inline-block align-top text-sm">
      <summary className="inline-flex cursor-pointer list-none items-center rounded border border-line bg-canvas px-1.5 py-0.5 font-semibold text-brand hover:border-brand">
        {citation.source}
        <span className="sr-only">: show the cited passage</span>
      </summary>
      <div className="mt-2 max-w-prose rounded-md border border-line bg-white p-3 shadow-sm">
        <p className="font-semibold">{source.title}</p>
        <p className="text-muted">{source.publisher}</p>
        <blockquote className="mt-2 border-l-4 border-brand-soft pl-3 italic">&ldquo;{citation.phrase}&rdquo;</blockquote>
        <p className="mt-1 text-xs text-muted">{citation.location}</p>
      </div>
    </details>
  );
}

export function Citations({ citations }: { citations: Citation[] }) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {citations.map((citation, index) => (
        <CitationChip key={`${citation.source}-${index}`} citation={citation} />
      ))}
    </span>
  );
}
