/**
 * The glossary every translation follows: one rendering of each term of this domain per
 * language, so the questionnaire, the model's text, the pages, emails and reports say the same
 * thing the same way. German addresses the reader as "Sie", French as "vous". Role titles stay
 * in English, as German- and French-speaking boards use them; the long form is given once where
 * a text first names a role. `sameInEveryLanguage` marks terms a translation may leave identical
 * to the English (the catalog test allows exactly these).
 */
import type { Locale } from "./locales";

export interface GlossaryTerm {
  id: string;
  text: Record<Locale, string>;
  /** Why the term is rendered this way, where a translator could reasonably choose otherwise. */
  note?: string;
  sameInEveryLanguage?: boolean;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: "cio", text: { en: "CIO", de: "CIO", fr: "DSI (CIO)" }, note: "French boards say DSI (directeur des systèmes d'information); the English title follows in brackets the first time." },
  { id: "cio_long", text: { en: "Chief Information Officer", de: "Chief Information Officer (CIO)", fr: "directeur des systèmes d'information (DSI, CIO)" } },
  { id: "cto", text: { en: "CTO", de: "CTO", fr: "CTO" }, sameInEveryLanguage: true },
  { id: "cto_long", text: { en: "Chief Technology Officer", de: "Chief Technology Officer (CTO)", fr: "directeur technique (CTO)" } },
  { id: "ctio", text: { en: "CTIO", de: "CTIO", fr: "CTIO" }, sameInEveryLanguage: true },
  { id: "ctio_long", text: { en: "Chief Technology and Information Officer", de: "Chief Technology and Information Officer (CTIO)", fr: "directeur de la technologie et de l'information (CTIO)" } },
  { id: "cdo", text: { en: "CDO", de: "CDO", fr: "CDO" }, sameInEveryLanguage: true },
  { id: "cdo_long", text: { en: "Chief Digital Officer", de: "Chief Digital Officer (CDO)", fr: "directeur du digital (CDO)" } },
  { id: "ceo", text: { en: "CEO", de: "CEO", fr: "PDG (CEO)" }, note: "German boards use CEO as well as Vorstandsvorsitzender; CEO is shorter and unambiguous." },
  { id: "cfo", text: { en: "CFO", de: "CFO", fr: "directeur financier (CFO)" } },
  { id: "board", text: { en: "board", de: "Vorstand und Aufsichtsrat", fr: "conseil d'administration" }, note: "German companies have two boards; where the text means those who decide on the structure, both are meant." },
  { id: "executive", text: { en: "executive", de: "Führungskraft", fr: "dirigeant" } },
  { id: "leadership_team", text: { en: "leadership team", de: "Führungsteam", fr: "équipe de direction" } },
  { id: "technology_leadership", text: { en: "technology leadership", de: "Technologieführung", fr: "direction technologique" } },
  { id: "remit", text: { en: "remit", de: "Verantwortungsbereich", fr: "périmètre" } },
  { id: "steering_committee", text: { en: "steering committee", de: "Lenkungsausschuss", fr: "comité de pilotage" } },
  { id: "it_estate", text: { en: "IT estate", de: "IT-Landschaft", fr: "parc informatique" } },
  { id: "digital_transformation", text: { en: "digital transformation", de: "digitale Transformation", fr: "transformation numérique" } },
  { id: "operating_model", text: { en: "operating model", de: "Betriebsmodell", fr: "modèle opérationnel" } },
  { id: "revenue_model", text: { en: "revenue model", de: "Erlösmodell", fr: "modèle de revenus" } },
  { id: "regulation", text: { en: "regulation", de: "Regulierung", fr: "réglementation" } },
  { id: "gdpr", text: { en: "GDPR", de: "DSGVO", fr: "RGPD" }, note: "Each language's own name of the EU regulation; HIPAA, SOX, DORA and NIS2 keep their names." },
  { id: "shadow_it", text: { en: "shadow IT", de: "Schatten-IT", fr: "informatique fantôme" } },
  { id: "structure", text: { en: "structure", de: "Struktur", fr: "structure" }, note: "The three recommended leadership structures.", sameInEveryLanguage: true },
  { id: "separate", text: { en: "separate CIO and CTO", de: "getrennte Rollen von CIO und CTO", fr: "un DSI et un CTO distincts" } },
  { id: "combined_ctio", text: { en: "a combined CTIO", de: "ein kombinierter CTIO", fr: "un CTIO unique" } },
  { id: "cdo_over_both", text: { en: "a CDO over both", de: "ein CDO über beiden Rollen", fr: "un CDO au-dessus des deux" } },
  { id: "recommendation", text: { en: "recommendation", de: "Empfehlung", fr: "recommandation" } },
  { id: "confidence", text: { en: "confidence", de: "Sicherheit", fr: "niveau de confiance" }, note: "How sure the result is; German 'Konfidenz' reads as statistics jargon to a board." },
  { id: "robustness", text: { en: "robustness", de: "Robustheit", fr: "robustesse" } },
  { id: "criterion", text: { en: "criterion", de: "Kriterium", fr: "critère" } },
  { id: "weight", text: { en: "weight", de: "Gewichtung", fr: "pondération" } },
  { id: "dedicated_attention", text: { en: "dedicated attention", de: "ungeteilte Aufmerksamkeit", fr: "attention dédiée" }, note: "S3's reason to separate the roles; the model's text repeats it." },
  { id: "peers", text: { en: "peers", de: "gleichrangige Führungskräfte", fr: "pairs" }, note: "Two technology leaders side by side, neither reporting to the other." },
  { id: "close_call", text: { en: "close call", de: "knappes Ergebnis", fr: "résultat serré" } },
  { id: "restructure_trigger", text: { en: "trigger to revisit the structure", de: "Anlass, die Struktur zu überprüfen", fr: "raison de réexaminer la structure" }, note: "Short form: de 'Auslöser', fr 'déclencheur'." },
  { id: "strategic_pivot", text: { en: "strategic pivot", de: "strategische Neuausrichtung", fr: "pivot stratégique" } },
  { id: "business_unit", text: { en: "business unit", de: "Geschäftsbereich", fr: "unité d'affaires" } },
  { id: "compliance", text: { en: "compliance", de: "Compliance", fr: "conformité" } },
  { id: "governance", text: { en: "governance", de: "Governance", fr: "gouvernance" }, note: "German boards use the English word; 'Unternehmensführung' would read as corporate management in general." },
  { id: "legacy_systems", text: { en: "legacy systems", de: "Altsysteme", fr: "systèmes historiques" } },
  { id: "vendor", text: { en: "vendor", de: "Lieferant", fr: "fournisseur" } },
  { id: "shared_platforms", text: { en: "shared platforms", de: "gemeinsam genutzte Plattformen", fr: "plateformes partagées" } },
  { id: "programme_office", text: { en: "programme office", de: "Programmbüro", fr: "bureau de programme" } },
  { id: "citation", text: { en: "citation", de: "Beleg", fr: "citation" }, note: "German 'Zitat' suggests a verbatim quote; most citations point to a passage." },
  { id: "source_passage", text: { en: "source passage", de: "Quellenstelle", fr: "passage de la source" } },
  { id: "evidence_base", text: { en: "evidence base", de: "Quellengrundlage", fr: "base documentaire" } },
  { id: "what_if", text: { en: "what would change this recommendation", de: "was diese Empfehlung ändern würde", fr: "ce qui changerait cette recommandation" } },
  { id: "questionnaire", text: { en: "questionnaire", de: "Fragebogen", fr: "questionnaire" }, sameInEveryLanguage: true },
  { id: "draft", text: { en: "draft", de: "Entwurf", fr: "brouillon" } },
  { id: "result", text: { en: "result", de: "Ergebnis", fr: "résultat" } },
  { id: "report", text: { en: "report", de: "Bericht", fr: "rapport" } },
  { id: "consultant", text: { en: "consultant", de: "Berater", fr: "consultant" }, sameInEveryLanguage: true },
  { id: "consulting_firm", text: { en: "consulting firm", de: "Beratungsunternehmen", fr: "cabinet de conseil" } },
  { id: "organization", text: { en: "organization", de: "Organisation", fr: "organisation" } },
  { id: "workspace", text: { en: "workspace", de: "Arbeitsbereich", fr: "espace de travail" } },
  { id: "portfolio", text: { en: "portfolio", de: "Portfolio", fr: "portefeuille" } },
  { id: "engagement", text: { en: "engagement", de: "Befragungsrunde", fr: "campagne" }, note: "A round of questionnaires sent to a client's leadership team; 'Engagement' would read as employee engagement." },
  { id: "respondent", text: { en: "respondent", de: "Befragte Person", fr: "répondant" } },
  { id: "review", text: { en: "review", de: "Prüfung", fr: "revue" } },
  { id: "override", text: { en: "consultant's override", de: "abweichende Empfehlung der Beratung", fr: "recommandation modifiée par le consultant" } },
  { id: "share_link", text: { en: "share link", de: "Freigabelink", fr: "lien de partage" } },
  { id: "dont_know", text: { en: "Don't know", de: "Weiß nicht", fr: "Je ne sais pas" } },
  { id: "sign_in", text: { en: "Sign in", de: "Anmelden", fr: "Se connecter" } },
  { id: "technology_leaders", text: { en: "technology leaders", de: "Technologieverantwortliche", fr: "dirigeants de la technologie" }, note: "The people; technology_leadership is the function." },
  { id: "employees", text: { en: "employees", de: "Mitarbeitende", fr: "collaborateurs" }, note: "A French headcount reads 'salariés' (1 200 salariés); the people IT serves are 'collaborateurs'." },
  { id: "own_pnl", text: { en: "its own P&L", de: "eigene Ergebnisverantwortung", fr: "son propre compte de résultat" } },
  { id: "ai", text: { en: "AI", de: "KI", fr: "IA" } },
  // Names of product categories and of laws and standards, as published.
  { id: "erp", text: { en: "ERP", de: "ERP", fr: "ERP" }, sameInEveryLanguage: true },
  { id: "crm", text: { en: "CRM", de: "CRM", fr: "CRM" }, sameInEveryLanguage: true },
  { id: "cloud", text: { en: "Cloud", de: "Cloud", fr: "Cloud" }, sameInEveryLanguage: true },
  { id: "blockchain", text: { en: "Blockchain", de: "Blockchain", fr: "Blockchain" }, sameInEveryLanguage: true },
  { id: "hipaa", text: { en: "HIPAA", de: "HIPAA", fr: "HIPAA" }, sameInEveryLanguage: true },
  { id: "sox", text: { en: "SOX", de: "SOX", fr: "SOX" }, sameInEveryLanguage: true },
  { id: "pci_dss", text: { en: "PCI DSS", de: "PCI DSS", fr: "PCI DSS" }, sameInEveryLanguage: true },
  { id: "soc2", text: { en: "SOC 2", de: "SOC 2", fr: "SOC 2" }, sameInEveryLanguage: true },
  { id: "iso27001", text: { en: "ISO 27001", de: "ISO 27001", fr: "ISO 27001" }, sameInEveryLanguage: true },
  { id: "nydfs", text: { en: "NYDFS Cybersecurity Regulation", de: "NYDFS Cybersecurity Regulation", fr: "NYDFS Cybersecurity Regulation" }, sameInEveryLanguage: true },
] as const;

export function glossaryTerm(id: string): GlossaryTerm {
  const term = GLOSSARY.find((entry) => entry.id === id);
  if (!term) throw new Error(`No glossary term "${id}".`);
  return term;
}

/** Words a translation may keep exactly as in English: the glossary's shared terms, plus names. */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = [
  ...GLOSSARY.filter((term) => term.sameInEveryLanguage).map((term) => term.text.en),
  "Rolefit",
  "OK",
  "PDF",
  "CSV",
  "Markdown",
  "API",
  "URL",
  "Email",
  "Webhooks",
  "Portfolio",
  "Code",
  "Version",
  "Status",
  "Total",
  "Minimum",
  "Maximum",
];

/** Words one language writes exactly as English does ("Menu" and "Sources" in French), allowed there only. */
const SAME_AS_ENGLISH_IN: Partial<Record<Locale, readonly string[]>> = {
  fr: ["Menu", "Sources", "Navigation", "Code", "Message", "Sessions", "Consultant", "Consultants", "Organisation", "Administration", "{minutes, plural, one {# minute} other {# minutes}}", "Date", "Actions", "Question", "Questions", "Scores", "Dimension", "Dimensions", "Structure", "Notes", "Percentile", "{count, plural, one {# note} other {# notes}}", "Questionnaire", "Version {version}", "Page {page}", "{count} pages", "1 minute", "{count} minutes"],
  // German boards use the English role titles; the questionnaire names each role with its abbreviation.
  de: ["Name", "Start", "Details", "Administration", "Chief Information Officer (CIO)", "Chief Technology Officer (CTO)", "Chief Digital Officer (CDO)", "Optional.", "Dimension", "Median", "Chief Technology and Information Officer (CTIO)"],
};

/** What a translation into this language may leave identical to the English: the shared terms, that language's own list, and glossary terms it writes as English does ("CIO" in German). */
export function sameAsEnglishIn(locale: Locale): readonly string[] {
  const glossarySame = GLOSSARY.filter((term) => term.text[locale] === term.text.en).map((term) => term.text.en);
  return [...SAME_IN_EVERY_LANGUAGE, ...(SAME_AS_ENGLISH_IN[locale] ?? []), ...glossarySame];
}
