/**
 * Which methods each route handler answers, for scripts/serve.ts: it answers any other method
 * with 405 and an Allow header before Next sees the request (Next answers a missing handler with
 * a bare 405, and throws on TRACE). A unit test keeps this table equal to what the route files
 * export. No imports: the server loads this file before Next does.
 */

export const ROUTE_METHODS: Record<string, readonly string[]> = {
  "/account/export": ["GET"],
  "/api/auth/[...nextauth]": ["GET", "POST"],
  "/api/health": ["GET"],
  "/api/v1/assessments": ["POST"],
  "/api/v1/assessments/[token]": ["GET", "PUT"],
  "/api/v1/assessments/[token]/submit": ["POST"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/organizations": ["GET"],
  "/api/v1/organizations/[id]/report": ["GET"],
  "/api/v1/questionnaire": ["GET"],
  "/api/v1/results": ["GET"],
  "/api/v1/results/[id]": ["GET"],
  "/api/v1/results/[id]/report": ["GET"],
  "/api/v1/score": ["POST"],
  "/assessment/[token]/report": ["GET"],
  "/privacy/export-schema.json": ["GET"],
  "/shared/[token]/report": ["GET"],
  "/workspace/results/export": ["GET"],
};

/** Pages answer GET (and HEAD), and POST for their server actions. */
const PAGE_METHODS = ["GET", "POST"] as const;

function matches(pattern: string, pathname: string): boolean {
  const expected = pattern.split("/");
  const actual = pathname.replace(/\/+$/, "").split("/");
  for (let index = 0; index < expected.length; index += 1) {
    const segment = expected[index] as string;
    if (segment.startsWith("[...")) return actual.length > index;
    if (index >= actual.length) return false;
    if (!(segment.startsWith("[") || segment === actual[index])) return false;
  }
  return actual.length === expected.length;
}

const routePatternOf = (pathname: string) => Object.keys(ROUTE_METHODS).find((candidate) => matches(candidate, pathname));

/** Whether a route handler answers this path; every other path is a page. */
export function isRouteHandler(pathname: string): boolean {
  return routePatternOf(pathname) !== undefined;
}

/** The methods a path answers, with HEAD beside GET and OPTIONS everywhere, as Next adds them. */
export function allowedMethods(pathname: string): string[] {
  const pattern = routePatternOf(pathname);
  const methods = pattern ? [...(ROUTE_METHODS[pattern] as string[])] : [...PAGE_METHODS];
  if (methods.includes("GET")) methods.splice(methods.indexOf("GET") + 1, 0, "HEAD");
  return [...methods, "OPTIONS"];
}
