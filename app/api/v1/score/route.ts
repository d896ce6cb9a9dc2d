import { NextResponse } from "next/server";
import { toApiScore } from "@/lib/api/present";
import { readJsonBody, route } from "@/lib/http/route";
import { parseOrThrow } from "@/lib/errors";
import { ZScoreRequest } from "@/lib/validation/assessment";
import { previewScoreInWorker } from "@/lib/workers/scoring-pool";

/**
 * Scores answers and returns the model's full output, its robustness in the read API's documented
 * shape; nothing is saved. Scored on the worker, as a submission is, so a burst of previews does
 * not hold up the requests this thread serves.
 */
export const POST = route(async (request) => {
  const input = parseOrThrow(ZScoreRequest, await readJsonBody(request));
  return NextResponse.json(toApiScore(await previewScoreInWorker(input)), { headers: { "Cache-Control": "no-store" } });
});
