"use server";

import { redirect } from "next/navigation";
import { createAssessment } from "@/lib/services/assessments";

/** Takes no input: it creates an empty draft and sends the browser to its private link. */
export async function startAssessmentAction(): Promise<never> {
  const { token } = await createAssessment();
  redirect(`/assessment/${token}`);
}
