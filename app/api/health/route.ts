import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/db-client";
import { route } from "@/lib/http/route";
import { healthResponse } from "./health";

// Answered per request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** For load balancers and orchestrators: 200 while the database answers (and, on SQLite, takes writes), 503 otherwise. */
export const GET = route(() => healthResponse(() => checkDatabase(db)), { logLevel: "debug" });
