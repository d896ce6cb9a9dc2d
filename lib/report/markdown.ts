/**
 * The report as Markdown, for people who paste it into their own documents. Every piece of
 * text is escaped, user input (company, respondent and firm names) above all: nothing in it
 * can open a heading, a list, a link, a table cell, emphasis or raw HTML.
 */
import type { ReportCitation, ReportContributions, ReportLabels, ReportModel, ReportSectionId } from "./model";
import { coverRespondents, modelsPick, recommendedLabel, sectionsOf } from "./model";

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
    `${indent}- **${e(item.title)}**: ${e(item.changeLabel.toLowerCase())}${item.firstLabel ? `, **${item.firstLabel.toLowerCase()}**` : ""}. ${e(item.detail)}`,
    `${indent}  - Remit: ${e(item.remit.join("; "))}`,
  ];
  const top = chart.nodes.filter((item) => item.reportsTo === "ceo");
  const below = chart.nodes.filter((item) => item.reportsTo === "cdo");
  const lines = [e(chart.lead), "", `### Recommended: ${e(chart.recommendedName)}`, "", "- **Chief Executive Officer (CEO)**"];
  for (const item of top) {
    lines.push(...node(item, "  "));
    if (item.role === "cdo") for (const child of below) lines.push(...node(child, "    "));
  }
  lines.push("", "### Today", "", ...table(["Role", "Today"], chart.current.map((role) => [role.title, role.detail ? `${role.statusLabel} (${role.detail})` : role.statusLabel])));
  lines.push("", `_${e(chart.currentNote)}_`);
  if (chart.outgoing.length > 0) {
    lines.push("", "### Roles outside the recommended structure", "", ...chart.outgoing.map((role) => `- **${e(role.short)}** (${e(role.changeLabel.toLowerCase())}): ${e(role.detail)}`));
  }
  lines.push("", `### ${labels.headings.hireFirst}`, "", `**${e(chart.hireFirst.title)}.** ${e(chart.hireFirst.reason)}`);
  if (chart.hireFirst.caveat) lines.push("", `_${e(chart.hireFirst.caveat)}_`);
  lines.push("", ...citationLines(chart.hireFirst.citations, ""));
  return lines;
}

function transitionLines(plan: ReportModel["transition"], labels: ReportLabels): string[] {
  return [
    e(plan.lead),
    "",
    ...plan.steps.flatMap((step, index) => [`${index + 1}. **${e(step.title)}.** ${e(step.detail)}`, ...citationLines(step.citations, "   ")]),
    "",
    `### ${labels.headings.revisitWhen}`,
    "",
    ...plan.revisit.flatMap((point) => [`- ${e(point.text)}`, ...citationLines(point.citations, "  ")]),
    "",
    e(plan.signalsNow),
  ];
}

function cover(report: ReportModel): string[] {
  const { cover: c } = report;
  const rows: string[][] = [
    ["Organization", c.organizationName ?? "Not named"],
    [c.respondents.length === 1 ? "Respondent" : "Respondents", coverRespondents(report).join("; ")],
    ["Date", c.dateLabel],
    ["Confidence", c.confidenceLabel],
    ["Model version", c.modelVersion],
    ["Questionnaire version", c.questionnaireVersion],
  ];
  if (c.consultantFirmName) rows.splice(1, 0, ["Prepared by", c.consultantFirmName]);
  const { review } = c;
  const headline = review.override
    ? `**${e(recommendedLabel(c))}: ${e(c.recommendation)}** (the scoring model recommends ${e(review.override.modelRecommendation)}, ${e(c.confidenceLabel.toLowerCase())})`
    : `**${e(recommendedLabel(c))}: ${e(c.recommendation)}** (${e(c.confidenceLabel.toLowerCase())})`;
  const lines = [`# ${e(c.title)}`, "", headline, ""];
  if (review.statusLine) lines.push(`${review.badge ? `**${e(review.badge)}.** ` : ""}${e(review.statusLine)}`, "");
  if (review.override) lines.push(`> ${e(`Why, in the consultant's words (${review.override.byline}): ${review.override.justification}`)}`, "");
  lines.push(e(c.recommendationDescription), "");
  lines.push(...rows.map(([label, value]) => `- **${e(label ?? "")}:** ${e(value ?? "")}`));
  if (c.modelNote) lines.push("", `_${e(c.modelNote)}_`);
  return lines;
}

function robustnessLines(report: ReportModel): string[] {
  const block = report.scores.robustness;
  if (!block) return [];
  return [
    ...table(
      ["Structure", "Share of draws won", "Chart"],
      block.bars.map((b) => [b.recommended ? `${b.name} (${modelsPick(report)})` : b.name, `${b.percent}%`, bar(b.percent)]),
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
          ["Structure", "Score out of 100", "Chart"],
          report.scores.bars.map((b) => [b.recommended ? `${b.name} (${modelsPick(report)})` : b.name, b.score.toFixed(1), bar(b.score)]),
        ),
        "",
        e(report.scores.caption),
        "",
        ...robustnessLines(report),
        `_How confidence is set: ${e(report.scores.confidenceRule)}_`,
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
      return transitionLines(report.transition, report.labels);
    case "ownership":
      return table(["Area", "Owner", "How"], report.ownership.map((row) => [row.area, row.owner, row.note]));
    case "mechanisms":
      return report.mechanisms.map((m) => `- **${e(m.name)}:** ${e(m.description)}`);
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
        ...revisit.revisitTriggers.map((item) => `- ${e(item)}`),
        "",
        `### ${report.labels.headings.signals}`,
        "",
        ...revisit.signals.flatMap((signal) => [
          `- **${e(signal.label)}** (${signal.fired ? "present now" : "not present"}): ${e(signal.explanation)}`,
          ...citationLines(signal.citations, "  "),
        ]),
        "",
        "### Drawn from",
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
        ...group.sections.flatMap((s) => [`${group.respondent ? "####" : "###"} ${e(s.title)}`, "", ...table(["Question", "Answer"], s.items.map((i) => [i.question, i.answer])), ""]),
      ]);
    case "methodology": {
      const { methodology: m } = report;
      return [
        ...m.paragraphs.flatMap((p) => [e(p), ""]),
        `**Confidence.** ${e(m.confidenceRule)}`,
        "",
        "### The three structures",
        "",
        ...m.structures.map((s) => `- **${e(s.name)}:** ${e(s.description)}`),
        "",
        "### How the answers read on each dimension",
        "",
        ...table(["Dimension", "Strength", "Informed"], m.dimensions.map((d) => [d.label, d.value, d.coverage])),
      ];
    }
    case "sources":
      return report.sources.flatMap((s) => [`- **${s.id}: ${e(s.title)}** (${e(s.publisher)}). ${e(s.contributes)}`]);
  }
}

export function renderReportMarkdown(report: ReportModel): string {
  const lines = [...cover(report), ""];
  for (const s of sectionsOf(report)) lines.push(`## ${e(s.title)}`, "", ...section(report, s.id), "");
  lines.push("---", "", `_${e(`Generated by Rolefit on ${report.cover.dateLabel}.`)}_`, "");
  return lines.join("\n");
}
