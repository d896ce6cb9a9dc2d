import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { citationLocationIn } from "@/lib/sources/citation-locations";
import { SOURCES, type SourceId } from "@/lib/sources/sources";
import type { Citation } from "@/lib/scoring/types";

/**
 * One source id that opens the source's title, publisher and the quoted phrases from it. Only
 * phrasing elements (spans, a button, q), because citations sit inside sentences and paragraphs:
 * a <details> or <blockquote> there is invalid HTML, which the browser splits and React redraws.
 * The source's title, publisher and quotations stay as published, in English, marked lang="en".
 */
function SourceChip({ source, citations }: { source: SourceId; citations: Citation[] }) {
  const t = useTranslations("ResultPage.citation");
  const locale = useLocale() as Locale;
  const id = useId();
  const meta = SOURCES[source];
  return (
    <span className="inline-block align-top text-sm">
      <button
        type="button"
        popoverTarget={id}
        className="inline-flex cursor-pointer items-center rounded border border-line bg-canvas px-1.5 py-0.5 font-semibold text-brand hover:border-brand"
      >
        {source}
        <span className="sr-only">{t("show", { title: meta.title })}</span>
      </button>
      <span
        id={id}
        popover="auto"
        role="dialog"
        aria-label={t("citedFrom", { title: meta.title })}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-md border border-line bg-white p-4 text-left text-sm shadow-lg"
        data-testid="citation-passage"
      >
        <span className="block font-semibold" lang="en">
          {meta.title}
        </span>
        <span className="block text-muted" lang="en">
          {meta.publisher}
        </span>
        {citations.map((citation) => (
          <span key={citation.phrase} className="mt-3 block">
            <q className="block border-l-4 border-brand-soft pl-3 italic" lang="en">{citation.phrase}</q>
            <span className="mt-0.5 block text-xs text-muted">{citationLocationIn(citation.location, locale)}</span>
          </span>
        ))}
        <button type="button" popoverTarget={id} popoverTargetAction="hide" className="mt-3 font-semibold text-brand underline underline-offset-2">
          {t("close")}
        </button>
      </span>
    </span>
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
