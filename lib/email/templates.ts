/**
 * The text of every engagement email, as {subject, text, html}: pure, so what a respondent or a
 * consultant reads is tested without a mail server. Every value from the database or a person is
 * escaped in the HTML part. No email carries an answer or a result: links lead to them, behind
 * the link's own checks.
 */
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
export function dueDay(dueAt: Date): string {
  return dayInWords(new Date(dueAt.getTime() - 1), true);
}

/** "Saturday 12 December 2026", in UTC, so every instance writes the same day. */
function dayInWords(moment: Date, withYear: boolean): string {
  const part = (options: Intl.DateTimeFormatOptions) => moment.toLocaleDateString("en-GB", { ...options, timeZone: "UTC" });
  return [part({ weekday: "long" }), part({ day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}) })].join(" ");
}

/** A header must be one line: a name holding a line break could otherwise add headers. */
function subjectLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
}

function firmOf(branding: Branding): string {
  return branding.firmName ?? "Your consultant";
}

function build(branding: Branding, subject: string, textLines: string[], body: string, footer: string): EmailContent {
  const cleanSubject = subjectLine(subject);
  return { subject: cleanSubject, text: [...textLines, "", "--", footer].join("\n"), html: emailDocument(branding, cleanSubject, body, footer) };
}

const RESPONDENT_FOOTER = "This link is personal: it opens your questionnaire and nothing else, so please do not forward this email.";

export interface RespondentEmailInput {
  branding: Branding;
  engagement: EngagementSummary;
  respondentName: string;
  /** The respondent's personal link (on the configured public URL). */
  link: string;
}

export function invitationEmail(input: RespondentEmailInput & { message: string }): EmailContent {
  const { branding, engagement, respondentName, link, message } = input;
  const due = dueDay(engagement.dueAt);
  const firm = firmOf(branding);
  return build(
    branding,
    `${engagement.name}: your questionnaire from ${firm}`,
    [`Hello ${respondentName},`, "", message, "", `Please answer by ${due}. Your personal link:`, "", link],
    paragraph(`Hello ${escapeHtml(respondentName)},`) +
      paragraph(htmlLines(message)) +
      paragraph(`Please answer by <strong>${escapeHtml(due)}</strong>.`) +
      linkButton("Open your questionnaire", link),
    RESPONDENT_FOOTER,
  );
}

export function reminderEmail(input: RespondentEmailInput): EmailContent {
  const { branding, engagement, respondentName, link } = input;
  const due = dueDay(engagement.dueAt);
  return build(
    branding,
    `Reminder: ${engagement.name}, answers due ${due}`,
    [`Hello ${respondentName},`, "", `${firmOf(branding)} is still waiting for your answers to "${engagement.name}". Please answer by ${due}.`, "", "Your personal link (your answers so far are kept):", "", link],
    paragraph(`Hello ${escapeHtml(respondentName)},`) +
      paragraph(`${escapeHtml(firmOf(branding))} is still waiting for your answers to <strong>${escapeHtml(engagement.name)}</strong>. Please answer by <strong>${escapeHtml(due)}</strong>.`) +
      paragraph("Your answers so far are kept.") +
      linkButton("Continue your questionnaire", link),
    RESPONDENT_FOOTER,
  );
}

/** Sent when the engagement closes, with the report or a share link the consultant chose to pass on. */
export function closingEmail(input: Omit<RespondentEmailInput, "link"> & { reportUrl: string }): EmailContent {
  const { branding, engagement, respondentName, reportUrl } = input;
  return build(
    branding,
    `${engagement.name}: the results are ready`,
    [`Hello ${respondentName},`, "", `"${engagement.name}" is closed. Thank you for taking part. ${firmOf(branding)} has shared the team's report with you:`, "", reportUrl],
    paragraph(`Hello ${escapeHtml(respondentName)},`) +
      paragraph(`<strong>${escapeHtml(engagement.name)}</strong> is closed. Thank you for taking part. ${escapeHtml(firmOf(branding))} has shared the team's report with you.`) +
      linkButton("Open the report", reportUrl),
    "The report is shared with the people who took part. Please do not forward this email.",
  );
}

const CONSULTANT_FOOTER = "You receive this because you run this engagement in Rolefit. Answers are shown in Rolefit, never in email.";

export interface ConsultantEmailInput {
  branding: Branding;
  engagement: EngagementSummary;
  /** Respondents who completed, and all respondents. */
  answered: number;
  total: number;
  /** The engagement's page in the workspace. */
  engagementUrl: string;
}

function progress(answered: number, total: number): string {
  return `${answered} of ${total} respondent${total === 1 ? "" : "s"} have answered.`;
}

export function completionEmail(input: ConsultantEmailInput & { respondentName: string }): EmailContent {
  const { branding, engagement, answered, total, engagementUrl, respondentName } = input;
  return build(
    branding,
    `${engagement.name}: ${respondentName} has answered`,
    [`${respondentName} has completed the questionnaire for "${engagement.name}".`, progress(answered, total), "", "The engagement in Rolefit:", engagementUrl],
    paragraph(`<strong>${escapeHtml(respondentName)}</strong> has completed the questionnaire for <strong>${escapeHtml(engagement.name)}</strong>.`) +
      paragraph(escapeHtml(progress(answered, total))) +
      linkButton("Open the engagement", engagementUrl),
    CONSULTANT_FOOTER,
  );
}

export function digestEmail(input: ConsultantEmailInput & { day: string; completedBy: string[] }): EmailContent {
  const { branding, engagement, answered, total, engagementUrl, day, completedBy } = input;
  const dayName = dayInWords(new Date(`${day}T12:00:00Z`), false);
  const count = `${completedBy.length} respondent${completedBy.length === 1 ? "" : "s"}`;
  const rows = completedBy
    .map((name) => `<tr><td style="padding:4px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1f2933;">${escapeHtml(name)}</td></tr>`)
    .join("");
  return build(
    branding,
    `${engagement.name}: ${count} answered on ${dayName}`,
    [`On ${dayName} (UTC), ${count} completed the questionnaire for "${engagement.name}":`, "", ...completedBy.map((name) => `- ${name}`), "", progress(answered, total), "", "The engagement in Rolefit:", engagementUrl],
    paragraph(`On ${escapeHtml(dayName)} (UTC), ${escapeHtml(count)} completed the questionnaire for <strong>${escapeHtml(engagement.name)}</strong>:`) +
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;">${rows}</table>` +
      paragraph(escapeHtml(progress(answered, total))) +
      linkButton("Open the engagement", engagementUrl),
    CONSULTANT_FOOTER,
  );
}

export function allAnsweredEmail(input: Omit<ConsultantEmailInput, "answered">): EmailContent {
  const { branding, engagement, total, engagementUrl } = input;
  return build(
    branding,
    `${engagement.name}: everyone has answered`,
    [`All ${total} respondents of "${engagement.name}" have completed the questionnaire. You can close the engagement and build the combined view.`, "", "The engagement in Rolefit:", engagementUrl],
    paragraph(`All ${total} respondents of <strong>${escapeHtml(engagement.name)}</strong> have completed the questionnaire. You can close the engagement and build the combined view.`) +
      linkButton("Open the engagement", engagementUrl),
    CONSULTANT_FOOTER,
  );
}
