/**
 * What a failed SMTP send means for the message. A 5xx reply to the recipient or to the message
 * (RCPT TO, DATA) is the server's final word: the address does not exist or the message is
 * refused, so trying again sends nothing and the respondent shows as bounced. Everything else
 * (4xx "try later", a refused or dropped connection, a timeout, a 5xx before any recipient was
 * named, which says nothing about the address) is transient: the job tries again with backoff.
 */
export type DeliveryFailure = { kind: "bounce" | "transient"; reason: string };

/** The fields nodemailer puts on its errors (smtp-connection's _formatError). */
interface SmtpErrorFields {
  code?: unknown;
  command?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

const RECIPIENT_COMMANDS = new Set(["RCPT TO", "DATA"]);

/** Addresses are personal data and do not belong in a stored error: each becomes "[address]". */
export function withoutAddresses(text: string): string {
  return text.replace(/<?[^\s<>"',;:]+@[^\s<>"',;:]+>?/g, "[address]");
}

export function classifyDeliveryFailure(error: unknown): DeliveryFailure {
  const fields: SmtpErrorFields = typeof error === "object" && error !== null ? (error as SmtpErrorFields) : {};
  const responseCode = typeof fields.responseCode === "number" ? fields.responseCode : null;
  const command = typeof fields.command === "string" ? fields.command : "";
  const detail = typeof fields.response === "string" && fields.response ? fields.response : typeof fields.message === "string" ? fields.message : String(error);
  const reason = withoutAddresses(detail).replace(/\s+/g, " ").trim().slice(0, 300);
  if (responseCode !== null && responseCode >= 500 && responseCode < 600 && RECIPIENT_COMMANDS.has(command)) {
    return { kind: "bounce", reason: `Refused by the mail server: ${reason}` };
  }
  const code = typeof fields.code === "string" ? fields.code : "";
  const what = code === "ETIMEDOUT" ? "The mail server did not answer in time" : code === "ECONNECTION" || code === "ESOCKET" ? "The mail server could not be reached" : "The mail server did not take the message";
  return { kind: "transient", reason: `${what}: ${reason}` };
}
