"use server";

import { redirect } from "next/navigation";
import { requestClientAddress } from "@/lib/http/request-address";
import { createAssessment } from "@/lib/services/assessments";
import { DomainError } from "@/lib/errors";
import { limitPerAddress } from "@/lib/services/request-limits";

/**
 * Takes no input: it creates an empty draft and sends the browser to its private link. Past the
 * per-address limit it sends the browser back to the landing page, which says when to try again.
 */
export async function startAssessmentAction(): Promise<never> {
  try {
    await limitPerAddress("newAssessment", await requestClientAddress());
  } catch (error) {
    if (error instanceof DomainError && error.kind === "rate_limited") redirect(`/?limited=${error.retryAfterSeconds ?? 60}`);
    throw error;
  }
  const { token } = await createAssessment();
  redirect(`/assessment/${token}`);
}
