import { NextResponse } from "next/server";
import type { TApiQuestionnaire } from "@/lib/api/schemas";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";

/** The questionnaire as JSON: version, sections, questions, option ids, bounds and skip rules. */
export function GET(): NextResponse {
  return NextResponse.json(QUESTIONNAIRE satisfies TApiQuestionnaire, { headers: { "Cache-Control": "public, max-age=300" } });
}
