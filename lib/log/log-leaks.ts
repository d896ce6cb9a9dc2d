/**
 * Reads a server log for what must never be in one: passwords and other known secrets,
 * session tokens, capability tokens, authenticator secrets and questionnaire answers; and
 * checks that every request line carries its request id. Used on the log of a full
 * end-to-end run (scripts/check-e2e-log.ts).
 */

export interface LogLeak {
  /** 1-based line number in the log. */
  line: number;
  kind: "secret" | "session token" | "opaque token" | "api token" | "totp secret" | "answer" | "request id missing";
  /** What was found, shortened so the report does not repeat a whole secret. */
  excerpt: string;
}

export interface LogScan {
  leaks: LogLeak[];
  /** JSON lines that describe a handled request. */
  requestLines: number;
}

const PATTERNS: { kind: LogLeak["kind"]; pattern: RegExp }[] = [
  // A next-auth JWT or any other JWS: base64url JSON header, a dot, a payload.
  { kind: "session token", pattern: /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { kind: "api token", pattern: /rfk_[A-Za-z0-9_-]{16,}/ },
  // Resume, invitation, reset and share tokens are 32 random bytes in base64url (43 characters).
  // Request ids are UUIDs and record ids cuids, both shorter.
  { kind: "opaque token", pattern: /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])/ },
  { kind: "totp secret", pattern: /(?<![A-Z2-7])[A-Z2-7]{32}(?![A-Z2-7])/ },
];

function shorten(text: string): string {
  return text.length <= 12 ? `${text.slice(0, 3)}…` : `${text.slice(0, 6)}…(${text.length} characters)`;
}

function parsed(line: string): Record<string, unknown> | null {
  if (!line.startsWith("{")) return null;
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      keysOf(child, into);
    }
  }
  return into;
}

export function scanLog(text: string, options: { secrets: string[]; answerKeys: readonly string[] }): LogScan {
  const leaks: LogLeak[] = [];
  const answerKeys = new Set(options.answerKeys);
  let requestLines = 0;
  text.split("\n").forEach((line, index) => {
    const number = index + 1;
    for (const secret of options.secrets) {
      if (secret !== "" && line.includes(secret)) leaks.push({ line: number, kind: "secret", excerpt: shorten(secret) });
    }
    for (const { kind, pattern } of PATTERNS) {
      const match = pattern.exec(line);
      if (match) leaks.push({ line: number, kind, excerpt: shorten(match[0]) });
    }
    const entry = parsed(line);
    if (!entry) return;
    const answers = [...keysOf(entry)].filter((key) => answerKeys.has(key));
    if (answers.length > 0) leaks.push({ line: number, kind: "answer", excerpt: answers.join(", ") });
    if (typeof entry.path === "string" && typeof entry.method === "string") {
      requestLines += 1;
      if (typeof entry.requestId !== "string" || entry.requestId === "") leaks.push({ line: number, kind: "request id missing", excerpt: `${entry.method} ${entry.path}` });
    }
  });
  return { leaks, requestLines };
}
