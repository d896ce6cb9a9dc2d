/**
 * Per-address limits on costly work anyone can ask for without an account, and the per-token limit
 * of the read-only API: plain values, read by the services, the OpenAPI document and tests. The
 * per-address ones are sized for an office behind one address: a workshop of fifty executives can
 * each start an assessment in the same hour, and a consultant can export a dozen reports in a minute.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const REQUEST_LIMITS = {
  /** A stored draft each. */
  newAssessment: { limit: 50, windowMs: HOUR, what: "new assessments were started" },
  /** An argon2 hash and a stored user each. */
  signUp: { limit: 10, windowMs: HOUR, what: "accounts were created" },
  /** A PDF takes about half a second of a core to render. */
  reportDownload: { limit: 12, windowMs: MINUTE, what: "reports were downloaded" },
  /** An email to any address the sender types: few, so the app cannot be used to flood someone's inbox. */
  linkEmail: { limit: 5, windowMs: HOUR, what: "links were emailed" },
  /** A stored link each, made by whoever holds a result's private link, with no account to answer for it. */
  respondentShareLink: { limit: 20, windowMs: HOUR, what: "share links were created" },
} as const;

export type RequestKind = keyof typeof REQUEST_LIMITS;

/**
 * Requests one API token may make in a minute: ten a second on average, with room for a BI refresh
 * that pages through a portfolio in a burst, and a ceiling on what a leaked token can pull before
 * someone revokes it.
 */
export const API_TOKEN_REQUEST_LIMIT = { limit: 600, windowMs: MINUTE } as const;
