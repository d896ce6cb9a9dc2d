import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { createAssessment } from "@/lib/services/assessments";

export const POST = route(async (request) => {
  const { token } = await createAssessment();
  const resumeUrl = new URL(`/assessment/${token}`, request.url).toString();
  return NextResponse.json({ token, resumeUrl }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
