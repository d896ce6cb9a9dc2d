/**
 * The text of every engagement email, as {subject, text, html}: pure, so what a respondent or a
 * consultant reads is tested without a mail server. Every value from the database or a person is
 * escaped in the HTML part. No email carries an answer or a result: links lead to them, behind
 * the link's own checks.
 */
import type { Locale } from "../i18n/locales";
import { DATE_LOCALE } from "../i18n/dates";
import { translator } from "../i18n/translate";
import { type Branding, emailDocument, escapeHtml, htmlLines, linkButton, paragraph } from "./html";

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export interface EngagementSummary {
  /** The engagement's name, as the consultant wrote it. */
  name: string;
  /** The end of the due day (Engagement.dueAt). */
  dueAt: Date;
}

/** The due day in words, in UTC; the moment just before dueAt, so an end given as next midnight names the right day. */
export function dueDay(dueAt: Date, locale: Locale = "en"): string {
  return dayInWords(new Date(dueAt.getTime() - 1), true, locale);
}

/** "Saturday 12 December 2026", "Samstag, 12. Dezember 2026", "samedi 12 décembre 2026": in UTC, so every instance writes the same day. */
function dayInWords(moment: Date, withYear: boolean, locale: Locale = "en"): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" };
  // en-GB puts a comma after the weekday; the product's English writes it without.
  const text = moment.toLocaleDateString(DATE_LOCALE[locale], options);
  return locale === "en" ? text.replace(",", "") : text;
}

/** A header must be one line: a name holding a line break could otherwise add headers. */
function subjectLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
}

/** The catalog's <b> tag in an email: its text is the catalog's own, around values escaped by the caller. */
function bold(chunks: string): string {
  return `<strong>${chunks}</strong>`;
}

function build(branding: Branding, subject: string, textLines: string[], body: string, footer: string, locale: Locale = "en"): EmailContent {
  const cleanSubject = subjectLine(subject);
  return { subject: cleanSubject, text: [...textLines, "", "--", footer].join("\n"), html: emailDocument(branding, cleanSubject, body, footer, locale) };
}

export interface RespondentEmailInput {
  branding: Branding;
  engagement: EngagementSummary;
  respondentName: string;
  /** The respondent's personal link (on the configured public URL). */
  link: string;
  /** The engagement's language. */
  locale?: Locale;
}

export function invitationEmail(input: RespondentEmailInput & { message: string }): EmailContent {
  const { branding, engagement, respondentName, link, message, locale = "en" } = input;
  const t = translator(locale, "RespondentEmail");
  const due = dueDay(engagement.dueAt, locale);
  const firm = branding.firmName ?? t("yourConsultant");
  return build(
    branding,
    t("invitationSubject", { engagement: engagement.name, firm }),
    [t("hello", { name: respondentName }), "", message, "", t("answerByLink", { due }), "", link],
    paragraph(escapeHtml(t("hello", { name: respondentName }))) +
      paragraph(htmlLines(message)) +
      // The catalog's own text is trusted markup; the one value in it is escaped.
      paragraph(t.markup("answerBy", { due: escapeHtml(due), b: bold })) +
      linkButton(t("openQuestionnaire"), link, locale),
    t("footer"),
    locale,
  );
}

export function reminderEmail(input: RespondentEmailInput): EmailContent {
  const { branding, engagement, respondentName, link, locale = "en" } = input;
  const t = translator(locale, "RespondentEmail");
  const due = dueDay(engagement.dueAt, locale);
  const firm = branding.firmName ?? t("yourConsultant");
  return build(
    branding,
    t("reminderSubject", { engagement: engagement.name, due }),
    [t("hello", { name: respondentName }), "", t("stillWaiting", { firm, engagement: engagement.name, due }), "", t("answersKeptLink"), "", link],
    paragraph(escapeHtml(t("hello", { name: respondentName }))) +
      paragraph(escapeHtml(t("stillWaiting", { firm, engagement: engagement.name, due }))) +
      paragraph(escapeHtml(t("answersKept"))) +
      linkButton(t("continueQuestionnaire"), link, locale),
    t("footer"),
    locale,
  );
}

/** Sent when the engagement closes, with the report or a share link the consultant chose to pass on. */
export function closingEmail(input: Omit<RespondentEmailInput, "link"> & { reportUrl: string }): EmailContent {
  const { branding, engagement, respondentName, reportUrl, locale = "en" } = input;
  const t = translator(locale, "RespondentEmail");
  const firm = branding.firmName ?? t("yourConsultant");
  const closed = t("closed", { engagement: engagement.name, firm });
  return build(
    branding,
    t("closingSubject", { engagement: engagement.name }),
    [t("hello", { name: respondentName }), "", closed, "", reportUrl],
    paragraph(escapeHtml(t("hello", { name: respondentName }))) + paragraph(escapeHtml(closed)) + linkButton(t("openReport"), reportUrl, locale),
    t("closingFooter"),
    locale,
  );
}

export interface ConsultantEmailInput {
  branding: Branding;
  engagement: EngagementSummary;
  /** Respondents who completed, and all respondents. */
  answered: number;
  total: number;
  /** The engagement's page in the workspace. */
  engagementUrl: string;
  /** The recipient's language (lib/email/recipient-locale.ts). */
  locale?: Locale;
}

export function completionEmail(input: ConsultantEmailInput & { respondentName: string }): EmailContent {
  const { branding, engagement, answered, total, engagementUrl, respondentName, locale = "en" } = input;
  const t = translator(locale, "ConsultantEmail");
  const names = { name: respondentName, engagement: engagement.name };
  return build(
    branding,
    t("completionSubject", names),
    [t("completed", names), t("progress", { answered, total }), "", t("engagementInRolefit"), engagementUrl],
    // The catalog's own text is trusted markup; the values in it are escaped.
    paragraph(t.markup("completedHtml", { name: escapeHtml(respondentName), engagement: escapeHtml(engagement.name), b: bold })) +
      paragraph(escapeHtml(t("progress", { answered, total }))) +
      linkButton(t("openEngagement"), engagementUrl, locale),
    t("footer"),
    locale,
  );
}

export function digestEmail(input: ConsultantEmailInput & { day: string; completedBy: string[] }): EmailContent {
  const { branding, engagement, answered, total, engagementUrl, day, completedBy, locale = "en" } = input;
  const t = translator(locale, "ConsultantEmail");
  const dayName = dayInWords(new Date(`${day}T12:00:00Z`), false, locale);
  const count = completedBy.length;
  const rows = completedBy
    .map((name) => `<tr><td style="padding:4px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1f2933;">${escapeHtml(name)}</td></tr>`)
    .join("");
  return build(
    branding,
    t("digestSubject", { engagement: engagement.name, count, day: dayName }),
    [t("digestIntro", { day: dayName, count, engagement: engagement.name }), "", ...completedBy.map((name) => `- ${name}`), "", t("progress", { answered, total }), "", t("engagementInRolefit"), engagementUrl],
    paragraph(t.markup("digestIntroHtml", { day: escapeHtml(dayName), count, engagement: escapeHtml(engagement.name), b: bold })) +
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;">${rows}</table>` +
      paragraph(escapeHtml(t("progress", { answered, total }))) +
      linkButton(t("openEngagement"), engagementUrl, locale),
    t("footer"),
    locale,
  );
}

export function allAnsweredEmail(input: Omit<ConsultantEmailInput, "answered">): EmailContent {
  const { branding, engagement, total, engagementUrl, locale = "en" } = input;
  const t = translator(locale, "ConsultantEmail");
  return build(
    branding,
    t("allAnsweredSubject", { engagement: engagement.name }),
    [t("allAnswered", { total, engagement: engagement.name }), "", t("engagementInRolefit"), engagementUrl],
    paragraph(t.markup("allAnsweredHtml", { total, engagement: escapeHtml(engagement.name), b: bold })) + linkButton(t("openEngagement"), engagementUrl, locale),
    t("footer"),
    locale,
  );
}
