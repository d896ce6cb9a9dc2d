/** Exporting the results table against a real SQLite file: columns, escaping, filters, scope, and batches. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { db } from "../db";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { allQuestions } from "../questionnaire/skip";
import type { ScoringOutput } from "../scoring/types";
import { createConsultant, createExecutive, expectDomainError } from "../testing/accounts";
import { readCsv } from "../testing/read-csv";
import { createSyntheticOrganization } from "../testing/synthetic-results";
import { createTestPortfolio, insertExpected, scoredSample, type TestPortfolio } from "../testing/test-portfolio";
import { EXPORT_COLUMNS, csvChunks, jsonChunks, openResultsExport } from "./results-export";
import { listResults } from "./results-table";

afterAll(async () => {
  await db.$disconnect();
});

async function text(chunks: AsyncGenerator<string>): Promise<string> {
  let all = "";
  for await (const chunk of chunks) all += chunk;
  return all;
}

async function csvRecords(actor: Actor, query: Record<string, string>, batchSize = 4): Promise<Record<string, string>[]> {
  const csv = await text(csvChunks(await openResultsExport(actor, query, { batchSize })));
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = readCsv(csv.slice(1));
  expect(header).toEqual(EXPORT_COLUMNS);
  return rows.map((row) => Object.fromEntries(EXPORT_COLUMNS.map((column, index) => [column, row[index] ?? ""])));
}

async function jsonRecords(actor: Actor, query: Record<string, string>, batchSize = 4): Promise<Record<string, unknown>[]> {
  return JSON.parse(await text(jsonChunks(await openResultsExport(actor, query, { batchSize })))) as Record<string, unknown>[];
}

/** The table's rows for the same query, over every page. */
async function tableIds(actor: Actor, query: Record<string, string>): Promise<string[]> {
  const found: string[] = [];
  let after: string | null = null;
  do {
    const page = await listResults(actor, after ? { ...query, after } : query);
    found.push(...page.rows.map((row) => row.id));
    after = page.nextCursor;
  } while (after);
  return found;
}

describe("exporting the results table", () => {
  let portfolio: TestPortfolio;
  beforeAll(async () => {
    portfolio = await createTestPortfolio(11);
  });

  it("writes one CSV row per result, in the table's order, with versions, stored scores and one column per answer", async () => {
    const records = await csvRecords(portfolio.consultant.actor, {});
    expect(records.map((record) => record.id)).toEqual(await tableIds(portfolio.consultant.actor, {}));
    expect(EXPORT_COLUMNS.filter((column) => column.startsWith("answer_"))).toEqual(allQuestions(QUESTIONNAIRE).map((question) => `answer_${question.id}`));
    for (const record of records) {
      const stored = await db.result.findUniqueOrThrow({ where: { id: record.id }, select: { output: true, answers: true, modelVersion: true, questionnaireVersion: true } });
      const output = stored.output as unknown as ScoringOutput;
      const expected = portfolio.rows.find((row) => row.id === record.id);
      expect(record).toMatchObject({
        organization: expected?.clientName,
        respondent: expected?.respondentName,
        respondent_role: expected?.respondentRole ?? "",
        recommendation: output.recommended,
        confidence: output.confidence.level,
        margin: String(output.margin),
        review_status: expected?.reviewStatus,
        created_at: expected?.createdAt,
        model_version: stored.modelVersion,
        questionnaire_version: stored.questionnaireVersion,
        score_separate: String(output.scores.separate),
        score_ctio: String(output.scores.ctio),
        score_cdo: String(output.scores.cdo),
      });
      const answers = stored.answers as Record<string, unknown>;
      for (const question of allQuestions(QUESTIONNAIRE)) {
        const answer = answers[question.id];
        const written = Array.isArray(answer) ? answer.join("; ") : answer === undefined ? "" : String(answer);
        expect(record[`answer_${question.id}`], question.id).toBe(written);
      }
    }
  });

  it("writes JSON as an array of objects keyed by column, with numbers and lists kept as such", async () => {
    const records = await jsonRecords(portfolio.consultant.actor, { sort: "margin", dir: "asc" });
    expect(records.map((record) => record.id)).toEqual(await tableIds(portfolio.consultant.actor, { sort: "margin", dir: "asc" }));
    const first = records[0];
    expect(Object.keys(first ?? {})).toEqual(EXPORT_COLUMNS);
    expect(typeof first?.margin).toBe("number");
    expect(typeof first?.score_cdo).toBe("number");
    expect(typeof first?.answer_employees).toBe("number");
    expect(Array.isArray(first?.answer_frameworks)).toBe(true);
    expect(await jsonRecords(portfolio.consultant.actor, { q: "nobody by this name" })).toEqual([]);
  });

  it("exports exactly the filtered table, whatever the page position and page size in the address", async () => {
    const filter = { recommendation: "separate", status: "in_review" };
    const expected = await tableIds(portfolio.consultant.actor, filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(portfolio.rows.length);
    const page = await listResults(portfolio.consultant.actor, { limit: "25", sort: "organization" });
    const records = await csvRecords(portfolio.consultant.actor, { ...filter, limit: "25" }, 2);
    expect(records.map((record) => record.id)).toEqual(expected);
    const everything = await csvRecords(portfolio.consultant.actor, { sort: "organization", limit: "25", after: page.nextCursor ?? "" }, 3);
    expect(everything).toHaveLength(portfolio.rows.length);
  });

  it("neutralizes formulas in names and keeps commas, quotes and line breaks inside their cells", async () => {
    const hostile = await createSyntheticOrganization(db, { name: '=HYPERLINK("http://evil.test","Open")', industry: "retail", sizeBand: "1_49" });
    const consultant = await createConsultant([hostile.id]);
    const names = ["+SUM(1,2)", "-2+3", "@cmd|' /C calc'!A0", "\t=1+1", 'Smith, "The Boss"\nJr.', "Plain Name"];
    const created = await insertExpected(names.map((respondentName) => ({ organization: hostile, scored: scoredSample()[0]!, respondentName })));
    const records = await csvRecords(consultant.actor, {});
    expect(records).toHaveLength(names.length);
    const respondentOf = (id: string) => records.find((record) => record.id === id)?.respondent;
    expect(created.map((row) => respondentOf(row.id))).toEqual(["'+SUM(1,2)", "'-2+3", "'@cmd|' /C calc'!A0", "'\t=1+1", 'Smith, "The Boss"\nJr.', "Plain Name"]);
    expect(records.every((record) => record.organization === `'=HYPERLINK("http://evil.test","Open")`)).toBe(true);
    // JSON is not opened by spreadsheets: the names stay exactly as entered.
    const json = await jsonRecords(consultant.actor, {});
    expect(json.map((record) => record.respondent).sort()).toEqual([...names].sort());
  });

  it("applies the table's scope, and refuses before anything is read", async () => {
    const outsider = await createConsultant([portfolio.beta.id]);
    const records = await csvRecords(outsider.actor, {});
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => record.organization_id === portfolio.beta.id)).toBe(true);
    await expectDomainError(openResultsExport(outsider.actor, { organization: portfolio.alpha.id }), 404, "organization_not_found");
    await expectDomainError(openResultsExport((await createExecutive([portfolio.alpha.id])).actor, {}), 403, "consultants_only");
    await expectDomainError(openResultsExport(ANONYMOUS, {}), 401, "sign_in_required");
    await expectDomainError(openResultsExport(portfolio.consultant.actor, { confidence: "certain" }), 400, "confidence");
  });
});
