/**
 * The report as Markdown, for people who paste it into their own documents. Every piece of
 * text is escaped, user input (company, respondent and firm names) above all: nothing in it
 * can open a heading, a list, a link, a table cell, emphasis or raw HTML.
 */
import { lowerFirst } from "./format";
import type { ReportCitation, ReportContributions, ReportLabels, ReportModel, ReportSectionId } from "./model";
import { coverRespondents, fillLabel, modelsPick, recommendedLabel, sectionsOf } from "./model";

/** Characters that open emphasis, code, links, table cells, strike-through, headings or autolinked emails. */
const INLINE = /[\\`*_[\]{}|~#@]/g;
/** A character reference such as &amp; or &#60; would be decoded: escape its ampersand. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Escapes text for use inside a Markdown paragraph, list item, heading or table cell: inline
 * markup, raw HTML, character references, GitHub's bare-URL autolinks, and what would start a
 * block (a list, a quote, a setext underline) at the beginning. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(INLINE, (char) => `\\${char}`)
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/:\/\//g, ":\\/\\/")
    .replace(ENTITY, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^(\s*)(\d+)([.)])/, "$1$2\\$3")
    .replace(/^(\s*)([-+=])/, "$1\\$2");
}

const e = escapeMarkdown;

function citation(item: ReportCitation): string {
  return `${item.source}: “${e(item.phrase)}” (${e(item.location)})`;
}

function citationLines(items: ReportCitation[], indent: string): string[] {
  return items.map((item) => `${indent}- ${citation(item)}`);
}

function bar(score: number): string {
  const filled = Math.max(0, Math.min(20, Math.round(score / 5)));
  return `${"█".repeat(filled)}${"░".repeat(20 - filled)}`;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(e).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map(e).join(" | ")} |`)];
}

function contributionLines(block: ReportContributions): string[] {
  if (block.items.length === 0) return [e(block.emptyText)];
  const lines = [e(block.lead), ""];
  block.items.forEach((item, index) => {
    lines.push(`${index + 1}. **${e(item.statement)}**`);
    lines.push(`   - ${e(block.answerLabel)}: ${e(item.answer)}`);
    if (item.reason) lines.push(`   - ${e(item.reason)}`);
    lines.push(`   - ${e(item.lead)}`);
    lines.push(...citationLines(item.citations, "   "));
  });
  lines.push("", `_${e(block.note)}_`);
  return lines;
}

/** The org chart as nested lists: the recommended structure's tree, then today's roles, then what else changes. */
function structureChartLines(chart: ReportModel["structureChart"], labels: ReportLabels): string[] {
  const node = (item: ReportModel["structureChart"]["nodes"][number], indent: string) => [
    `${indent}- **${e(item.title)}**: ${e(lowerFirst(item.changeLabel))}${item.firstLabel ? `, **${e(lowerFirst(item.firstLabel))}**` : ""}. ${e(item.detail)}`,
    `${indent}  - ${e(labels.chart.remit)}: ${e(item.remit.join("; "))}`,
  ];
  const top = chart.nodes.filter((item) => item.reportsTo === "ceo");
  const below = chart.nodes.filter((item) => item.reportsTo === "cdo");
  const lines = [e(chart.lead), "", `### ${e(fillLabel(labels.chart.recommended, { structure: chart.recommendedName }))}`, "", `- **${e(labels.chart.ceo)}**`];
  for (const item of top) {
    lines.push(...node(item, "  "));
    if (item.role === "cdo") for (const child of below) lines.push(...node(child, "    "));
  }
  lines.push("", `### ${e(labels.chart.today)}`, "", ...table([labels.table.role, labels.table.today], chart.current.map((role) => [role.title, role.detail ? `${role.statusLabel} (${role.detail})` : role.statusLabel])));
  lines.push("", `_${e(chart.currentNote)}_`);
  if (chart.outgoing.length > 0) {
    lines.push("", `### ${e(labels.chart.outside)}`, "", ...chart.outgoing.map((role) => `- **${e(role.short)}** (${e(lowerFirst(role.changeLabel))}): ${e(role.detail)}`));
  }
  return lines;
}

function transitionLines(plan: ReportModel["transition"]): string[] {
  return [
    e(plan.lead),
    "",
    ...plan.steps.flatMap((step, index) => [`${index + 1}. **${e(step.title)}.** ${e(step.detail)}`, ...citationLines(step.citations, "   ")]),
  ];
}

function cover(report: ReportModel): string[] {
  const { cover: c, labels } = report;
  const words = labels.cover;
  const rows: string[][] = [
    [words.organization, c.organizationName ?? words.notNamed],
    [c.respondents.length === 1 ? words.respondent : words.respondents, coverRespondents(report).join("; ")],
    [words.date, c.dateLabel],
    [words.confidence, c.confidenceLabel],
    [words.modelVersion, c.modelVersion],
    [words.questionnaireVersion, c.questionnaireVersion],
  ];
  if (c.consultantFirmName) rows.splice(1, 0, [words.preparedBy, c.consultantFirmName]);
  const { review } = c;
  const headline = review.override
    ? `**${e(recommendedLabel(c, labels))}${labels.colon}${e(c.recommendation)}** (${e(fillLabel(words.modelRecommendsInline, { structure: review.override.modelRecommendation }))}, ${e(lowerFirst(c.confidenceLabel))})`
    : `**${e(recommendedLabel(c, labels))}${labels.colon}${e(c.recommendation)}** (${e(lowerFirst(c.confidenceLabel))})`;
  const lines = [`# ${e(c.title)}`, "", headline, ""];
  if (review.statusLine) lines.push(`${review.badge ? `**${e(review.badge)}.** ` : ""}${e(review.statusLine)}`, "");
  if (review.override) lines.push(`> ${e(fillLabel(words.consultantWords, { byline: review.override.byline, justification: review.override.justification }))}`, "");
  lines.push(e(c.recommendationDescription), "");
  lines.push(...rows.map(([label, value]) => `- **${e(label ?? "")}${labels.colon.trimEnd()}** ${e(value ?? "")}`));
  if (c.modelNote) lines.push("", `_${e(c.modelNote)}_`);
  return lines;
}

function robustnessLines(report: ReportModel): string[] {
  const block = report.scores.robustness;
  if (!block) return [];
  return [
    ...table(
      [report.labels.table.structure, report.labels.table.shareOfDraws, report.labels.table.chart],
      block.bars.map((b) => [b.recommended ? `${b.name} (${modelsPick(report)})` : b.name, fillLabel(report.labels.percent, { value: b.percent }), bar(b.percent)]),
    ),
    "",
    e(`${block.title}. ${block.caption}`),
    "",
    ...block.conditions.flatMap((sentence) => [e(sentence), ""]),
    ...(block.note ? [`_${e(block.note)}_`, ""] : []),
  ];
}

function section(report: ReportModel, id: ReportSectionId): string[] {
  switch (id) {
    case "summary":
      return report.summary.flatMap((paragraph) => [e(paragraph), ""]).slice(0, -1);
    case "scores":
      return [
        ...table(
          [report.labels.table.structure, report.labels.table.scoreOutOf100, report.labels.table.chart],
          report.scores.bars.map((b) => [b.recommended ? `${b.name} (${modelsPick(report)})` : b.name, b.score.toFixed(1).replace(".", report.labels.decimal), bar(b.score)]),
        ),
        "",
        e(report.scores.caption),
        "",
        ...robustnessLines(report),
        `_${e(fillLabel(report.labels.scores.confidenceSet, { rule: report.scores.confidenceRule }))}_`,
      ];
    case "drivers":
      return contributionLines(report.drivers);
    case "counter":
      return contributionLines(report.counter);
    case "change": {
      const { change } = report;
      const lines = [e(change.lead), ""];
      if (change.eitherWay) {
        lines.push(`### ${report.labels.headings.eitherWay}`, "", e(change.eitherWay.lead), "");
        for (const direction of change.eitherWay.directions) {
          lines.push(`**${e(direction.title)}.**${direction.conditions ? ` ${e(direction.conditions)}` : ""}`, "");
          lines.push(...(direction.changes.length > 0 ? direction.changes.map((item) => `- ${e(item)}`) : [`- ${e(direction.emptyText)}`]), "");
        }
        lines.push(`### ${report.labels.headings.tippingPoints}`, "");
      }
      if (change.tippingPoints.length === 0) lines.push(e(change.emptyText));
      change.tippingPoints.forEach((point, index) => {
        lines.push(`${index + 1}. **${e(point.headline)}**`);
        for (const item of point.changes) lines.push(`   - ${e(item.question)} ${e(item.from)} → **${e(item.to)}**`);
        lines.push(`   - ${e(point.newScores)}`);
      });
      if (change.uninformed.length > 0) {
        lines.push("", `### ${report.labels.headings.uninformed}`, "", report.labels.uninformedLead, "", ...change.uninformed.map((s) => `- ${e(s)}`));
      }
      return lines;
    }
    case "chart":
      return structureChartLines(report.structureChart, report.labels);
    case "transition":
      return transitionLines(report.transition);
    case "ownership":
      return table([report.labels.table.area, report.labels.table.owner, report.labels.table.how], report.ownership.map((row) => [row.area, row.owner, row.note]));
    case "mechanisms":
      return report.mechanisms.map((m) => `- **${e(m.name)}${report.labels.colon.trimEnd()}** ${e(m.description)}`);
    case "kpis":
      return report.kpis.flatMap((kpi) => [`### ${e(kpi.role)}`, "", ...kpi.metrics.map((metric) => `- ${e(metric)}`), ""]).slice(0, -1);
    case "leadership": {
      const { leadership: l } = report;
      return [
        ...l.profile.map((item) => `- ${e(item)}`),
        "",
        `### ${report.labels.headings.hireFirst}`,
        "",
        `**${e(l.hireFirst.title)}.** ${e(l.hireFirst.reason)}`,
        "",
        ...citationLines(l.hireFirst.citations, ""),
      ];
    }
    case "revisit": {
      const { revisit } = report;
      return [
        ...revisit.points.flatMap((point) => [`- ${e(point.text)}`, ...citationLines(point.citations, "  ")]),
        "",
        e(revisit.signalsNow),
        "",
        `### ${report.labels.headings.signals}`,
        "",
        ...revisit.signals.flatMap((signal) => [
          `- **${e(signal.label)}** (${e(signal.fired ? report.labels.signals.present : report.labels.signals.absent)})${report.labels.colon}${e(signal.explanation)}`,
          ...citationLines(signal.citations, "  "),
        ]),
        "",
        `### ${e(report.labels.signals.drawnFrom)}`,
        "",
        ...citationLines(revisit.contentCitations, ""),
      ];
    }
    case "disagreements": {
      const block = report.disagreements;
      if (!block || block.items.length === 0) return [e(block?.emptyText ?? "")];
      return [
        e(block.lead),
        "",
        ...block.items.flatMap((row, index) => [
          `${index + 1}. **${e(row.question)}** ${e(row.summary)}`,
          ...row.answers.map((answer) => `   - ${e(answer.respondent)}: ${e(answer.answer)}`),
        ]),
      ];
    }
    case "answers":
      return report.answers.flatMap((group) => [
        ...(group.respondent ? [`### ${e(group.respondent)}`, ""] : []),
        // Under a respondent's heading, their sections sit one level down.
        ...group.sections.flatMap((s) => [`${group.respondent ? "####" : "###"} ${e(s.title)}`, "", ...table([report.labels.table.question, report.labels.table.answer], s.items.map((i) => [i.question, i.answer])), ""]),
      ]);
    case "methodology": {
      const { methodology: m } = report;
      return [
        ...m.paragraphs.flatMap((p) => [e(p), ""]),
        `**${e(report.labels.methodology.confidence)}** ${e(m.confidenceRule)}`,
        "",
        `### ${e(report.labels.methodology.structures)}`,
        "",
        ...m.structures.map((s) => `- **${e(s.name)}${report.labels.colon.trimEnd()}** ${e(s.description)}`),
        "",
        `### ${e(report.labels.methodology.dimensions)}`,
        "",
        ...table([report.labels.table.dimension, report.labels.table.strength, report.labels.table.informed], m.dimensions.map((d) => [d.label, d.value, d.coverage])),
      ];
    }
    case "sources":
      return report.sources.flatMap((s) => [`- **${s.id}${report.labels.colon}${e(s.title)}** (${e(s.publisher)}). ${e(s.contributes)}`]);
  }
}

export function renderReportMarkdown(report: ReportModel): string {
  const lines = [...cover(report), ""];
  for (const s of sectionsOf(report)) lines.push(`## ${e(s.title)}`, "", ...section(report, s.id), "");
  lines.push("---", "", `_${e(fillLabel(report.labels.document.generatedBy, { date: report.cover.dateLabel }))}_`, "");
  return lines.join("\n");
}
