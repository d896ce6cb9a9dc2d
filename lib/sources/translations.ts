/**
 * What each source is and what the model takes from it, in German and French. Titles and
 * publishers stay as published (pages mark them lang="en"); sources-translations.test.ts checks
 * every source has every field in every language.
 */
import type { Locale } from "../i18n/locales";
import { SOURCES, type Source, type SourceId } from "./sources";

type SourceText = Pick<Source, "kind" | "author" | "contributes">;

const SOURCE_TEXT: Record<Exclude<Locale, "en">, Record<SourceId, SourceText>> = {
  de: {
    S1: {
      kind: "Glossarartikel auf der Website von airfocus, einem Anbieter von Software für Produktmanagement",
      author: "Nicht genannt",
      contributes:
        "Die Grundunterscheidung: Der CIO blickt nach innen auf Effizienz und Gewinn, der CTO nach außen auf Umsatz und Kunden. Nennt die Aufgaben, Karrierewege und Fähigkeiten beider Rollen, die Spannung im Budget zwischen Kosten- und Risikosenkung einerseits und Wachstum andererseits und wie beide Rollen Roadmaps, Priorisierung, OKRs und Werkzeuge prägen.",
    },
    S2: {
      kind: "Artikel auf CIO Influence, einer Nachrichten-Website der Technologiebranche",
      author: "Nicht genannt",
      contributes:
        "Das Gewicht des CIO auf Cybersicherheit und Governance (etwa 45 % seiner Zeit), Unternehmensanwendungen und Lieferantenbewertung; beim CTO APIs, Kernprodukte und neue Technologien. Ein typisches Organigramm eines Großunternehmens, eine Tabelle der Fähigkeiten (DSGVO und HIPAA gegenüber dem Schutz geistigen Eigentums) und die Größenregel: Kleine Unternehmen können die Rollen als CTIO zusammenlegen, größere brauchen getrennte Führung unter einem Chief Digital Officer, mit gemeinsamer Steuerung von Plattformen wie KI und Cloud.",
    },
    S3: {
      kind: "Essay ohne Titel und ohne Herausgeber; wir benennen ihn nach seinen ersten Worten",
      author: "Unbekannt",
      contributes:
        "Die Aufteilung als Spektrum, bestimmt von Strategie, Regulierung und digitaler Reife. Mechanismen der Zusammenarbeit (Lenkungsausschuss, gemeinsames Programmbüro, gemeinsamer Risikorahmen, vierteljährliche und monatliche Reviews), wann die Rollen zusammengelegt oder getrennt werden sollten und welche Anlässe eine Umstrukturierung auslösen, Kennzahlen für jede Rolle, eine gemeinsame Scorecard und Führungsprofile.",
    },
    S4: {
      kind: "Glossarartikel auf der Website eines Anbieters von Recruiting-Software (Bewerbermanagement)",
      author: "Alexandra Marinaki, Psychologin (MSc in Talent Development and Creativity)",
      contributes:
        "Eine direkte Gegenüberstellung (CTO: externe Produkte, Ingenieure, Umsatz, Innovation, Kunden; CIO: interne Prozesse, IT-Betrieb, Rentabilität, Produktivität, Mitarbeitende) und die Beobachtung, dass beide Rollen in großen Unternehmen mit getrennten Positionen in der Geschäftsleitung am meisten zählen.",
    },
  },
  fr: {
    S1: {
      kind: "Article de glossaire sur le site d'airfocus, éditeur de logiciels de gestion de produit",
      author: "Non nommé",
      contributes:
        "La distinction de base\u00a0: le DSI regarde vers l'intérieur, l'efficacité et la rentabilité, le CTO vers l'extérieur, le chiffre d'affaires et les clients. Énumère les responsabilités, parcours et compétences de chaque rôle, la tension budgétaire entre réduction des coûts et des risques d'un côté et croissance de l'autre, et la façon dont les deux rôles façonnent feuilles de route, priorités, OKR et outils.",
    },
    S2: {
      kind: "Article publié sur CIO Influence, un site d'actualité du secteur technologique",
      author: "Non nommé",
      contributes:
        "Le poids de la cybersécurité et de la gouvernance pour le DSI (environ 45\u00a0% de son temps), les applications d'entreprise et l'évaluation des fournisseurs\u00a0; pour le CTO, les API, les produits phares et les technologies émergentes. Un organigramme type de grande entreprise, un tableau des compétences (RGPD et HIPAA face à la protection de la propriété intellectuelle) et la règle de taille\u00a0: les petites entreprises peuvent réunir les rôles en un CTIO, les plus grandes ont besoin de dirigeants distincts sous un Chief Digital Officer, avec une gouvernance commune de plateformes comme l'IA et le cloud.",
    },
    S3: {
      kind: "Essai sans titre ni éditeur\u00a0; nous le désignons par ses premiers mots",
      author: "Inconnu",
      contributes:
        "La répartition comme un continuum fixé par la stratégie, la réglementation et la maturité numérique. Mécanismes de collaboration (comité de pilotage, bureau de programme commun, cadre de risque partagé, revues trimestrielles et mensuelles), quand réunir ou séparer les rôles et les raisons de réexaminer la structure, indicateurs pour chaque rôle, tableau de bord commun et profils de dirigeants.",
    },
    S4: {
      kind: "Article de glossaire sur le site d'un éditeur de logiciels de recrutement (suivi des candidatures)",
      author: "Alexandra Marinaki, psychologue de formation (MSc in Talent Development and Creativity)",
      contributes:
        "Une comparaison point par point (CTO\u00a0: produits externes, ingénieurs, chiffre d'affaires, innovation, clients\u00a0; DSI\u00a0: processus internes, exploitation informatique, rentabilité, productivité, salariés) et le constat que les deux rôles comptent surtout dans les grandes entreprises où ils occupent des postes distincts au comité de direction.",
    },
  },
};

/** The source with its description in the reader's language; its title and publisher as published. */
export function sourceIn(id: SourceId, locale: Locale): Source {
  return locale === "en" ? SOURCES[id] : { ...SOURCES[id], ...SOURCE_TEXT[locale][id] };
}
