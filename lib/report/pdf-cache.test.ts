/**
 * The PDF cache: its key changes with everything a report shows and with the renderer, and the
 * cache on disk hands back only whole files, renders a report once however many ask at once, and
 * stays within its size.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { score } from "../scoring/score";
import { jpegBytes, pngBytes } from "../testing/logo-images";
import { buildOrganizationReport } from "./build-organization-report";
import { buildResultReport, type ResultReportInput } from "./build-report";
import type { ReportModel } from "./model";
import { buildWorkers } from "../../scripts/build-workers";
import { PdfCache, RENDERER_FILES, pdfCacheKey, rendererIdentity, reportForCache } from "./pdf-cache";
import { workerBundlePath } from "../workers/bundles";
import { FIXED_DATE, FIXTURE_ROLE_WEIGHTS, archetype, organizationReportInput } from "../testing/report-fixtures";

const RENDERER = "renderer under test";
const keyOf = (report: ReportModel, renderer = RENDERER) => pdfCacheKey(reportForCache(report), renderer);

function resultInput(): ResultReportInput {
  const { answers } = archetype("regional_bank");
  return {
    resultId: "result-1",
    submittedAt: "2026-03-12T10:00:00.000Z",
    output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers }),
    answers,
    organizationName: "Northwind Bank",
    respondentName: "Ada Example",
    respondentRole: "ceo",
    consultantFirmName: "Example Advisory",
    consultantFirmLogo: pngBytes({ width: 140, height: 48 }),
    generatedAt: FIXED_DATE,
  };
}

function rescored(input: ResultReportInput, answers: ResultReportInput["answers"]): ResultReportInput {
  return { ...input, answers, output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers }) };
}

describe("the PDF cache key", () => {
  it("changes with each input a result's report shows", () => {
    const base = resultInput();
    const other = archetype("fintech_scaleup").answers;
    const firstQuestion = Object.keys(base.answers)[0] ?? "";
    const variants: Record<string, ResultReportInput> = {
      "another result's answers and scores": rescored(base, other),
      "one answer left open": rescored(base, Object.fromEntries(Object.entries(base.answers).filter(([id]) => id !== firstQuestion))),
      "another stored result": { ...base, resultId: "result-2" },
      "another submission date": { ...base, submittedAt: "2026-03-13T10:00:00.000Z" },
      "the organization renamed": { ...base, organizationName: "Northwind Bank plc" },
      "the respondent renamed": { ...base, respondentName: "Ada Sample" },
      "the respondent's role": { ...base, respondentRole: "cfo" },
      "the consulting firm renamed": { ...base, consultantFirmName: "Example Partners" },
      "no consulting firm name": { ...base, consultantFirmName: null },
      "another logo": { ...base, consultantFirmLogo: jpegBytes({ width: 140, height: 48 }) },
      "the logo removed": { ...base, consultantFirmLogo: null },
      "scored by an earlier model": { ...base, output: { ...base.output, modelVersion: "2026.1" } },
      "answered on an earlier questionnaire": { ...base, output: { ...base.output, questionnaireVersion: "2025.1" } },
      "another confidence level": { ...base, output: { ...base.output, confidence: { ...base.output.confidence, level: "low" } } },
      "made the next day": { ...base, generatedAt: new Date(FIXED_DATE.getTime() + 24 * 60 * 60 * 1000) },
    };
    const keys = new Map<string, string>([[keyOf(buildResultReport(base)), "the base report"]]);
    for (const [change, input] of Object.entries(variants)) {
      const key = keyOf(buildResultReport(input));
      expect(keys.get(key), `${change} gives a key of its own`).toBeUndefined();
      keys.set(key, change);
    }
  });

  it("changes with each input an organization's report shows", () => {
    const base = organizationReportInput(4);
    const [first, ...rest] = base.respondents;
    if (!first) throw new Error("The fixture has respondents");
    const variants = {
      "the role weights": { ...base, roleWeights: { ...FIXTURE_ROLE_WEIGHTS, ceo: 3 } },
      "one more respondent": organizationReportInput(5),
      "a respondent's new result": { ...base, respondents: [{ ...first, resultId: "result-99" }, ...rest] },
      "a respondent renamed": { ...base, respondents: [{ ...first, name: "Someone Else" }, ...rest] },
      "the organization renamed": { ...base, organizationName: "Northwind Group" },
      "the consulting firm renamed": { ...base, consultantFirmName: "Example Partners" },
      "a logo added": { ...base, consultantFirmLogo: pngBytes({ width: 96, height: 32 }) },
    };
    const keys = new Set([keyOf(buildOrganizationReport(base))]);
    for (const [change, input] of Object.entries(variants)) {
      const key = keyOf(buildOrganizationReport(input));
      expect(keys.has(key), `${change} gives a key of its own`).toBe(false);
      keys.add(key);
    }
  });

  it("changes when any single value anywhere in the model changes", () => {
    const report = buildResultReport(resultInput());
    const base = keyOf(report);
    let checked = 0;
    const visit = (value: unknown, mutate: (replacement: unknown) => ReportModel, where: string) => {
      if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, (replacement) => mutate(value.map((old, at) => (at === index ? replacement : old))), `${where}[${index}]`));
        if (value.length > 0) expect(keyOf(mutate(value.slice(1))), `${where} without its first item`).not.toBe(base);
      } else if (value !== null && typeof value === "object") {
        for (const [name, inner] of Object.entries(value)) visit(inner, (replacement) => mutate({ ...value, [name]: replacement }), `${where}.${name}`);
      } else {
        const changed = typeof value === "number" ? value + 1 : typeof value === "boolean" ? !value : typeof value === "string" ? `${value}x` : "now set";
        // The time of day is the one thing a report does not print (the next test).
        const replacement = where === "report.cover.generatedAt" ? "2026-03-15T09:00:00.000Z" : changed;
        expect(keyOf(mutate(replacement)), where).not.toBe(base);
        checked += 1;
      }
    };
    visit(report, (replacement) => replacement as ReportModel, "report");
    expect(checked).toBeGreaterThan(200);
  });

  it("is the same for the same report generated at another time of the same day, whose cached PDF carries that day", () => {
    const morning = buildResultReport({ ...resultInput(), generatedAt: new Date("2026-03-14T00:00:01.000Z") });
    const night = buildResultReport({ ...resultInput(), generatedAt: new Date("2026-03-14T23:59:59.999Z") });
    expect(keyOf(morning)).toBe(keyOf(night));
    expect(reportForCache(night).cover.generatedAt).toBe("2026-03-14T00:00:00.000Z");
    expect(reportForCache(night).cover.dateLabel).toBe("14 March 2026");
  });

  it("tells a number JSON cannot write from null", () => {
    const report = buildResultReport(resultInput());
    const bar = (score: number | null) => ({ ...report, scores: { ...report.scores, bars: report.scores.bars.map((item) => ({ ...item, score: score as number })) } });
    expect(new Set([keyOf(bar(null)), keyOf(bar(Number.NaN)), keyOf(bar(Number.POSITIVE_INFINITY))]).size).toBe(3);
  });

  it("changes with the renderer", () => {
    const report = buildResultReport(resultInput());
    expect(keyOf(report, "renderer a")).not.toBe(keyOf(report, "renderer b"));
  });
});

function edit(root: string, file: string, from: string, to: string): void {
  const full = path.join(root, file);
  const source = fs.readFileSync(full, "utf8");
  expect(source).toContain(from);
  fs.writeFileSync(full, source.replace(from, to));
}

describe("the renderer's identity", () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-renderer-"));
    // The sources the bundle is built from, and the files the identity hashes.
    for (const entry of ["lib", "tsconfig.json", ...RENDERER_FILES]) fs.cpSync(path.join(process.cwd(), entry), path.join(root, entry), { recursive: true });
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("is the same for the same renderer, and changes when a renderer source (through its bundle) or the lockfile does", async () => {
    await buildWorkers(root);
    const before = rendererIdentity(root);
    await buildWorkers(root);
    expect(rendererIdentity(root)).toBe(before);
    edit(root, "lib/report/pdf/styles.ts", "fontSize: 10,", "fontSize: 11,");
    await buildWorkers(root);
    const styled = rendererIdentity(root);
    expect(styled).not.toBe(before);
    fs.appendFileSync(path.join(root, "package-lock.json"), "\n");
    expect(rendererIdentity(root)).not.toBe(styled);
  });

  it("changes when the model or formatting code the renderer imports does", async () => {
    await buildWorkers(root);
    const before = rendererIdentity(root);
    edit(root, "lib/i18n/dates.ts", '"en-GB"', '"en-US"');
    await buildWorkers(root);
    const reformatted = rendererIdentity(root);
    expect(reformatted).not.toBe(before);
    edit(root, "lib/report/model.ts", '"cover.consultantRecommends"', '"cover.consultantNames"');
    await buildWorkers(root);
    expect(rendererIdentity(root)).not.toBe(reformatted);
  });

  it("covers everything a render worker loads from the project: the bundle imports only packages and Node's own modules", () => {
    const bundle = fs.readFileSync(workerBundlePath("pdf"), "utf8");
    const specifiers = [...bundle.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|\brequire\(\s*"([^"]+)"\s*\)/gm)].map(
      (match) => match[1] ?? match[2] ?? match[3] ?? "",
    );
    expect(specifiers).toContain("@react-pdf/renderer");
    expect(specifiers.filter((specifier) => specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("file:"))).toEqual([]);
    expect(bundle).toContain("// lib/report/pdf/report-document.tsx");
  });
});

const FAKE_PDF = (label: string) => Buffer.from(`%PDF-1.3\n${label}\n%%EOF\n`, "latin1");

describe("the PDF cache on disk", () => {
  let directory: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-pdf-cache-"));
  });

  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  const report = (resultId: string) => buildResultReport({ ...resultInput(), resultId });

  function countingRender() {
    const rendered: ReportModel[] = [];
    return {
      rendered,
      render: async (model: ReportModel) => {
        rendered.push(model);
        return FAKE_PDF(model.cover.respondents[0]?.resultId ?? "none");
      },
    };
  }

  it("renders a report once, keeps it, and hands the same bytes back without rendering again", async () => {
    const cache = new PdfCache({ directory, renderer: RENDERER });
    const { rendered, render } = countingRender();
    const first = await cache.pdf(report("a"), render);
    const again = await new PdfCache({ directory, renderer: RENDERER }).pdf(report("a"), render);
    expect(rendered).toHaveLength(1);
    expect(again.equals(first)).toBe(true);
    expect(fs.readdirSync(directory)).toEqual([`${keyOf(report("a"))}.pdf`]);
  });

  it("renders the model with the day's start as its time, so what is kept matches its key", async () => {
    const { rendered, render } = countingRender();
    await new PdfCache({ directory, renderer: RENDERER }).pdf(report("a"), render);
    expect(rendered[0]?.cover.generatedAt).toBe("2026-03-14T00:00:00.000Z");
  });

  it("renders once for a burst of downloads of one report", async () => {
    const cache = new PdfCache({ directory, renderer: RENDERER });
    const { rendered, render } = countingRender();
    const all = await Promise.all(Array.from({ length: 20 }, () => cache.pdf(report("a"), render)));
    expect(rendered).toHaveLength(1);
    expect(new Set(all.map((bytes) => bytes.toString("latin1"))).size).toBe(1);
    // Twenty keys of a model with a logo in it: seconds on a busy machine.
  }, 30_000);

  it("renders again when the renderer changed", async () => {
    const { rendered, render } = countingRender();
    await new PdfCache({ directory, renderer: "renderer a" }).pdf(report("a"), render);
    await new PdfCache({ directory, renderer: "renderer b" }).pdf(report("a"), render);
    expect(rendered).toHaveLength(2);
  });

  it("never hands back a file cut short, and replaces it", async () => {
    const cache = new PdfCache({ directory, renderer: RENDERER });
    const { rendered, render } = countingRender();
    const whole = await cache.pdf(report("a"), render);
    const [file] = fs.readdirSync(directory);
    fs.writeFileSync(path.join(directory, file ?? ""), whole.subarray(0, whole.length - 8));
    expect((await cache.pdf(report("a"), render)).equals(whole)).toBe(true);
    expect(rendered).toHaveLength(2);
    expect(fs.readFileSync(path.join(directory, file ?? "")).equals(whole)).toBe(true);
  });

  it("still answers with the PDF when it cannot keep it", async () => {
    const blocked = path.join(directory, "not-a-directory");
    fs.writeFileSync(blocked, "");
    const { render } = countingRender();
    const bytes = await new PdfCache({ directory: blocked, renderer: RENDERER }).pdf(report("a"), render);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("deletes the least recently read files once over its size, and leftovers of interrupted writes", async () => {
    const size = FAKE_PDF("a").length;
    const cache = new PdfCache({ directory, renderer: RENDERER, maxBytes: size * 4 });
    const { render } = countingRender();
    const leftover = path.join(directory, "abandoned.pdf.123.tmp");
    fs.writeFileSync(leftover, "half");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(leftover, twoHoursAgo, twoHoursAgo);
    for (const [index, id] of ["a", "b", "c", "d"].entries()) {
      await cache.pdf(report(id), render);
      // Read times a minute apart, "a" the oldest.
      const readAt = new Date(Date.now() - (10 - index) * 60_000);
      fs.utimesSync(path.join(directory, `${keyOf(report(id))}.pdf`), readAt, readAt);
    }
    expect(fs.existsSync(leftover)).toBe(false);
    // Reading "a" makes it the most recent; the fifth report passes the limit.
    await cache.pdf(report("a"), render);
    await cache.pdf(report("e"), render);
    const kept = fs.readdirSync(directory);
    expect(kept).not.toContain(`${keyOf(report("b"))}.pdf`);
    expect(kept).toContain(`${keyOf(report("a"))}.pdf`);
    expect(kept).toContain(`${keyOf(report("e"))}.pdf`);
    expect(kept.length * size).toBeLessThanOrEqual(size * 3);
  });

  it("deletes files not read for a day", async () => {
    const cache = new PdfCache({ directory, renderer: RENDERER });
    const { render } = countingRender();
    await cache.pdf(report("a"), render);
    const stale = path.join(directory, `${keyOf(report("a"))}.pdf`);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    fs.utimesSync(stale, twoDaysAgo, twoDaysAgo);
    await new PdfCache({ directory, renderer: RENDERER }).pdf(report("b"), render);
    expect(fs.existsSync(stale)).toBe(false);
  });
});
