import { NextResponse } from "next/server";
import type { TApiAssessmentCreated } from "@/lib/api/schemas";
import { publicUrl } from "@/lib/http/absolute-url";
import { clientAddressFrom } from "@/lib/http/client-address";
import { route } from "@/lib/http/route";
import { createAssessment } from "@/lib/services/assessments";
import { limitPerAddress } from "@/lib/services/request-limits";

export const POST = route(async (request) => {
  await limitPerAddress("newAssessment", clientAddressFrom(request.headers));
  const { token } = await createAssessment();
  const body: TApiAssessmentCreated = { token, resumeUrl: publicUrl(`/assessment/${token}`) };
  return NextResponse.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
});
