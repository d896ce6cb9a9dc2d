/** GET /privacy/export-schema.json: the JSON Schema of "Download my data", generated from the zod schema the export is checked with. */
import { route } from "@/lib/http/route";
import { personalDataExportJsonSchema } from "@/lib/privacy/export-schema";

export const GET = route(async () =>
  Response.json(personalDataExportJsonSchema(), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  }),
);
