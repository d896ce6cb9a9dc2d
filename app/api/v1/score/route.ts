import { NextResponse } from "next/server";
import { readJsonBody, route } from "@/lib/http/route";
import { score } from "@/lib/scoring";
import { parseOrThrow } from "@/lib/services/errors";
import { ZScoreRequest } from "@/lib/validation/assessment";

/** Scores answers and returns the model's full output; nothing is saved. */
export const POST = route(async (request) => {
  const input = parseOrThrow(ZScoreRequest, await readJsonBody(request));
  return NextResponse.json(score(input), { headers: { "Cache-Control": "no-store" } });
});
