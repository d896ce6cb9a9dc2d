/** GET /api/v1/organizations: the organizations the caller reviews, with their result counts. */
import { toApiOrganization } from "@/lib/api/present";
import { apiJson, readRoute } from "@/lib/api/read-route";
import type { TApiOrganizations } from "@/lib/api/schemas";
import { listReviewedOrganizations } from "@/lib/services/read-api";

export const GET = readRoute(async (actor) => {
  const body: TApiOrganizations = { organizations: (await listReviewedOrganizations(actor)).map(toApiOrganization) };
  return apiJson(body);
});
