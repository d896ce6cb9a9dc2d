/**
 * The executive summary: the result in a few plain sentences for someone who reads nothing
 * else. Everything it says comes from the stored scoring output.
 */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { joinAnd } from "../scoring/robustness-text";
import { structuresIn } from "../scoring/translations/localize";
import type { ScoringOutput, TippingPoint } from "../scoring/types";
import { points } from "./format";
import type { ReportLabels } from "./model";
import type { ReportOverride } from "./review";

type Translate = ReturnType<typeof translator<"Report">>;

function changeSentence(point: TippingPoint, t: Translate, locale: Locale): string {
  const changes = point.changes.map((change) => t("summary.changeItem", { question: change.questionLabel, to: change.toLabel, from: change.fromLabel }));
  return t("summary.change", { changes: joinAnd(changes, locale), name: structuresIn(locale)[point.newRecommendation].name });
}

/**
 * With a consultant's override the summary leads with their recommendation and reason, then gives
 * the model's analysis as the model's; the advice on whom to hire follows the structure in force.
 */
export function executiveSummary(
  output: ScoringOutput,
  organizationName: string | null,
  override: ReportOverride | null = null,
  hireFirstTitle: string,
  labels: ReportLabels,
  locale: Locale = "en",
): string[] {
  const t = translator(locale, "Report");
  const structures = structuresIn(locale);
  const structure = structures[output.recommended];
  const [, second, third] = output.ranking;
  const who = organizationName ?? t("summary.thisCompany");
  const paragraphs: string[] = override
    ? [
        t("summary.overrideLead", { who, recommendation: override.recommendation, sentence: override.sentence }),
        t("summary.modelAlone", { name: structure.name, summary: output.content.summary }),
      ]
    : [t("summary.lead", { who, name: structure.name, summary: output.content.summary })];

  const others = [second, third].filter((id) => id !== undefined).map((id) => t("summary.other", { name: structures[id].name, points: points(output.scores[id], locale) }));
  paragraphs.push(
    t("summary.scores", {
      name: structure.name,
      points: points(output.scores[output.recommended], locale),
      others: joinAnd(others, locale),
      level: output.confidence.level,
      reason: output.confidence.reason,
    }),
  );

  const reasons: string[] = [];
  const strongest = output.drivers[0];
  if (strongest) reasons.push(t("summary.favour", { statement: strongest.statement }));
  const against = output.counterSignals[0];
  if (against) reasons.push(t("summary.against", { statement: against.statement }));
  if (reasons.length > 0) paragraphs.push(reasons.join(" "));

  const smallest = output.tippingPoints[0];
  paragraphs.push(smallest ? changeSentence(smallest, t, locale) : t("summary.noChange"));

  paragraphs.push(`${labels.headings.hireFirst}${labels.colon}${hireFirstTitle}.`);

  const fired = output.triggers.filter((trigger) => trigger.fired);
  if (fired.length > 0) paragraphs.push(t("summary.fired", { signals: fired.map((trigger) => trigger.label).join("; ") }));
  return paragraphs;
}
