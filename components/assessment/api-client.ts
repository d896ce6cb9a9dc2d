/** Browser-side calls to the assessment API, with errors mapped to the form's field names. */
import type { TAnswers } from "@/lib/questionnaire/schema";
import type { TAssessmentDetails } from "@/lib/validation/assessment";

export interface ApiIssue {
  path: string;
  message: string;
}

export type ApiOutcome<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; issues: ApiIssue[] }
  | { ok: false; status: 0; message: string; issues: [] };

export interface DraftPayload {
  questionnaireVersion: string;
  answers: TAnswers;
  details: TAssessmentDetails;
}

async function send<T>(url: string, method: "PUT" | "POST", body: unknown, keepalive = false): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      // The page's language (which a respondent's engagement may have chosen, unknown to the browser's
      // own Accept-Language), so the server's error messages come back in it.
      headers: { "Content-Type": "application/json", "Accept-Language": document.documentElement.lang || "en" },
      body: JSON.stringify(body),
      keepalive,
    });
  } catch {
    return { ok: false, status: 0, message: "No connection. Your answers are kept on this page and will be saved when the connection returns.", issues: [] };
  }
  const json = (await response.json().catch(() => null)) as { error?: { message?: string; issues?: ApiIssue[] } } | null;
  if (response.ok) return { ok: true, status: response.status, data: json as T };
  return {
    ok: false,
    status: response.status,
    message: json?.error?.message ?? `The server answered ${response.status}.`,
    issues: json?.error?.issues ?? [],
  };
}

export function saveDraftRequest(token: string, payload: DraftPayload, keepalive = false) {
  return send<{ revision: number; updatedAt: string }>(`/api/v1/assessments/${token}`, "PUT", payload, keepalive);
}

export function submitRequest(token: string, payload: DraftPayload & { idempotencyKey: string }) {
  return send<{ resultId: string; resultUrl: string }>(`/api/v1/assessments/${token}/submit`, "POST", payload);
}

/** "answers.employees" → "employees", "details.organizationName" → "organizationName". */
export function issuesByField(issues: ApiIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.replace(/^(answers|details)\./, "").split(".")[0] ?? issue.path;
    errors[key] ??= issue.message;
  }
  return errors;
}
