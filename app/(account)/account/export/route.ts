/**
 * GET /account/export: everything Rolefit holds about the signed-in person, as a JSON download
 * in the shape published at /privacy/export-schema.json. Anyone not signed in gets 401.
 */
import { actorFromRequest } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { exportPersonalData } from "@/lib/services/personal-data-export";

export const GET = route(async (request) => {
  const exported = await exportPersonalData(await actorFromRequest(request));
  const day = exported.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(exported, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rolefit-my-data-${day}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
