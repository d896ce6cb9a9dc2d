/**
 * The layer rules in eslint.config.mjs fire: each case lints a small source as if it were a file at
 * a real path (the file need not exist; its folder and what it imports do) and expects the layer
 * rule's error, or none for an import the layer allows.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const LAYER_RULES = new Set(["import/no-restricted-paths", "@typescript-eslint/no-restricted-imports"]);
const root = path.resolve(__dirname, "..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layer rules' messages for this source at this path (other rules, such as unused imports, are not the point here). */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId !== null && LAYER_RULES.has(message.ruleId)).map((message) => `${message.ruleId}: ${message.message}`);
}

const cases: { name: string; file: string; source: string; rule: string | null }[] = [
  // Domain code: no database, no data access, no framework, no request.
  { name: "domain imports the database client (relative)", file: "lib/scoring/probe.ts", source: `import { db } from "../db";`, rule: "import/no-restricted-paths" },
  { name: "domain imports the database client (alias)", file: "lib/portfolio/probe.ts", source: `import { db } from "@/lib/db";`, rule: "import/no-restricted-paths" },
  { name: "domain imports the generated Prisma client", file: "lib/questionnaire/probe.ts", source: `import type { PrismaClient } from "@/generated/prisma/client";`, rule: "import/no-restricted-paths" },
  { name: "domain imports @prisma/client", file: "lib/validation/probe.ts", source: `import { Prisma } from "@prisma/client";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "the jobs' pure rules import a service", file: "lib/jobs/probe.ts", source: `import { enqueueJob } from "../services/jobs";`, rule: "import/no-restricted-paths" },
  { name: "the jobs' pure rules import the database client", file: "lib/jobs/probe.ts", source: `import { db } from "@/lib/db";`, rule: "import/no-restricted-paths" },
  { name: "domain imports a service", file: "lib/report/probe.ts", source: `import { listShareLinks } from "../services/share-links";`, rule: "import/no-restricted-paths" },
  { name: "domain imports the results module", file: "lib/portfolio/probe.ts", source: `import { findViewableResult } from "@/lib/results/queries";`, rule: "import/no-restricted-paths" },
  { name: "domain imports Next.js", file: "lib/portfolio/probe.ts", source: `import { notFound } from "next/navigation";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "domain imports React", file: "lib/scoring/probe.ts", source: `import { cache } from "react";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "a pure rule in lib/auth imports the session", file: "lib/auth/actor.ts", source: `import { getActor } from "./session";`, rule: "import/no-restricted-paths" },
  { name: "the language rules import the database client", file: "lib/i18n/probe.ts", source: `import { db } from "@/lib/db";`, rule: "import/no-restricted-paths" },
  { name: "the language rules import Next.js", file: "lib/i18n/probe.ts", source: `import { cookies } from "next/headers";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "domain imports HTTP", file: "lib/scoring/probe.ts", source: `import { route } from "../http/route";`, rule: "import/no-restricted-paths" },
  { name: "domain imports other domain code", file: "lib/report/probe.ts", source: `import { QUESTIONNAIRE } from "../questionnaire/definition";\nimport { aggregate } from "@/lib/portfolio/aggregate";`, rule: null },
  // The PDF renderer may use React (for @react-pdf), still not Next.js.
  { name: "a worker pool imports a service", file: "lib/workers/probe.ts", source: `import { submitAssessment } from "../services/assessments";`, rule: "import/no-restricted-paths" },
  { name: "a worker pool imports the database client", file: "lib/workers/probe.ts", source: `import { db } from "@/lib/db";`, rule: "import/no-restricted-paths" },
  { name: "a worker pool runs domain code", file: "lib/workers/probe.ts", source: `import type { ScoreInput } from "../scoring/types";\nimport { Piscina } from "piscina";`, rule: null },
  { name: "the PDF renderer imports React", file: "lib/report/pdf/probe.tsx", source: `import { Fragment } from "react";`, rule: null },
  { name: "the PDF renderer imports Next.js", file: "lib/report/pdf/probe.tsx", source: `import { notFound } from "next/navigation";`, rule: "@typescript-eslint/no-restricted-imports" },
  // Only the data-access layer uses the database client.
  { name: "a service imports the database client", file: "lib/services/probe.ts", source: `import { db } from "../db";\nimport type { Prisma } from "@/generated/prisma/client";`, rule: null },
  { name: "the results module imports the database client", file: "lib/results/probe.ts", source: `import { db } from "@/lib/db";`, rule: null },
  { name: "the session reader imports the database client", file: "lib/auth/session-probe.ts", source: `import { db } from "../db";`, rule: "import/no-restricted-paths" },
  { name: "a route imports the database client", file: "app/api/health/probe.ts", source: `import { checkDatabase } from "@/lib/db-client";`, rule: "import/no-restricted-paths" },
  { name: "a route imports @prisma/client", file: "app/api/health/probe.ts", source: `import { Prisma } from "@prisma/client";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "a page imports a service", file: "app/(assessment)/my/probe.tsx", source: `import { listShareLinks } from "@/lib/services/share-links";`, rule: null },
  { name: "a service imports Next.js", file: "lib/services/probe.ts", source: `import { redirect } from "next/navigation";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "a service imports a component", file: "lib/services/probe.ts", source: `import { Card } from "@/components/ui/card";`, rule: "import/no-restricted-paths" },
  // Components render what the page loaded.
  { name: "a component calls a service", file: "components/report/probe.tsx", source: `import { listShareLinks } from "@/lib/services/share-links";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "a component names a service's return type", file: "components/report/probe.tsx", source: `import type { ShareLinkView } from "@/lib/services/share-links";`, rule: null },
  { name: "a component reads the results module", file: "components/result/probe.tsx", source: `import { findViewableResult } from "@/lib/results/queries";`, rule: "import/no-restricted-paths" },
  { name: "a component reads the session", file: "components/probe.tsx", source: `import { getActor } from "@/lib/auth/session";`, rule: "import/no-restricted-paths" },
  { name: "a component imports the database client", file: "components/ui/probe.tsx", source: `import { db } from "../../lib/db";`, rule: "import/no-restricted-paths" },
  { name: "a component imports domain code and a server action", file: "components/workspace/probe.tsx", source: `import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";\nimport { createOrganizationAction } from "@/app/(workspace)/workspace/actions";`, rule: null },
  // Test support and devDependencies stay out of production code.
  { name: "production code imports fast-check", file: "lib/scoring/probe.ts", source: `import fc from "fast-check";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "production code imports pdfjs-dist", file: "app/shared/[token]/report/probe.ts", source: `import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";`, rule: "@typescript-eslint/no-restricted-imports" },
  { name: "production code imports test support", file: "lib/report/probe.ts", source: `import { reportFixture } from "../testing/report-fixtures";`, rule: "import/no-restricted-paths" },
  { name: "production code imports a feature's test folder", file: "lib/scoring/probe.ts", source: `import { runCaseLibrary } from "./testing/case-library-run";`, rule: "import/no-restricted-paths" },
  { name: "a test imports fast-check and test support", file: "lib/scoring/probe.test.ts", source: `import fc from "fast-check";\nimport { reportFixture } from "../testing/report-fixtures";`, rule: null },
];

describe("the layer rules in eslint.config.mjs", () => {
  it.each(cases)("$name: $rule", async ({ file, source, rule }) => {
    const errors = await layerErrors(file, source);
    if (rule === null) expect(errors).toEqual([]);
    else expect(errors).toEqual([expect.stringContaining(`${rule}: `)]);
  }, 120_000);
});
