/** A report's citations: the source and its phrase as published, where it stands in the report's language. */
import type { Locale } from "../i18n/locales";
import type { Citation } from "../scoring/types";
import { citationLocationIn } from "../sources/citation-locations";
import type { ReportCitation } from "./model";

export function reportCitations(list: readonly Citation[], locale: Locale): ReportCitation[] {
  return list.map(({ source, phrase, location }) => ({ source, phrase, location: citationLocationIn(location, locale) }));
}
