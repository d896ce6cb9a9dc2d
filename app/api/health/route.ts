import { route } from "@/lib/http/route";
import { checkAppDatabase } from "@/lib/services/health";
import { healthResponse } from "./health";

// Answered per request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** For load balancers and orchestrators: 200 while the database answers (and, on SQLite, takes writes), 503 otherwise. */
export const GET = route(() => healthResponse(checkAppDatabase), { logLevel: "debug" });
