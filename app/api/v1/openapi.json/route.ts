/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, public, generated from the zod schemas. */
import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { route } from "@/lib/http/route";

// Built on first use: the schemas do not change while the process runs.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = route(async () => {
  document ??= buildOpenApiDocument();
  return NextResponse.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
});
