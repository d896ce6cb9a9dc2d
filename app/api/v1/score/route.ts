import { NextResponse } from "next/server";
import { toApiScore } from "@/lib/api/present";
import { readJsonBody, route } from "@/lib/http/route";
import { score } from "@/lib/scoring";
import { parseOrThrow } from "@/lib/errors";
import { ZScoreRequest } from "@/lib/validation/assessment";

/** Scores answers and returns the model's full output, its robustness in the read API's documented shape; nothing is saved. */
export const POST = route(async (request) => {
  const input = parseOrThrow(ZScoreRequest, await readJsonBody(request));
  return NextResponse.json(toApiScore(score(input)), { headers: { "Cache-Control": "no-store" } });
});
