import { NextResponse } from "next/server";
import type { TApiDraft, TApiDraftSaved } from "@/lib/api/schemas";
import { actorFromRequest } from "@/lib/auth/session";
import { readJsonBody, route } from "@/lib/http/route";
import { getDraft, saveDraft } from "@/lib/services/assessments";

type Params = { token: string };

export const GET = route<Params>(async (request, { token }) => {
  const draft: TApiDraft = await getDraft(await actorFromRequest(request), token);
  return NextResponse.json(draft, { headers: { "Cache-Control": "no-store" } });
});

/** Autosave: replaces the draft's answers with a valid set, or changes nothing. */
export const PUT = route<Params>(async (request, { token }) => {
  const saved: TApiDraftSaved = await saveDraft(await actorFromRequest(request), token, await readJsonBody(request));
  return NextResponse.json(saved, { headers: { "Cache-Control": "no-store" } });
});
