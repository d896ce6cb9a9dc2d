/**
 * A client generated from the OpenAPI document with openapi-typescript compiles against the
 * operations it calls: here, reading a score's recommendation without a cast. openapi-typescript
 * also validates the document (with Redocly's OpenAPI rules) before it generates anything.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi";

const CLIENT = `
import type { paths } from "./api";

type ScoreResponse = paths["/api/v1/score"]["post"]["responses"][200]["content"]["application/json"];
type DraftResponse = paths["/api/v1/assessments/{token}"]["get"]["responses"][200]["content"]["application/json"];

export function recommendationOf(score: ScoreResponse): "separate" | "ctio" | "cdo" {
  return score.recommended;
}

export function employeesOf(draft: DraftResponse): number | undefined {
  return draft.answers.employees;
}
`;

/** The TypeScript errors of the client compiled against types generated from `document`, as text. */
async function compileClient(document: OpenApiDocument): Promise<string[]> {
  // @ts-expect-error openapi-typescript's OpenAPI3 type is narrower than the plain JSON document, which it reads as well.
  const generated = astToString(await openapiTS(document, { silent: true }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-client-"));
  try {
    fs.writeFileSync(path.join(dir, "api.ts"), generated);
    fs.writeFileSync(path.join(dir, "client.ts"), CLIENT);
    // The project's strictness, and no property read through an index signature: an untyped body must not compile.
    const program = ts.createProgram([path.join(dir, "client.ts")], {
      strict: true,
      noUncheckedIndexedAccess: true,
      noPropertyAccessFromIndexSignature: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("a client generated from the OpenAPI document", () => {
  it("reads a score's recommendation and a draft's typed answer without a cast", async () => {
    expect(await compileClient(buildOpenApiDocument())).toEqual([]);
  }, 60_000);

  it("does not compile when the score's body is an untyped object, as it once was", async () => {
    const document = buildOpenApiDocument();
    const operation = document.paths["/api/v1/score"]?.post;
    const ok = operation?.responses["200"]?.content?.["application/json"];
    if (!ok) throw new Error("The score operation has no JSON 200.");
    ok.schema = { type: "object" };
    const errors = await compileClient(document);
    expect(errors.join("\n")).toMatch(/recommended/);
  }, 60_000);
});
