/**
 * Outgoing email through nodemailer, on when SMTP_URL is set. Only services call it; it holds
 * no data of its own, so it takes no Actor: the calling service has already authorized the send.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { classifyDeliveryFailure, type DeliveryFailure } from "../email/delivery-failure";
import { env } from "../env";

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
  /** Set for an inline image the HTML part shows as cid:… */
  cid?: string;
}

export interface OutgoingMail {
  to: string | string[];
  subject: string;
  text: string;
  /** With html, the message is multipart/alternative: clients that show HTML show it, others the text. */
  html?: string;
  attachments?: MailAttachment[];
}

let transporter: Transporter | undefined;

/**
 * Whether this Rolefit sends email (SMTP_URL is set). Without it nothing is queued for sending:
 * engagements work with links the consultant copies, and password-reset links are shown.
 */
export function isEmailConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

/**
 * A transport for an smtp:// or smtps:// URL; exported so tests can point it at a local server.
 * Short timeouts by default: an administrator may wait on the send, and a job retries anyway.
 * They go into the URL's query, because nodemailer builds a transport given a URL from the URL
 * alone (options beside it are dropped); timeouts already in SMTP_URL's query win.
 */
export function createSmtpTransport(url: string, options: { timeoutMs?: number } = {}): Transporter {
  const timeout = options.timeoutMs ?? 10_000;
  const configured = new URL(url);
  const timeouts = { connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: Math.round(timeout * 1.5) };
  for (const [name, value] of Object.entries(timeouts)) {
    if (!configured.searchParams.has(name)) configured.searchParams.set(name, String(value));
  }
  return nodemailer.createTransport(configured.toString());
}

function defaultTransport(): Transporter | undefined {
  return env.SMTP_URL ? (transporter ??= createSmtpTransport(env.SMTP_URL)) : undefined;
}

/** Sends one message; throws when email is not configured or the server does not take it. */
export async function sendMail(mail: OutgoingMail, transport?: Transporter): Promise<void> {
  const via = transport ?? defaultTransport();
  if (!via) throw new Error("Email is not configured: set SMTP_URL");
  await via.sendMail({ from: env.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments });
}

export type DeliveryOutcome = { delivered: true } | ({ delivered: false } & DeliveryFailure);

/**
 * Sends one message and says what became of it instead of throwing for the server's answers: a
 * bounce (refused for good) or a transient failure (try again later), with a reason fit to store.
 */
export async function deliverMail(mail: OutgoingMail, transport?: Transporter): Promise<DeliveryOutcome> {
  try {
    await sendMail(mail, transport);
    return { delivered: true };
  } catch (error) {
    return { delivered: false, ...classifyDeliveryFailure(error) };
  }
}
