/**
 * Outgoing email through nodemailer, on when SMTP_URL is set. Only services call it; it holds
 * no data of its own, so it takes no Actor: the calling service has already authorized the send.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

let transporter: Transporter | undefined;

export function isEmailConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

/** A transport for an smtp:// or smtps:// URL; exported so tests can point it at a local server. */
export function createSmtpTransport(url: string): Transporter {
  // Short timeouts: an administrator waits on this request, and the link can be shown instead.
  return nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 });
}

/** Sends one plain-text message; throws when email is not configured or the server refuses it. */
export async function sendMail(mail: OutgoingMail, transport?: Transporter): Promise<void> {
  const via = transport ?? (env.SMTP_URL ? (transporter ??= createSmtpTransport(env.SMTP_URL)) : undefined);
  if (!via) throw new Error("Email is not configured: set SMTP_URL");
  await via.sendMail({ from: env.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}
