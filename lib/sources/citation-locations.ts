/**
 * Where in its source a quoted passage stands, in German and French. A location either describes
 * the place in our words ("Paragraph on measurement"), which is translated, or names a heading of
 * the article, which stays as published, in English and in quotation marks, so a reader can find it
 * in the original. citation-locations.test.ts checks every location the model cites is here.
 */
import type { Locale } from "../i18n/locales";

const LOCATIONS: Record<Exclude<Locale, "en">, Record<string, string>> = {
  de: {
    "Adjust as You Grow": "Abschnitt „Adjust as You Grow“",
    "CIO responsibilities": "Aufgaben des CIO",
    "CIO responsibilities, first item": "Aufgaben des CIO, erster Punkt",
    "CIO responsibilities, last item": "Aufgaben des CIO, letzter Punkt",
    "CIO vs. CTO definition": "Definition CIO und CTO",
    "CIO vs. CTO: what's the difference?": "Abschnitt „CIO vs. CTO: what's the difference?“",
    "CIO, Operational Excellence": "CIO, Abschnitt „Operational Excellence“",
    "CTO responsibilities": "Aufgaben des CTO",
    "CTO responsibilities, closing line": "Aufgaben des CTO, letzte Zeile",
    "CTO responsibilities, first item": "Aufgaben des CTO, erster Punkt",
    "CTO, Product Innovation": "CTO, Abschnitt „Product Innovation“",
    "Closing paragraph": "Letzter Absatz",
    "Define Responsibilities Clearly": "Abschnitt „Define Responsibilities Clearly“",
    "During OKRs and goal-setting": "Abschnitt „During OKRs and goal-setting“",
    "During major integration or tooling decisions": "Abschnitt „During major integration or tooling decisions“",
    "During roadmap planning": "Abschnitt „During roadmap planning“",
    "Foster Collaboration": "Abschnitt „Foster Collaboration“",
    "Head-to-head comparison, CIO column": "Direkter Vergleich, Spalte CIO",
    "Head-to-head comparison, CTO column": "Direkter Vergleich, Spalte CTO",
    "Heading of the closing advice, whose third point is Adjust as You Grow": "Überschrift der abschließenden Ratschläge, deren dritter Punkt „Adjust as You Grow“ ist",
    Introduction: "Einleitung",
    "Opening paragraph": "Erster Absatz",
    "Paragraph on collaboration mechanisms": "Absatz über die Mechanismen der Zusammenarbeit",
    "Paragraph on collaboration": "Absatz über die Zusammenarbeit",
    "Paragraph on consolidation and restructuring": "Absatz über Zusammenlegung und Umstrukturierung",
    "Paragraph on cultivating capabilities": "Absatz über den Aufbau von Fähigkeiten",
    "Paragraph on effective CIO leadership": "Absatz über wirksame Führung durch den CIO",
    "Paragraph on executing the CTO agenda": "Absatz über die Umsetzung der Agenda des CTO",
    "Paragraph on leadership profiles": "Absatz über Führungsprofile",
    "Paragraph on measurement": "Absatz über die Messung",
    "Paragraph on the CIO's internal machinery": "Absatz über die internen Abläufe des CIO",
    "Paragraph on the CTO's outward-facing domain": "Absatz über den nach außen gerichteten Bereich des CTO",
    "Second paragraph": "Zweiter Absatz",
    "Should a company have both a CIO and CTO?": "Abschnitt „Should a company have both a CIO and CTO?“",
    "Skills table, Risk & Compliance row": "Tabelle der Fähigkeiten, Zeile „Risk & Compliance“",
    "What a CIO and CTO do for your organization?": "Abschnitt „What a CIO and CTO do for your organization?“",
    "What is a CIO?": "Abschnitt „What is a CIO?“",
    "Where are CIOs and CTOs placed in an organization?": "Abschnitt „Where are CIOs and CTOs placed in an organization?“",
    "Why both roles matter, point 3": "Warum beide Rollen zählen, Punkt 3",
    "Why both roles matter: Efficiency vs. Innovation Balance": "Abschnitt „Why both roles matter: Efficiency vs. Innovation Balance“",
    "Why both roles matter: Internal vs. External Focus": "Abschnitt „Why both roles matter: Internal vs. External Focus“",
  },
  fr: {
    "Adjust as You Grow": "Section «\u00a0Adjust as You Grow\u00a0»",
    "CIO responsibilities": "Missions du DSI",
    "CIO responsibilities, first item": "Missions du DSI, premier point",
    "CIO responsibilities, last item": "Missions du DSI, dernier point",
    "CIO vs. CTO definition": "Définition du DSI et du CTO",
    "CIO vs. CTO: what's the difference?": "Section «\u00a0CIO vs. CTO: what's the difference?\u00a0»",
    "CIO, Operational Excellence": "DSI, section «\u00a0Operational Excellence\u00a0»",
    "CTO responsibilities": "Missions du CTO",
    "CTO responsibilities, closing line": "Missions du CTO, dernière ligne",
    "CTO responsibilities, first item": "Missions du CTO, premier point",
    "CTO, Product Innovation": "CTO, section «\u00a0Product Innovation\u00a0»",
    "Closing paragraph": "Dernier paragraphe",
    "Define Responsibilities Clearly": "Section «\u00a0Define Responsibilities Clearly\u00a0»",
    "During OKRs and goal-setting": "Section «\u00a0During OKRs and goal-setting\u00a0»",
    "During major integration or tooling decisions": "Section «\u00a0During major integration or tooling decisions\u00a0»",
    "During roadmap planning": "Section «\u00a0During roadmap planning\u00a0»",
    "Foster Collaboration": "Section «\u00a0Foster Collaboration\u00a0»",
    "Head-to-head comparison, CIO column": "Comparaison directe, colonne DSI",
    "Head-to-head comparison, CTO column": "Comparaison directe, colonne CTO",
    "Heading of the closing advice, whose third point is Adjust as You Grow": "Titre des conseils de conclusion, dont le troisième point est «\u00a0Adjust as You Grow\u00a0»",
    Introduction: "Introduction de l'article",
    "Opening paragraph": "Premier paragraphe",
    "Paragraph on collaboration mechanisms": "Paragraphe sur les mécanismes de collaboration",
    "Paragraph on collaboration": "Paragraphe sur la collaboration",
    "Paragraph on consolidation and restructuring": "Paragraphe sur le regroupement et la restructuration",
    "Paragraph on cultivating capabilities": "Paragraphe sur le développement des compétences",
    "Paragraph on effective CIO leadership": "Paragraphe sur l'efficacité du DSI",
    "Paragraph on executing the CTO agenda": "Paragraphe sur la mise en œuvre de la feuille de route du CTO",
    "Paragraph on leadership profiles": "Paragraphe sur les profils de dirigeants",
    "Paragraph on measurement": "Paragraphe sur la mesure",
    "Paragraph on the CIO's internal machinery": "Paragraphe sur les rouages internes du DSI",
    "Paragraph on the CTO's outward-facing domain": "Paragraphe sur le domaine tourné vers l'extérieur du CTO",
    "Second paragraph": "Deuxième paragraphe",
    "Should a company have both a CIO and CTO?": "Section «\u00a0Should a company have both a CIO and CTO?\u00a0»",
    "Skills table, Risk & Compliance row": "Tableau des compétences, ligne «\u00a0Risk & Compliance\u00a0»",
    "What a CIO and CTO do for your organization?": "Section «\u00a0What a CIO and CTO do for your organization?\u00a0»",
    "What is a CIO?": "Section «\u00a0What is a CIO?\u00a0»",
    "Where are CIOs and CTOs placed in an organization?": "Section «\u00a0Where are CIOs and CTOs placed in an organization?\u00a0»",
    "Why both roles matter, point 3": "Pourquoi les deux rôles comptent, point 3",
    "Why both roles matter: Efficiency vs. Innovation Balance": "Section «\u00a0Why both roles matter: Efficiency vs. Innovation Balance\u00a0»",
    "Why both roles matter: Internal vs. External Focus": "Section «\u00a0Why both roles matter: Internal vs. External Focus\u00a0»",
  },
};

/** A citation's location in the reader's language; English, and any location not listed, as it is. */
export function citationLocationIn(location: string, locale: Locale): string {
  return locale === "en" ? location : (LOCATIONS[locale][location] ?? location);
}

export function translatedLocations(locale: Exclude<Locale, "en">): Readonly<Record<string, string>> {
  return LOCATIONS[locale];
}
