import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { healthResponse } from "./health";

// Answered per request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** For load balancers and orchestrators: 200 while the database answers, 503 otherwise. */
export const GET = route(() => healthResponse(() => db.$queryRaw`SELECT 1`), { logLevel: "debug" });
