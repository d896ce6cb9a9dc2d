import { describe, expect, it } from "vitest";
import { assessmentLinkEmail, passwordResetEmail } from "./account";
import { emailDocument, escapeHtml, LOGO_CID } from "./html";
import { recipientLocale } from "./recipient-locale";
import { allAnsweredEmail, closingEmail, completionEmail, digestEmail, dueDay, type EmailContent, invitationEmail, reminderEmail } from "./templates";

const HOSTILE = `<img src=x onerror="alert(1)"> & 'Co'`;
const LINK = "https://rolefit.example.com/respond/abcDEF123_-xyz?a=1&b=2";
const engagement = { name: `Board ${HOSTILE}`, dueAt: new Date("2026-12-12T23:59:59.999Z") };
const branding = { firmName: `Firm ${HOSTILE}`, hasLogo: true };

/** Every rendered email: none may let a value through unescaped, and each must carry its link in both parts. */
const samples: Array<{ name: string; email: EmailContent; link: string }> = [
  { name: "invitation", email: invitationEmail({ branding, engagement, respondentName: `Ann ${HOSTILE}`, link: LINK, message: `Dear team,\n${HOSTILE}` }), link: LINK },
  { name: "reminder", email: reminderEmail({ branding, engagement, respondentName: `Ann ${HOSTILE}`, link: LINK }), link: LINK },
  { name: "closing", email: closingEmail({ branding, engagement, respondentName: `Ann ${HOSTILE}`, reportUrl: `${LINK}/report` }), link: `${LINK}/report` },
  { name: "completion", email: completionEmail({ branding, engagement, respondentName: `Ann ${HOSTILE}`, answered: 2, total: 5, engagementUrl: LINK }), link: LINK },
  { name: "digest", email: digestEmail({ branding, engagement, answered: 3, total: 5, engagementUrl: LINK, day: "2026-12-08", completedBy: [`Ann ${HOSTILE}`, "Bo"] }), link: LINK },
  { name: "everyone answered", email: allAnsweredEmail({ branding, engagement, total: 5, engagementUrl: LINK }), link: LINK },
];

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});

describe.each(samples)("the $name email", ({ email, link }) => {
  it("escapes every interpolated value in the HTML part", () => {
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).not.toContain(`onerror="`);
    expect(email.html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;Co&#39;");
  });

  it("carries the link in the text part and, escaped, in the HTML part", () => {
    expect(email.text).toContain(link);
    expect(email.html).toContain(`href="${escapeHtml(link)}"`);
  });

  it("has a one-line subject and a text part with no markup", () => {
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.text).not.toMatch(/<(p|table|td|a|strong)\b/);
  });

  it("shows the firm's name and refers to the inline logo", () => {
    expect(email.html).toContain(`Firm ${escapeHtml(HOSTILE)}`);
    expect(email.html).toContain(`src="cid:${LOGO_CID}"`);
  });

  it("is laid out with tables, no stylesheet and no script", () => {
    expect(email.html).toContain(`<table role="presentation"`);
    expect(email.html).not.toMatch(/<style|<script|display:\s*flex/i);
  });

  it("holds no answer or result, only counts and names", () => {
    expect(`${email.text}\n${email.html}`).not.toMatch(/\b(score|points|answer(ed)? [A-E]|recommend(ation|ed structure))\b/i);
  });
});

describe("the respondent emails", () => {
  it("name the due day in UTC, whichever way the end of the day is written", () => {
    expect(dueDay(new Date("2026-12-12T23:59:59.999Z"))).toBe("Saturday 12 December 2026");
    expect(dueDay(new Date("2026-12-13T00:00:00.000Z"))).toBe("Saturday 12 December 2026");
    expect(samples[0]?.email.text).toContain("Please answer by Saturday 12 December 2026.");
  });

  it("keep the consultant's paragraphs in the invitation", () => {
    const email = invitationEmail({ branding, engagement, respondentName: "Ann", link: LINK, message: "Line one\n\nLine three" });
    expect(email.text).toContain("Line one\n\nLine three");
    expect(email.html).toContain("Line one<br><br>Line three");
  });

  it("keep a subject to one line even when a name holds a line break", () => {
    const email = reminderEmail({ branding, engagement: { ...engagement, name: "Board\r\nBcc: someone@example.com" }, respondentName: "Ann", link: LINK });
    expect(email.subject).toBe("Reminder: Board Bcc: someone@example.com, answers due Saturday 12 December 2026");
  });
});

describe("branding", () => {
  it("falls back to Rolefit and shows no image without a logo", () => {
    const html = emailDocument({ firmName: null, hasLogo: false }, "Title", "<p>Body</p>", "Footer");
    expect(html).toContain(">Rolefit</div>");
    expect(html).not.toContain("<img");
  });

  it("names the consultant generically in the text when the firm set no name", () => {
    const email = reminderEmail({ branding: { firmName: null, hasLogo: false }, engagement, respondentName: "Ann", link: LINK });
    expect(email.text).toContain("Your consultant is still waiting");
  });
});

describe("respondent emails in the engagement's language", () => {
  const base = { branding: { firmName: "Nordlicht Beratung", hasLogo: false }, engagement: { name: "Führungsreview", dueAt: new Date("2026-12-13T00:00:00Z") }, respondentName: "Lena Brandt", link: "https://rolefit.example/respond/abc" };

  it("writes the German invitation, due day and page language in German", () => {
    const mail = invitationEmail({ ...base, locale: "de", message: "Bitte nehmen Sie teil." });
    expect(mail.subject).toBe("Führungsreview: Ihr Fragebogen von Nordlicht Beratung");
    expect(mail.text).toContain("Guten Tag Lena Brandt,");
    expect(mail.text).toContain("Bitte antworten Sie bis Samstag, 12. Dezember 2026. Ihr persönlicher Link:");
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain("<strong>Samstag, 12. Dezember 2026</strong>");
    expect(mail.html).toContain("Fragebogen öffnen");
  });

  it("writes the French reminder and closing email in French, escaping the engagement's name", () => {
    const reminder = reminderEmail({ ...base, locale: "fr", engagement: { ...base.engagement, name: "Revue <b>2027</b>" } });
    expect(reminder.subject).toBe("Rappel\u00a0: Revue <b>2027</b>, réponses attendues le samedi 12 décembre 2026");
    expect(reminder.html).toContain(`Revue ${escapeHtml("<b>2027</b>")}`);
    expect(reminder.html).not.toContain("Revue <b>2027</b>");
    const closing = closingEmail({ ...base, locale: "fr", reportUrl: "https://rolefit.example/shared/x" });
    expect(closing.subject).toBe("Führungsreview\u00a0: les résultats sont disponibles");
    expect(closing.html).toContain("Ouvrir le rapport");
    expect(closing.html).toContain('<html lang="fr">');
  });
});

describe("consultant emails in the recipient's language", () => {
  const base = { branding: { firmName: "Nordlicht Beratung", hasLogo: false }, engagement: { name: "Führungsreview", dueAt: new Date("2026-12-13T00:00:00Z") }, engagementUrl: LINK };

  it("write the German completion notice with its progress, button and footer", () => {
    const mail = completionEmail({ ...base, locale: "de", respondentName: "Lena <Brandt>", answered: 2, total: 5 });
    expect(mail.subject).toBe("Führungsreview: Lena <Brandt> hat geantwortet");
    expect(mail.text).toContain("Lena <Brandt> hat den Fragebogen für „Führungsreview“ ausgefüllt.");
    expect(mail.text).toContain("Geantwortet: 2 von 5 befragten Personen.");
    expect(mail.html).toContain(`<strong>Lena ${escapeHtml("<Brandt>")}</strong> hat den Fragebogen für <strong>Führungsreview</strong> ausgefüllt.`);
    expect(mail.html).toContain("Befragungsrunde öffnen");
    expect(mail.html).toContain("Oder kopieren Sie diese Adresse in Ihren Browser:");
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.text).toContain("weil Sie diese Befragungsrunde in Rolefit leiten");
  });

  it("write the French digest with the day in French, counting in the singular and the plural", () => {
    const one = digestEmail({ ...base, locale: "fr", answered: 1, total: 1, day: "2026-12-08", completedBy: ["Bo"] });
    expect(one.subject).toBe("Führungsreview\u00a0: 1 répondant a répondu le mardi 8 décembre");
    expect(one.text).toContain("Réponses reçues\u00a0: 1 sur 1 répondant.");
    const two = digestEmail({ ...base, locale: "fr", answered: 3, total: 5, day: "2026-12-08", completedBy: ["Ann", "Bo"] });
    expect(two.subject).toBe("Führungsreview\u00a0: 2 répondants ont répondu le mardi 8 décembre");
    expect(two.text).toContain("Le mardi 8 décembre (UTC), 2 répondants ont rempli le questionnaire de «\u00a0Führungsreview\u00a0»\u00a0:");
    expect(two.html).toContain("Ouvrir la campagne");
    expect(two.html).toContain("Ou copiez cette adresse dans votre navigateur\u00a0:");
  });

  it("say in German and French that everyone has answered", () => {
    expect(allAnsweredEmail({ ...base, locale: "de", total: 4 }).text).toContain("Alle 4 befragten Personen von „Führungsreview“ haben den Fragebogen ausgefüllt.");
    expect(allAnsweredEmail({ ...base, locale: "fr", total: 4 }).subject).toBe("Führungsreview\u00a0: tout le monde a répondu");
  });

  it("stay in English by default, word for word as before", () => {
    const mail = completionEmail({ ...base, respondentName: "Ann", answered: 1, total: 1 });
    expect(mail.subject).toBe("Führungsreview: Ann has answered");
    expect(mail.text).toContain('Ann has completed the questionnaire for "Führungsreview".\n1 of 1 respondent have answered.');
    expect(mail.html).toContain("Or copy this address into your browser:");
    expect(digestEmail({ ...base, answered: 2, total: 3, day: "2026-12-08", completedBy: ["Ann", "Bo"] }).subject).toBe("Führungsreview: 2 respondents answered on Tuesday 8 December");
  });
});

describe("the account emails", () => {
  const expiresAt = new Date("2026-12-05T14:30:00Z");

  it("write the password-reset link in the recipient's language, with its expiry", () => {
    const english = passwordResetEmail({ url: LINK, expiresAt, minutes: 60, locale: "en" });
    expect(english.subject).toBe("Your Rolefit password-reset link");
    expect(english.text).toContain("The link works once and expires in 60 minutes (at 14:30 UTC).");
    const german = passwordResetEmail({ url: LINK, expiresAt, minutes: 60, locale: "de" });
    expect(german.subject).toBe("Ihr Link zum Zurücksetzen des Rolefit-Passworts");
    expect(german.text).toContain(`${LINK}\n\nDer Link funktioniert einmal und läuft in 60 Minuten ab (um 14:30 Uhr UTC).`);
    expect(passwordResetEmail({ url: LINK, expiresAt, minutes: 60, locale: "fr" }).text).toContain("votre mot de passe reste inchangé.");
  });

  it("write the assessment link in the page's language, with the retention only for a draft", () => {
    const draft = assessmentLinkEmail({ url: LINK, submitted: false, retentionDays: 30, locale: "fr" });
    expect(draft.subject).toBe("Votre lien vers le questionnaire Rolefit");
    expect(draft.text).toContain("Les réponses jamais envoyées sont supprimées 30 jours après leur dernière modification.");
    const result = assessmentLinkEmail({ url: LINK, submitted: true, retentionDays: null, locale: "de" });
    expect(result.subject).toBe("Ihre Rolefit-Empfehlung");
    expect(result.text).toContain(LINK);
    expect(result.text).not.toContain("gelöscht");
  });
});

describe("the language of an email to an account", () => {
  it("is the person's setting, else the organization's language, else English", () => {
    expect(recipientLocale("fr", "de")).toBe("fr");
    expect(recipientLocale(null, "de")).toBe("de");
    expect(recipientLocale("xx", null)).toBe("en");
    expect(recipientLocale(undefined)).toBe("en");
  });
});
