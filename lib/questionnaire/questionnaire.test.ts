import { describe, expect, it } from "vitest";
import { ZDraftSave, ZSubmission } from "../validation/assessment";
import { answersSchema } from "./answers";
import { QUESTIONNAIRE } from "./definition";
import { applyAnswer } from "./edit";
import { answerLabel } from "./labels";
import { DONT_KNOW, ZQuestionnaire, type TQuestionnaire } from "./schema";
import { allQuestions, isQuestionShown, progress, shownQuestions, withoutSkippedAnswers } from "./skip";
import { canReadVersion } from "./versions";

const questions = allQuestions(QUESTIONNAIRE);
const question = (id: string) => {
  const found = questions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const draft = answersSchema(QUESTIONNAIRE, "draft");
const complete = answersSchema(QUESTIONNAIRE, "complete");

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the questionnaire definition", () => {
  it("has between 20 and 35 questions in the sections the sources call for", () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.length).toBeLessThanOrEqual(35);
    expect(QUESTIONNAIRE.sections.map((section) => section.id)).toEqual(["profile", "regulation", "strategy", "estate", "transformation", "leadership"]);
  });

  it("gives every question help text saying why it matters and at least one source id", () => {
    for (const q of questions) {
      expect(q.help.length, q.id).toBeGreaterThanOrEqual(20);
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const source of q.sources) expect(["S1", "S2", "S3", "S4"]).toContain(source);
    }
  });

  it("lists the frameworks of insurers, banks and critical infrastructure, and an Other", () => {
    const frameworks = question("frameworks");
    const ids = "options" in frameworks ? frameworks.options.map((option) => option.id) : [];
    expect(ids).toEqual(expect.arrayContaining(["solvency_ii", "dora", "nydfs", "nis2", "other", "none"]));
  });

  it("reads answers given to questionnaire 2026.1 as they are: 2027.1 only added options", () => {
    expect(canReadVersion("2026.1")).toBe(true);
    expect(canReadVersion(QUESTIONNAIRE.version)).toBe(true);
    expect(canReadVersion("2025.9")).toBe(false);
  });

  it("uses every question type the form supports", () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["single", "multi", "number", "scale"]));
  });

  it("refuses a definition with a duplicate question id", () => {
    const broken = structuredClone(QUESTIONNAIRE) as TQuestionnaire;
    broken.sections[1]!.questions[0]!.id = "employees";
    const result = ZQuestionnaire.safeParse(broken);
    expect(messages(result).join("\n")).toContain("duplicate question id employees");
  });

  it("refuses a skip rule that points at a later question or at options that do not exist", () => {
    const forward = structuredClone(QUESTIONNAIRE) as TQuestionnaire;
    forward.sections[0]!.questions[0]!.showIf = { questionId: "sells_technology", anyOf: ["core"] };
    expect(messages(ZQuestionnaire.safeParse(forward)).join("\n")).toContain("skip rule must name options of an earlier choice question");
    const unknownOption = structuredClone(QUESTIONNAIRE) as TQuestionnaire;
    const revenueShare = unknownOption.sections[2]!.questions.find((q) => q.id === "tech_revenue_share")!;
    revenueShare.showIf = { questionId: "sells_technology", anyOf: ["maybe"] };
    expect(ZQuestionnaire.safeParse(unknownOption).success).toBe(false);
  });

  it("refuses a number question whose bounds are reversed", () => {
    const broken = structuredClone(QUESTIONNAIRE) as TQuestionnaire;
    const employees = broken.sections[0]!.questions[0]!;
    if (employees.type !== "number") throw new Error("employees should be a number question");
    employees.min = 10;
    employees.max = 5;
    expect(messages(ZQuestionnaire.safeParse(broken)).join("\n")).toContain("min must be below max");
  });
});

describe("skip logic", () => {
  it("shows the product questions only to companies that sell technology", () => {
    const revenueShare = question("tech_revenue_share");
    expect(isQuestionShown(revenueShare, {})).toBe(false);
    expect(isQuestionShown(revenueShare, { sells_technology: "no" })).toBe(false);
    expect(isQuestionShown(revenueShare, { sells_technology: "core" })).toBe(true);
    expect(isQuestionShown(revenueShare, { sells_technology: "some" })).toBe(true);
    expect(shownQuestions(QUESTIONNAIRE, { sells_technology: "no" }).map((q) => q.id)).not.toContain("product_engineers");
  });

  it("drops answers to questions that no longer apply, and keeps the rest", () => {
    const answers = { sells_technology: "no", tech_revenue_share: 40, employees: 200 };
    expect(withoutSkippedAnswers(QUESTIONNAIRE, answers)).toEqual({ sells_technology: "no", employees: 200 });
  });

  it("measures progress over the questions that apply", () => {
    expect(progress(QUESTIONNAIRE, {})).toBe(0);
    const shown = shownQuestions(QUESTIONNAIRE, { sells_technology: "no" }).length;
    expect(progress(QUESTIONNAIRE, { sells_technology: "no" })).toBeCloseTo(1 / shown);
  });
});

describe("answer validation", () => {
  it("accepts a partial draft and a don't-know where the question allows it", () => {
    expect(draft.safeParse({ employees: 120, revenue_band: DONT_KNOW, frameworks: ["gdpr", "soc2"] }).success).toBe(true);
  });

  it("names the unknown question id", () => {
    expect(messages(draft.safeParse({ headcount: 10 }))).toEqual([": Unknown question id: headcount."]);
  });

  it("explains out-of-range numbers with the question's unit and bounds", () => {
    expect(messages(draft.safeParse({ employees: 0 }))).toEqual(["employees: Enter at least 1 employee."]);
    expect(messages(draft.safeParse({ employees: 3_000_000 }))).toEqual(["employees: Enter at most 2,000,000 employees."]);
    expect(messages(draft.safeParse({ employees: 12.5 }))).toEqual(["employees: Enter a whole number of employees."]);
  });

  it("refuses wrong types, unknown options and impossible combinations", () => {
    expect(messages(draft.safeParse({ employees: "many" }))[0]).toContain("employees: Enter a number of employees.");
    expect(messages(draft.safeParse({ stage: "unicorn" }))[0]).toContain("stage: Choose one of the options");
    expect(messages(draft.safeParse({ frameworks: ["gdpr", "none"] }))[0]).toContain("cannot be combined");
    expect(messages(draft.safeParse({ frameworks: ["gdpr", "gdpr"] }))[0]).toContain("only once");
    expect(messages(draft.safeParse({ audit_burden: 6 }))[0]).toContain("scale from 1 to 5");
  });

  it("refuses don't-know where the question requires a real answer", () => {
    expect(draft.safeParse({ employees: DONT_KNOW }).success).toBe(false);
    expect(draft.safeParse({ stage: DONT_KNOW }).success).toBe(false);
  });

  it("refuses an answer to a skipped question", () => {
    expect(messages(draft.safeParse({ sells_technology: "no", tech_revenue_share: 30 }))[0]).toMatch(/^tech_revenue_share: This question does not apply/);
  });

  it("requires every applicable required question on submission, and only those", () => {
    const issues = messages(complete.safeParse({ sells_technology: "no" }));
    expect(issues).toContain("employees: This question needs an answer.");
    expect(issues.some((issue) => issue.startsWith("tech_revenue_share"))).toBe(false);
    expect(issues.some((issue) => issue.startsWith("business_units"))).toBe(false);
  });

  it("checks the questionnaire version and refuses extra fields at the boundary", () => {
    const stale = ZDraftSave.safeParse({ questionnaireVersion: "2025.9", answers: {} });
    expect(messages(stale)[0]).toContain(`current version is ${QUESTIONNAIRE.version}`);
    const extra = ZDraftSave.safeParse({ questionnaireVersion: QUESTIONNAIRE.version, answers: {}, score: 100 });
    expect(messages(extra)[0]).toContain("Unknown field: score");
    const noKey = ZSubmission.safeParse({ questionnaireVersion: QUESTIONNAIRE.version, answers: {}, idempotencyKey: "x" });
    expect(messages(noKey).join("\n")).toContain("idempotencyKey: The submission key must be a UUID.");
  });

  it("limits the length of free text", () => {
    const long = ZDraftSave.safeParse({ questionnaireVersion: QUESTIONNAIRE.version, answers: {}, details: { organizationName: "x".repeat(201) } });
    expect(messages(long)).toEqual(["details.organizationName: The company name can be at most 200 characters."]);
  });
});

describe("editing one answer", () => {
  it("applies a valid value, clears on undefined and reports unreadable numbers", () => {
    const employees = question("employees");
    const set = applyAnswer({}, employees, 250);
    expect(set).toEqual({ ok: true, answers: { employees: 250 } });
    expect(applyAnswer({ employees: 250 }, employees, undefined)).toEqual({ ok: true, answers: {} });
    expect(applyAnswer({ employees: 250 }, employees, { unreadable: "2k" })).toEqual({ ok: false, error: "Enter a number of employees, using digits only." });
    expect(applyAnswer({ employees: 250 }, employees, -4)).toEqual({ ok: false, error: "Enter at least 1 employee." });
  });

  it("labels answers the way the review step shows them", () => {
    expect(answerLabel(question("employees"), 1200)).toBe("1,200 employees");
    expect(answerLabel(question("frameworks"), ["gdpr", "sox"])).toBe("GDPR or similar privacy law, SOX");
    expect(answerLabel(question("revenue_band"), DONT_KNOW)).toBe("Don't know");
    expect(answerLabel(question("stage"), undefined)).toBe("Not answered");
  });
});
