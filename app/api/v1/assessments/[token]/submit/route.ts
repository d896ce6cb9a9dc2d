import { NextResponse } from "next/server";
import type { TApiSubmitted } from "@/lib/api/schemas";
import { actorFromRequest } from "@/lib/auth/session";
import { publicUrl } from "@/lib/http/absolute-url";
import { readJsonBody, route } from "@/lib/http/route";
import { submitAssessment } from "@/lib/services/assessments";

type Params = { token: string };

/** 201 the first time, 200 with the same body for every replay. */
export const POST = route<Params>(async (request, { token }) => {
  const outcome = await submitAssessment(await actorFromRequest(request), token, await readJsonBody(request));
  const body: TApiSubmitted = { resultId: outcome.resultId, resultUrl: publicUrl(`/assessment/${token}/result`) };
  return NextResponse.json(
    body,
    { status: outcome.created ? 201 : 200, headers: { "Cache-Control": "no-store" } },
  );
});
