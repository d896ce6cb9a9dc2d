/**
 * The HTML frame every Rolefit email shares. Tables and inline styles only: Outlook's Word engine
 * and Gmail drop <style> blocks, flexbox and most CSS, but every client lays out a table.
 */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";

/** The Content-ID under which the mailer attaches the firm's logo; the HTML refers to it as cid:… */
export const LOGO_CID = "firm-logo@rolefit";

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Escaped text whose line breaks stay line breaks (a consultant's message keeps its paragraphs). */
export function htmlLines(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

export interface Branding {
  /** The consulting firm's name; null when the organization set none. */
  firmName: string | null;
  /** Whether the logo is attached (inline, as LOGO_CID). */
  hasLogo: boolean;
}

/** A paragraph of already escaped HTML. */
export function paragraph(html: string): string {
  return `<p style="margin:0 0 16px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1f2933;">${html}</p>`;
}

/** A button-like link that is a plain link where a client ignores the styling, with the address written out below it. */
export function linkButton(label: string, url: string, locale: Locale = "en"): string {
  const href = escapeHtml(url);
  const t = translator(locale, "EmailFrame");
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0;"><tr>` +
    `<td bgcolor="#1d4ed8" style="border-radius:4px;"><a href="${href}" style="display:inline-block;padding:12px 20px;font-family:Arial,Helvetica,sans-serif;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeHtml(label)}</a></td>` +
    `</tr></table>` +
    paragraph(`<span style="font-size:13px;color:#52606d;">${escapeHtml(t("copyAddress"))} <a href="${href}" style="color:#1d4ed8;word-break:break-all;">${href}</a></span>`)
  );
}

/** The whole document: the firm's logo and name on top, then `body` (escaped HTML), then `footer` (plain text). */
export function emailDocument(branding: Branding, title: string, body: string, footer: string, lang: Locale = "en"): string {
  const firm = branding.firmName ? escapeHtml(branding.firmName) : "Rolefit";
  const logo = branding.hasLogo ? `<img src="cid:${LOGO_CID}" alt="${firm}" height="40" style="display:block;height:40px;width:auto;border:0;margin:0 0 8px 0;">` : "";
  return [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>`,
    `<body style="margin:0;padding:0;background-color:#f3f4f6;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6"><tr><td align="center" style="padding:24px 12px;">`,
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:600px;border:1px solid #e4e7eb;">`,
    `<tr><td style="padding:24px 32px 8px 32px;border-bottom:1px solid #e4e7eb;">${logo}<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;font-weight:bold;color:#52606d;">${firm}</div></td></tr>`,
    `<tr><td style="padding:24px 32px 8px 32px;">${body}</td></tr>`,
    `<tr><td style="padding:16px 32px 24px 32px;border-top:1px solid #e4e7eb;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#7b8794;">${htmlLines(footer)}</td></tr>`,
    `</table></td></tr></table></body></html>`,
  ].join("\n");
}
