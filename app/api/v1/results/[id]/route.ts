/**
 * GET /api/v1/results/{id}: one result in full, with the consultants' review, for the
 * consultants of its organization and administrators (404 for everyone else).
 */
import { toApiResult } from "@/lib/api/present";
import { apiJson, readRoute } from "@/lib/api/read-route";
import { parseOrThrow } from "@/lib/errors";
import { getResultWithReview } from "@/lib/services/read-api";
import { ZRecordId } from "@/lib/validation/organizations";

export const GET = readRoute<{ id: string }>(async (actor, _request, { id }) => apiJson(toApiResult(await getResultWithReview(actor, parseOrThrow(ZRecordId, id, ["id"])))));
