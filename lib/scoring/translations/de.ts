/**
 * The scoring model's text in German, for model 2027.1: business German for executives and boards,
 * addressing the reader as "Sie", with the terms of lib/i18n/glossary.ts. Role titles stay in
 * English, as German boards use them. Source ids (S1-S4) stay as they are: the cited passages
 * themselves are shown from the citations, in English.
 */
import type { ModelText, RecommendationText } from "./types";

const NO_PRODUCT =
  "Ohne Technologie im Angebot gibt es keinen Verantwortungsbereich für Produkte, der um die Aufmerksamkeit einer Führungskraft konkurriert; eine einzige Führungskraft mit Schwerpunkt CIO kann der Compliance gerecht werden.";
const NO_SUPERVISOR = "Keine Branchenaufsicht: Dieser von S3 genannte Einflussfaktor verschiebt nichts.";

const AREAS = [
  "Unternehmensanwendungen",
  "Sicherheit und Compliance",
  "Data Governance",
  "Produktarchitektur und APIs",
  "Neue Technologien sowie Forschung und Entwicklung",
  "KI- und Cloud-Plattformen",
  "Lieferantenstrategie",
];

function ownership(rows: [string, string][]): RecommendationText["ownership"] {
  return rows.map(([owner, note], index) => ({ area: AREAS[index] ?? "", owner, note }));
}

const CIO_METRICS = ["Zuverlässigkeit und Verfügbarkeit der Services", "Zeit bis zur Behebung von Störungen", "Datenqualität", "Feststellungen zur Einhaltung regulatorischer Vorgaben", "Gesamtbetriebskosten der IT"];
const CTO_METRICS = ["Time-to-Market neuer Funktionen", "Skalierbarkeit der Plattform unter Last", "Anteil erfolgreicher Experimente", "Wertbeitrag aus Partnerschaften im Ökosystem"];
const BLENDED = ["Umsatzwachstum mit technologiegestützten Angeboten", "Kundenzufriedenheit", "Risikolage"];

const CADENCE = "Vierteljährliche Strategie- und monatliche Umsetzungsreviews";
const SHARED_RISK = "Gemeinsames Rahmenwerk für Risiko und Compliance";

const CIO_PROFILE = "Für den CIO: operative Disziplin, Governance, Risikomanagement und Zuverlässigkeit, meist erworben in Führungsaufgaben im IT-Betrieb.";
const CTO_PROFILE = "Für den CTO: strategische Weitsicht, Kundenorientierung, Experimentierfreude und architektonischer Weitblick, meist erworben in der Softwareentwicklung.";

export const DE_MODEL_TEXT: ModelText = {
  modelVersion: "2027.1",
  criteria: {
    company_size: {
      statement:
        "Die Mitarbeiterzahl, gelesen zusammen mit der Frage, ob das Unternehmen Technologie verkauft: In kleinen Unternehmen kann eine Führungskraft beide Verantwortungsbereiche abdecken; größere mit zwei Verantwortungsbereichen brauchen für jeden eine eigene Führung.",
      reasons: {
        lowLow: "In einem so kleinen Unternehmen, das keine Technologie verkauft, gibt es für zwei Führungskräfte wenig zu führen; S2 erlaubt kleinen Unternehmen, die Rollen zusammenzulegen.",
        lowHigh: "In einem so kleinen Unternehmen kann eine Führungskraft sowohl die Produkte als auch die interne IT verantworten, wie es S2 kleinen Unternehmen zugesteht.",
        highLow:
          "Selbst bei dieser Größe fehlt ohne Technologie im Angebot der Verantwortungsbereich des CTO (in S1: was das Unternehmen verkauft); eine einzige Führungskraft mit Schwerpunkt CIO passt daher besser als zwei.",
        highHigh: "Bei dieser Größe und mit Technologie im Angebot sind beide Verantwortungsbereiche groß; S2 und S4 sehen in großen Unternehmen für jeden eine eigene Führung.",
      },
    },
    revenue_scale: {
      statement: "Der Umsatz als zweites Maß der Größe, ebenso gelesen: Eigene Technologie-Führungskräfte zahlen sich in großen Unternehmen mit zwei Verantwortungsbereichen aus.",
      reasons: {
        lowLow: "Ein so geringer Umsatz, ohne Verkauf von Technologie, lässt für zwei Führungskräfte wenig zu führen.",
        lowHigh: "Ein so geringer Umsatz spricht für ein Unternehmen, das klein genug ist, damit eine Führungskraft beide Verantwortungsbereiche abdeckt (S2).",
        highLow: "Ein hoher Umsatz, aber keiner davon mit Technologie: Der Verantwortungsbereich des CTO fehlt, daher passt eine einzige Führungskraft mit Schwerpunkt CIO besser als zwei.",
        highHigh: "Ein so hoher Umsatz, zu dem auch Technologie beiträgt, kennzeichnet das große Unternehmen, das laut S4 beide Rollen braucht.",
      },
    },
    larger_company_cdo: {
      statement: "Die Regel von S2 für größere Unternehmen: getrennte Technologie-Führungskräfte unter einem Chief Digital Officer.",
      reasons: {
        lowLow: "S2 sieht den CDO für größere Unternehmen vor; ein Unternehmen dieser Größe braucht keine Ebene über seiner Technologieführung.",
        lowHigh: "S2 sieht den CDO für größere Unternehmen vor; bei dieser Größe rät S2 nicht zu einer Ebene über den Technologie-Führungskräften.",
        highLow: "Der CDO von S2 steht über zwei getrennten Führungskräften; ohne Technologie im Angebot gibt es keine zweite Führungskraft, die man ihm unterstellen könnte.",
        highHigh: "Laut S2 brauchen größere Unternehmen in der Regel getrennte Führungsrollen unter einem CDO, und dieses Unternehmen ist groß und verkauft Technologie.",
      },
    },
    maturity_stage: {
      statement: "Die Entwicklungsphase: S3 sieht Start-ups die Rollen zusammenlegen und etablierte Großunternehmen sie trennen.",
      reasons: {
        low: "Bei einem jungen Unternehmen sieht S3 die Rollen in einer Hand.",
        high: "Bei einem etablierten oder reifen Unternehmen sieht S3 die Rollen getrennt.",
      },
    },
    business_units: {
      statement: "Geschäftsbereiche mit eigener Ergebnisverantwortung: Jeder bringt Systeme und Entscheidungsrechte mit, die die Technologieführung koordinieren muss.",
      reasons: {
        low: "Wenige Geschäftsbereiche lassen wenig zu koordinieren; das kann eine Führungskraft leisten.",
        high: "Viele Geschäftsbereiche, die jeweils mit der IT an eigenen Systemen arbeiten (S3), sind mehr, als eine Führungskraft neben den Produkten koordinieren kann.",
      },
    },
    geographic_reach: {
      statement: "Die Länder, in denen das Unternehmen tätig ist: Mit jedem weiteren wachsen die Plattform, auf der die Produkte laufen, und die zu erfüllenden Vorschriften.",
      reasons: {
        low: "In wenigen Ländern tätig zu sein, hält beide Verantwortungsbereiche schmal genug für eine Führungskraft.",
        high: "In vielen Ländern tätig zu sein, erweitert sowohl die Plattform (S3: Wachstum über Ländergrenzen hinweg) als auch die zu erfüllenden Vorschriften.",
      },
    },
    regulatory_frameworks: {
      statement:
        "Die zu erfüllenden Vorschriften und Standards, neben einem Verantwortungsbereich für Produkte: S3 will, dass Compliance und Innovation jeweils ungeteilte Aufmerksamkeit erhalten.",
      reasons: {
        lowLow: NO_PRODUCT,
        highLow: NO_PRODUCT,
        lowHigh: "Wenige Pflichten: Compliance kann Teil der Aufgaben einer Führungskraft sein, die auch die Produkte verantwortet.",
        highHigh:
          "Viele Pflichten (S2 ordnet Regelwerke wie die DSGVO und HIPAA dem Verantwortungsbereich des CIO zu) neben einem Verantwortungsbereich für Produkte: S3 will, dass Compliance und Innovation jeweils ungeteilte Aufmerksamkeit erhalten.",
      },
    },
    data_sensitivity: {
      statement: "Wie sensibel die gehaltenen Daten sind, neben einem Verantwortungsbereich für Produkte: Ihre Governance ist Aufgabe des CIO und konkurriert mit den Produkten um die Zeit einer einzigen Führungskraft.",
      reasons: {
        lowLow: NO_PRODUCT,
        highLow: NO_PRODUCT,
        lowHigh: "Daten von geringer oder mittlerer Sensibilität verlangen einer Führungskraft, die auch die Produkte verantwortet, wenig eigene Governance ab.",
        highHigh:
          "Sensible Daten brauchen die Governance, die S3 dem CIO zuweist (Qualität, Herkunft, Datenschutz), und diese konkurriert mit den Produkten um die Zeit einer einzigen Führungskraft.",
      },
    },
    compliance_attention: {
      statement: "Der Aufwand für Prüfungen und Compliance, neben einem Verantwortungsbereich für Produkte: S3 trennt die Rollen, damit beide ungeteilte Aufmerksamkeit erhalten.",
      reasons: {
        lowLow: NO_PRODUCT,
        highLow: NO_PRODUCT,
        lowHigh: "Ein eher geringer Prüfungsaufwand neben den Produkten spricht nur schwach für eine zweite Führungskraft.",
        highHigh: "Hoher Prüfungsaufwand neben einem Verantwortungsbereich für Produkte: S3 trennt die Rollen, damit Compliance und Innovation jeweils ungeteilte Aufmerksamkeit erhalten.",
      },
    },
    sector_supervision: {
      statement:
        "Eine Branchenaufsicht, die das Unternehmen überwacht: S3 nennt Regulierung unter den Kräften, die über die Aufteilung entscheiden, und in einem großen Unternehmen bedeutet sie komplexe Governance.",
      reasons: {
        lowLow: NO_SUPERVISOR,
        lowHigh: NO_SUPERVISOR,
        highLow:
          "Eine Branchenaufsicht überwacht das Unternehmen; in einem Unternehmen dieser Größe zählt sie über die Pflichten und den Prüfungsaufwand neben den Produkten, nicht für sich allein.",
        highHigh:
          "Eine Branchenaufsicht über ein großes Unternehmen ist die komplexe Governance, für die S3 die Rollen in gleichrangige Funktionen trennt, um Engpässe zu vermeiden; eine CDO-Ebene darüber wäre selbst ein neuer Engpass.",
      },
    },
    complex_governance: {
      statement: "Die Regel von S3: Große Unternehmen mit komplexer Governance trennen die Rollen, um Engpässe zu vermeiden.",
      reasons: {
        lowLow: "Die Regel von S3 betrifft große Unternehmen, und dieses Unternehmen ist keines.",
        lowHigh: "Ein eher geringer Prüfungsaufwand: Der Grund von S3 für getrennte Rollen in einem großen Unternehmen, komplexe Governance, ist hier schwach.",
        highLow: "Die Regel von S3 betrifft große Unternehmen; in einem kleineren zählt der Prüfungsaufwand über die Aufmerksamkeit, die Compliance neben den Produkten braucht.",
        highHigh:
          "Hoher Prüfungsaufwand in einem großen Unternehmen ist der Fall, für den S3 gleichrangige, getrennte Rollen vorsieht, um Engpässe zu vermeiden; eine einzige Führungskraft wäre ein solcher Engpass, ebenso eine CDO-Ebene über beiden.",
      },
    },
    security_incidents: {
      statement: "Schwere Sicherheitsvorfälle, die S3 als Zeichen schwacher Governance und als Anlass liest, die Struktur zu überprüfen.",
      reasons: {
        low: "Kein schwerer Sicherheitsvorfall: Der Auslöser von S3, Vorfälle als Zeichen schwacher Governance, greift allenfalls schwach.",
        high:
          "Schwere Sicherheitsvorfälle zeigen schwache Governance an (S3); eine Führung mit eigener Kapazität für Governance kann sie besser beheben als eine, die über beide Verantwortungsbereiche verteilt ist.",
      },
    },
    operational_incidents: {
      statement: "Wie häufig es zu Ausfällen kommt: Häufige Störungen zeigen schwache Governance an und verlangen eine Führungskraft, deren Aufgabe der Betrieb ist.",
      reasons: {
        low: "Ausfälle sind selten oder gelegentlich: Der Auslöser von S3, häufige Vorfälle, greift allenfalls schwach.",
        high: "Häufige Ausfälle sind für S3 ein Zeichen schwacher Governance; eine geregelte Reaktion auf Störungen ist Aufgabe des CIO und braucht die volle Aufmerksamkeit einer Führungskraft.",
      },
    },
    sells_technology: {
      statement: "Ob das Unternehmen Technologie verkauft: S1 macht den CTO für die Technologie verantwortlich, die ein Unternehmen entwickelt und verkauft.",
      reasons: {
        low: "Das Unternehmen verkauft keine Technologie; der Verantwortungsbereich, den S1 und S4 einem CTO geben, fehlt also: Ein eigener CTO hätte wenig zu führen.",
        high: "Das Unternehmen verkauft Technologie; damit gibt es den Verantwortungsbereich, den S1 einem CTO zuweist, und das spricht für eine eigens dafür zuständige Technologie-Führungskraft.",
      },
    },
    tech_revenue_share: {
      statement: "Der Anteil des Umsatzes aus Technologieprodukten: S1 und S4 knüpfen das Ziel des CTO an diesen Umsatz.",
      reasons: {
        low: "Wenig oder kein Umsatz stammt aus Technologie; das Umsatzziel des CTO (S4) hat daher wenig Ansatzpunkte.",
        high: "Ein großer Teil des Umsatzes stammt aus Technologie, also aus dem Umsatz, den S1 und S4 zum Ziel des CTO machen.",
      },
    },
    product_engineering: {
      statement: "Wie viele Entwickler die verkauften Produkte bauen: Sie zu führen ist in S1 und S4 die erste Aufgabe des CTO.",
      reasons: {
        low: "Wenige oder keine Produktentwickler: Die Entwicklungsorganisation, die S1 und S4 einem CTO anvertrauen, ist klein genug, um unter einer einzigen Führungskraft zu stehen.",
        high: "Eine große Produktentwicklung, die erste Aufgabe des CTO in S1 und S4, braucht eine Führungskraft, die sich auf sie konzentriert.",
      },
    },
    tech_first_industry: {
      statement: "Ob das Unternehmen in einem technologiegetriebenen Markt tätig ist, in dem sich Unternehmen laut S2 stark auf ihren CTO stützen.",
      reasons: {
        low: "Die Branche ist nicht technologiegetrieben; der nach außen gerichtete Verantwortungsbereich wiegt hier weniger.",
        high: "In einem technologiegetriebenen Markt stützen sich Unternehmen laut S2 stark auf ihren CTO, um zu gewinnen.",
      },
    },
    remits_balance: {
      statement: "Wem die Technologie vor allem dient: Dient sie Kunden und Mitarbeitenden etwa gleichermaßen, sind beide Verantwortungsbereiche groß.",
      reasons: {
        low: "Die Technologie dient vor allem einer Seite, Kunden oder Mitarbeitenden; ein Verantwortungsbereich überwiegt, und eine Führungskraft kann ihn führen, während der andere zuarbeitet.",
        high: "Die Technologie dient Kunden und Mitarbeitenden etwa gleichermaßen: Beide Schwerpunkte von S2, der externe und der interne, sind groß.",
      },
    },
    enterprise_apps: {
      statement: "Die zu betreibenden Unternehmensanwendungen (ERP, Finanzen, Personal, Zusammenarbeit), in S2 der operative Kern des CIO.",
      reasons: {
        low: "Wenige Unternehmensanwendungen: Der interne Verantwortungsbereich ist klein.",
        high: "Viele Unternehmensanwendungen im Betrieb, der operative Kern, den S2 dem CIO gibt.",
      },
    },
    legacy_estate: {
      statement: "Wie viel auf Altsystemen läuft, die weiterbetrieben werden müssen, während sie modernisiert werden.",
      reasons: {
        low: "Wenige Altsysteme im Betrieb: Die Modernisierung braucht keine eigene Führungskraft.",
        high: "Eine große Altsystemlandschaft gleichzeitig zu betreiben und zu modernisieren ist die langwierige CIO-Aufgabe, die S1 und S3 beschreiben.",
      },
    },
    vendor_portfolio: {
      statement: "Wie viele Technologieanbieter zu bewerten, zu integrieren und zu steuern sind, in S1, S2 und S4 als Aufgabe des CIO genannt.",
      reasons: {
        low: "Eine kurze Lieferantenliste, die eine Führungskraft neben allem anderen steuern kann.",
        high: "Eine lange Lieferantenliste macht die Lieferantenstrategie zu einer ständigen Führungsaufgabe (S2).",
      },
    },
    it_organisation: {
      statement: "Die Größe der internen IT-Organisation: Das IT-Personal zu führen ist in S1 die erste Aufgabe des CIO.",
      reasons: {
        low: "Ein kleines internes IT-Team: Der interne Verantwortungsbereich ist klein genug, um sich eine Führungskraft zu teilen.",
        high: "Eine große interne IT-Organisation braucht eine Führungskraft, deren Aufgabe es ist, sie zu führen (S1, S4).",
      },
    },
    innovation_ambition: {
      statement: "Wie zentral technologiegetriebene Innovation für die Strategie ist: Sie voranzutreiben ist in S2 und S4 der Zweck des CTO.",
      reasons: {
        low: "Technologiegetriebene Innovation ist für die Strategie nicht zentral; der nach außen gerichtete Verantwortungsbereich braucht dafür keine eigene Führungskraft.",
        high:
          "Technologiegetriebene Innovation ist für die Strategie zentral: S2 und S4 machen es zum Zweck des CTO, sie voranzutreiben, und dafür braucht es eine Führungskraft, die frei ist, sie zu verfolgen.",
      },
    },
    strategy_horizon: {
      statement: "Wie weit die Technologiestrategie vorausblickt: S2 stellt den Fokus des CIO auf das laufende Quartal der langfristigen Sicht des CTO gegenüber.",
      reasons: {
        low: "Die Strategie blickt nur auf den Bedarf dieses Jahres, den kurzen Horizont, den S2 dem CIO gibt; keine langfristige Agenda braucht eine zweite Führungskraft.",
        high:
          "Die Strategie blickt Jahre voraus, auf den langfristigen Horizont, den S2 dem CTO gibt, und daneben auf den operativen Bedarf dieses Jahres: zwei Horizonte, zwei Verantwortliche.",
      },
    },
    emerging_tech: {
      statement: "Pilotprojekte mit KI, Edge, Blockchain oder Quantentechnologie: die explorative Arbeit, die S2 und S3 dem CTO geben.",
      reasons: {
        low: "Wenige neue Technologien geplant: Die explorative CTO-Arbeit, die S2 beschreibt, ist gering.",
        high: "Mehrere neue Technologien geplant: Pilotprojekte und Prototypen sind CTO-Arbeit (S2), die Zeit einer Führungskraft braucht.",
      },
    },
    speed_in_young_company: {
      statement:
        "Geschwindigkeit gegen Stabilität, in einem jungen Unternehmen: Laut S3 können Start-ups, die auf Geschwindigkeit setzen, die Rollen zusammenlegen, um schneller zu entscheiden.",
      reasons: {
        lowLow: "Geschwindigkeit setzt sich hier meist nicht gegen Stabilität durch, und die Regel von S3 zur Geschwindigkeit betrifft nur junge Unternehmen.",
        lowHigh: "Geschwindigkeit setzt sich hier meist nicht gegen Stabilität durch; der Grund von S3, in einem Start-up die Rollen zusammenzulegen, der Vorrang der Geschwindigkeit, greift also nicht.",
        highLow: "Geschwindigkeit setzt sich hier meist durch, doch S3 knüpft das Zusammenlegen der Rollen zugunsten der Geschwindigkeit an Start-ups, nicht an etablierte Unternehmen.",
        highHigh: "Ein junges Unternehmen, das der Geschwindigkeit den Vorrang gibt, ist der Fall, für den S3 die Rollen in einer Hand zusammenlegt, um Entscheidungen zu straffen.",
      },
    },
    shared_platforms: {
      statement:
        "Plattformen wie KI, Cloud oder Daten, die sowohl dem Betrieb als auch den Produkten dienen: S2 will sie gemeinsam gesteuert sehen, was in einem größeren Unternehmen einen CDO bedeutet.",
      reasons: {
        lowLow: "In einem kleinen Unternehmen steuert, wer die Technologie führt, auch die von Betrieb und Produkten gemeinsam genutzten Plattformen; sie verlangen keinen CDO.",
        lowHigh:
          "In einem Unternehmen dieser Größe spannt sich höchstens eine Plattform über Betrieb und Produkte: Zwei gleichrangige Führungskräfte können sie gemeinsam steuern, ohne CDO über ihnen.",
        highLow: "In einem kleinen Unternehmen steuert, wer die Technologie führt, die gemeinsam genutzten Plattformen; der CDO von S2 ist ein Rat für größere Unternehmen.",
        highHigh: "Mehrere Plattformen spannen sich in einem größeren Unternehmen über Betrieb und Produkte: Ihre gemeinsame Steuerung nach S2 ist Aufgabe des CDO.",
      },
    },
    transformation: {
      statement:
        "Eine digitale Transformation im ganzen Unternehmen: Laut S3 hängt sie davon ab, dass CTO und CIO wie eine Einheit arbeiten, was S2 in größeren Unternehmen einem CDO überträgt.",
      reasons: {
        lowLow: "In einem kleinen Unternehmen steuert, wer die Technologie führt, auch jede Transformation; sie verlangt keinen CDO.",
        lowHigh: "Keine Transformation ist im ganzen Unternehmen im Gang (höchstens eine ist geplant); ein CDO hätte also kein übergreifendes Programm, das er über zwei gleichrangigen Führungskräften leiten könnte.",
        highLow: "In einem kleinen Unternehmen steuert, wer die Technologie führt, eine Transformation; der CDO von S2 ist ein Rat für größere Unternehmen.",
        highHigh: "Eine Transformation, die in weiten Teilen eines größeren Unternehmens im Gang ist, verlangt, beide Verantwortungsbereiche wie einen zu steuern (S3), was S2 einem CDO über beiden überträgt.",
      },
    },
    velocity_conflict: {
      statement:
        "Anhaltende Konflikte zwischen Liefergeschwindigkeit und Stabilität, der Auslöser von S3, die Struktur zu überprüfen, nach Unternehmensgröße gelesen wie der Rat von S2 zum Auseinanderdriften.",
      reasons: {
        lowLow: "Geschwindigkeit und Stabilität geraten nur gelegentlich aneinander: Der Auslöser von S3 greift kaum und würde in einem kleinen Unternehmen auf eine einzige Führungskraft deuten.",
        lowHigh: "Geschwindigkeit und Stabilität geraten nur gelegentlich aneinander: Der Auslöser von S3 greift kaum und würde in einem größeren Unternehmen auf einen CDO deuten.",
        highLow:
          "Lieferung und Stabilität geraten dauerhaft aneinander, der Auslöser von S3, die Struktur zu überprüfen; in einem kleinen Unternehmen beseitigt eine Führungskraft über beidem die Nahtstelle, wie bei den Start-ups von S3, die die Rollen bündeln.",
        highHigh:
          "Lieferung und Stabilität geraten dauerhaft aneinander, der Auslöser von S3, die Struktur zu überprüfen; in einem größeren Unternehmen ist die Antwort von S2 auf das Auseinanderdriften der Führungskräfte eine getrennte Führung unter einem CDO.",
      },
    },
    budget_disputes: {
      statement: "Budgetstreitigkeiten zwischen Kostensenkung und Wachstum, das Spannungsfeld, das S1 beschreibt, nach Größe gelesen wie die anderen Auslöser.",
      reasons: {
        lowLow: "Budgetstreitigkeiten sind höchstens gelegentlich; in einem kleinen Unternehmen würden sie auf eine einzige entscheidende Person deuten.",
        lowHigh: "Budgetstreitigkeiten sind höchstens gelegentlich; in einem größeren Unternehmen würden sie auf einen CDO deuten.",
        highLow:
          "Häufige Budgetstreitigkeiten zwischen Kosten und Wachstum (S1) sind ein Auseinanderdriften zweier Agenden; in einem kleinen Unternehmen beseitigt sie eine Führungskraft, die über beides entscheidet.",
        highHigh:
          "Häufige Budgetstreitigkeiten zwischen Kosten und Wachstum (S1) sind ein Auseinanderdriften der Führungskräfte; die Antwort von S2 in einem größeren Unternehmen ist eine getrennte Führung unter einem CDO.",
      },
    },
    strategic_pivot: {
      statement: "Eine geplante strategische Neuausrichtung, für S3 Anlass für ein vereinheitlichtes oder neu geordnetes Führungsmodell.",
      reasons: {
        lowLow: "Eine Neuausrichtung wird höchstens erwogen; in einem kleinen Unternehmen würde sie eine vereinheitlichte Führung verlangen.",
        lowHigh: "Eine Neuausrichtung wird höchstens erwogen; in einem größeren Unternehmen würde sie eine neu geordnete Führung verlangen.",
        highLow: "Eine geplante Neuausrichtung verlangt ein vereinheitlichtes Führungsmodell (S3): in einem kleinen Unternehmen eine einzige Führungskraft.",
        highHigh: "Eine geplante Neuausrichtung verlangt ein neu geordnetes Führungsmodell (S3): in einem größeren Unternehmen getrennte Führungskräfte unter einem CDO.",
      },
    },
    incumbent_cio: {
      statement: "Ob ein CIO im Amt ist: Kapazität, auf die eine Struktur mit eigenem CIO aufbauen kann.",
      reasons: {
        low: "Kein CIO im Amt; keine Struktur erhält dadurch einen Vorsprung.",
        high: "Ein CIO ist bereits im Amt (oder wird eingestellt): Kapazität, die die Bewertung der Kapazitäten nach S3 berücksichtigt und auf der die Strukturen mit eigenem CIO aufbauen.",
      },
    },
    incumbent_cto: {
      statement: "Ob ein CTO im Amt ist: Kapazität, auf die eine Struktur mit eigenem CTO aufbauen kann.",
      reasons: {
        low: "Kein CTO im Amt; keine Struktur erhält dadurch einen Vorsprung.",
        high: "Ein CTO ist bereits im Amt (oder wird eingestellt): Kapazität, auf der die Strukturen mit eigenem CTO aufbauen.",
      },
    },
    incumbent_cdo: {
      statement: "Ob ein Chief Digital Officer im Amt ist oder eingestellt wird: Kapazität, auf die die CDO-Struktur aufbauen kann.",
      reasons: {
        low: "Kein CDO im Amt; keine Struktur erhält dadurch einen Vorsprung.",
        high: "Ein CDO ist im Amt oder wird eingestellt: Kapazität, auf der die CDO-Struktur aufbaut.",
      },
    },
    incumbent_ctio: {
      statement: "Ob eine kombinierte Führungskraft für Technologie und Information im Amt ist: Das macht die kombinierte Struktur günstiger zu erhalten.",
      reasons: {
        low: "Keine kombinierte Technologie-Führungskraft im Amt; keine Struktur erhält dadurch einen Vorsprung.",
        high: "Eine kombinierte Technologie-Führungskraft ist bereits im Amt: Eine Führungskraft, die beide Rollen in Personalunion ausübt (S3), ist die Struktur, die sich am günstigsten erhalten lässt.",
      },
    },
  },
  structures: {
    separate: {
      name: "Getrennte Rollen von CIO und CTO",
      description:
        "Zwei gleichrangige Führungskräfte an der Spitze der Technologie: ein CIO für interne Systeme, Sicherheit und Governance und ein CTO für Produkte, Architektur und Innovation, jeder mit ungeteilter Aufmerksamkeit.",
    },
    ctio: {
      name: "Kombinierter CTIO",
      description:
        "Eine Führungskraft verantwortet sowohl den internen als auch den produktbezogenen Verantwortungsbereich; das hält Entscheidungen schnell, solange das Unternehmen klein ist oder auf Geschwindigkeit setzt.",
    },
    cdo: {
      name: "CDO über CIO und CTO",
      description:
        "Ein Chief Digital Officer führt einen eigenen CIO und einen eigenen CTO und steuert die Plattformen und die Transformation, die internen Betrieb und Kundenprodukte übergreifen.",
    },
  },
  dimensions: {
    scale: {
      label: "Größe und Reife",
      description: "Mitarbeiterzahl, Umsatz, Entwicklungsphase, Geschäftsbereiche und Länder: wie viel Führungskapazität die Technologie-Agenda braucht.",
    },
    governance: {
      label: "Governance und Risiko",
      description: "Vorschriften, Aufsicht, Prüfungsaufwand, Datensensibilität und Vorfälle: wie sehr der Verantwortungsbereich Compliance und Sicherheit ungeteilte Aufmerksamkeit braucht.",
    },
    internal_estate: {
      label: "Interne IT-Landschaft",
      description: "Unternehmensanwendungen, Altsysteme, Lieferanten und die interne IT-Organisation, die ein CIO führt.",
    },
    product_intensity: {
      label: "Produktintensität",
      description: "Wie viel des Geschäfts an Kunden verkaufte Technologie ist und wie groß die Entwicklungsorganisation dahinter ist.",
    },
    innovation_horizon: {
      label: "Innovationshorizont",
      description: "Wie zentral technologiegetriebene Innovation ist, wie weit die Strategie vorausblickt und wie viel mit neuen Technologien erprobt wird.",
    },
    speed_priority: {
      label: "Geschwindigkeit vor Stabilität",
      description:
        "Wie stark ein junges Unternehmen im Konflikt mit der Stabilität der Geschwindigkeit den Vorrang gibt, für S3 der Grund, in einem Start-up eine einzige Führungskraft einzusetzen.",
    },
    cross_cutting: {
      label: "Übergreifender Wandel",
      description: "Transformation und gemeinsam genutzte Plattformen (KI, Cloud, Daten), die internen Betrieb und Kundenprodukte übergreifen.",
    },
    misalignment: {
      label: "Reibung und Neuausrichtung",
      description: "Konflikte zwischen Liefergeschwindigkeit und Stabilität, Budgetstreitigkeiten und geplante Neuausrichtungen: die genannten Anlässe für eine Umstrukturierung.",
    },
  },
  facts: {
    size: {
      label: "die Größe des Unternehmens",
      why: "Die Größe ist der erste Prüfstein in S2 (kleine Unternehmen legen zusammen, größere brauchen getrennte Führungskräfte) und in S4 (beide Rollen zählen am meisten in großen Unternehmen).",
    },
    stage: {
      label: "die Entwicklungsphase des Unternehmens",
      why: "S3 verbindet das Zusammenlegen mit Start-ups und das Trennen mit reifen Großunternehmen.",
    },
    spread: {
      label: "Geschäftsbereiche und Länder",
      why: "Geschäftsbereiche und Länder erweitern beide Verantwortungsbereiche, doch die Quellen erwähnen sie nur am Rande.",
    },
    regulation: {
      label: "Regulierung und Governance",
      why: "Regulierung ist eine der drei Kräfte, die laut S3 über die Aufteilung entscheiden, und komplexe Governance ist dort der Grund zu trennen; vier Fragen beschreiben sie, daher teilen sie sich eine Gewichtung.",
    },
    incidents: {
      label: "Vorfälle",
      why: "Häufige Vorfälle sind einer der drei Anlässe von S3, die Struktur zu überprüfen, keine Regel für die Wahl der Struktur; daher wiegen sie wenig.",
    },
    product: {
      label: "der Verantwortungsbereich für Produkte",
      why: "S1 und S4 bestimmen den Verantwortungsbereich des CTO als die Technologie, die das Unternehmen verkauft, und die Entwickler, die sie bauen: Seine Größe entscheidet, ob ein eigener CTO eine Aufgabe hat.",
    },
    estate: {
      label: "die interne IT-Landschaft",
      why: "Die Systeme, Lieferanten und IT-Mitarbeitenden, die ein CIO führt, bilden die Größe des internen Verantwortungsbereichs (S1, S2, S4).",
    },
    innovation: {
      label: "die Innovationsagenda",
      why: "Innovation voranzutreiben und neue Technologien zu erkunden ist CTO-Arbeit (S2, S4), die nach außen gerichtete Hälfte der Verantwortungsbereiche.",
    },
    speed: {
      label: "Geschwindigkeit vor Stabilität",
      why: "S3 gibt dem Vorrang der Geschwindigkeit eine einzige Folge: Ein Start-up, das ihr zuneigt, kann die Rollen zusammenlegen. Außerhalb junger Unternehmen entscheidet sie nichts.",
    },
    platforms: {
      label: "gemeinsam genutzte Plattformen",
      why: "S2 verlangt eine gemeinsame Steuerung von Plattformen wie KI und Cloud, die sowohl dem Betrieb als auch den Produkten dienen.",
    },
    transformation: {
      label: "die digitale Transformation",
      why: "S2 und S3 verorten die digitale Transformation über beide Verantwortungsbereiche hinweg, und S2 überträgt sie in größeren Unternehmen einem CDO.",
    },
    friction: {
      label: "Reibung zwischen den Verantwortungsbereichen",
      why: "Anhaltende Fehlausrichtung ist ein Anlass, die Struktur zu überprüfen (S3); der Rat von S2 zum Auseinanderdriften der beiden Führungskräfte sagt je nach Größe, in welche Richtung.",
    },
    pivot: {
      label: "eine strategische Neuausrichtung",
      why: "Eine Neuausrichtung ist der dritte Anlass von S3 und verlangt ein vereinheitlichtes oder neu geordnetes Führungsmodell.",
    },
    incumbents: {
      label: "wer heute im Amt ist",
      why: "S3 verlangt eine Bewertung der vorhandenen Kapazitäten: Amtierende Führungskräfte machen ihre Struktur günstiger, sollten sie aber nicht entscheiden.",
    },
  },
  triggers: {
    persistent_misalignment: {
      label: "Anhaltende Fehlausrichtung zwischen Produktgeschwindigkeit und operativer Stabilität",
      explanations: {
        fired: "Liefergeschwindigkeit und operative Stabilität geraten häufig aneinander, oder Budgetprioritäten sind häufig umstritten. {direction}",
        notFired: "Geschwindigkeit und Stabilität geraten nur gelegentlich aneinander, und Budgetstreitigkeiten sind nicht häufig; dieser Auslöser greift daher nicht.",
        unanswered: "Nicht beantwortet; das Modell kann daher nicht erkennen, ob die Technologie-Agenden gegeneinander arbeiten.",
      },
    },
    frequent_incidents: {
      label: "Häufige Vorfälle, die auf schwache Governance hindeuten",
      explanations: {
        fired:
          "Schwere Sicherheitsvorfälle oder Ausfälle wiederholen sich, ein Zeichen schwacher Governance. Das spricht für eine Führung mit eigener Kapazität für Governance und gegen eine einzige Führungskraft, die über beide Verantwortungsbereiche verteilt ist.",
        notFired: "Vorfälle sind nicht häufig genug, um auf schwache Governance hinzudeuten; dieser Auslöser greift daher nicht.",
        unanswered: "Nicht beantwortet; das Modell kann daher nicht erkennen, ob Vorfälle auf schwache Governance hindeuten.",
      },
    },
    strategic_pivot: {
      label: "Eine strategische Neuausrichtung, die eine vereinheitlichte oder neu geordnete Technologieführung verlangt",
      explanations: {
        fired: "Eine strategische Neuausrichtung ist innerhalb eines Jahres geplant. {direction}",
        considering: "Eine Neuausrichtung wird erwogen, ist aber noch nicht geplant; sie zählt teilweise und greift, sobald sie geplant ist.",
        notFired: "Keine strategische Neuausrichtung ist geplant; dieser Auslöser greift daher nicht.",
        unanswered: "Nicht beantwortet; das Modell kann daher nicht erkennen, ob eine Neuausrichtung eine neue Führung verlangt.",
      },
    },
  },
  triggerDirections: {
    sizeUnknown: "In einem kleinen Unternehmen deutet er auf eine einzige kombinierte Führungskraft, in einem größeren auf getrennte Führungskräfte unter einem Chief Digital Officer.",
    smallFirm: "In einem Unternehmen dieser Größe deutet er auf eine einzige kombinierte Führungskraft, die die Nahtstelle zwischen den Verantwortungsbereichen beseitigt.",
    largerCompany:
      "In einem Unternehmen dieser Größe ist die Antwort von S2 auf das Auseinanderdriften der beiden Führungskräfte eine getrennte Führung unter einem Chief Digital Officer.",
    midSize:
      "Bei dieser Größe sagt keine Quelle, in welche Richtung er deutet; er bringt daher keine Struktur nach vorn: Nehmen Sie ihn als Anlass, die Zusammenarbeit der Führungskräfte zu überprüfen.",
  },
  recommendations: {
    separate: {
      summary:
        "Geben Sie dem internen und dem produktbezogenen Verantwortungsbereich jeweils eine eigene Führungskraft. Ihre Größe und Ihr Governance-Aufwand bedeuten, dass Innovation und Compliance beide ungeteilte Aufmerksamkeit brauchen, und zwei gleichrangige Führungskräfte vermeiden den Engpass, dass eine Person alles entscheidet.",
      ownership: ownership([
        ["CIO", "ERP-, Finanz-, Personal- und Kollaborationssysteme sowie die Integrationsschicht zwischen ihnen."],
        ["CIO", "Kontrollen, Prüfungen und regulatorische Pflichten; der CTO baut Sicherheit von Anfang an in die Produkte ein."],
        ["CIO", "Datenqualität, Datenherkunft, Datenschutz und Compliance über alle Informationssysteme hinweg."],
        ["CTO", "Die Architektur der Produkte, ihre APIs und die Developer Experience."],
        ["CTO", "Trends beobachten, Pilotprojekte und Prototypen aufsetzen und die erfolgreichen zu Produkten machen."],
        ["CIO und CTO gemeinsam", "Plattformen, die sowohl dem Betrieb als auch den Produkten dienen, werden gemeinsam über den Lenkungsausschuss gesteuert."],
        ["CIO", "Unternehmenslieferanten bewerten und integrieren; der CTO führt die Partnerschaften, die den Produkten zugutekommen."],
      ]),
      mechanisms: [
        {
          name: "Bereichsübergreifender Lenkungsausschuss",
          description: "Produkt, Entwicklung, IT, Risiko, Sicherheit und Finanzen prüfen größere Vorhaben gemeinsam, sodass keine der beiden Führungskräfte allein über Arbeit entscheidet, die beide Verantwortungsbereiche berührt.",
        },
        {
          name: "Gemeinsames Programmbüro",
          description: "Ein Programmbüro führt die Roadmaps und Meilensteine von CIO und CTO in einem einzigen Plan und macht Abhängigkeiten früh sichtbar.",
        },
        {
          name: SHARED_RISK,
          description: "Beide Führungskräfte arbeiten nach einem Rahmenwerk für Sicherheit und Data Governance; die Produktsicherheit baut der CTO ein, die verbindlichen Kontrollen verantwortet der CIO.",
        },
        { name: CADENCE, description: "Ein fester Rhythmus, in dem Prioritäten, Budgets und Ressourcen gemeinsam festgelegt werden statt in Ad-hoc-Streitigkeiten." },
      ],
      kpis: [
        { role: "CIO", metrics: CIO_METRICS },
        { role: "CTO", metrics: CTO_METRICS },
        { role: "Gemeinsame Scorecard", metrics: BLENDED },
      ],
      leadershipProfile: [CIO_PROFILE, CTO_PROFILE, "Für beide: die Gewohnheit, Zielkonflikte in gemeinsamen Gremien zu klären statt in Budgetstreitigkeiten."],
      revisitTriggers: [
        "Eine Transformation beginnt, die internen Betrieb und Kundenprodukte übergreift, oder gemeinsam genutzte Plattformen wie KI werden zentral: Erwägen Sie einen CDO über beiden.",
        "CIO und CTO geraten dauerhaft über Geschwindigkeit gegen Stabilität oder über Budgets aneinander.",
        "Eine strategische Neuausrichtung, eine Fusion oder ein neues Geschäftsmodell verändert, was die Technologie leisten muss.",
      ],
    },
    ctio: {
      summary:
        "Übertragen Sie beide Technologie-Verantwortungsbereiche einer einzigen Führungskraft. Bei Ihrer Größe und Ihrem Tempo hält eine Führungskraft die Entscheidungen schnell und vermeidet eine Nahtstelle zwischen internen Systemen und Produkten; planen Sie, die Rolle mit dem Wachstum aufzuteilen.",
      ownership: ownership([
        ["CTIO", "Meist an eine Leitung des IT-Betriebs delegiert, die an den CTIO berichtet."],
        ["CTIO", "Behalten Sie eine unabhängige Prüfung der Compliance bei, damit sie nicht von der Zeit einer einzigen Person abhängt."],
        ["CTIO", "Eine verantwortliche Person für Daten über Systeme und Produkte hinweg hält die Standards einheitlich."],
        ["CTIO", "Meist an einen Lead Architect oder eine Leitung der Softwareentwicklung delegiert."],
        ["CTIO", "Klein gehalten und an die Produkt-Roadmap gebunden."],
        ["CTIO", "Eine Führungskraft steuert die gemeinsam genutzten Plattformen; eine gemeinsame Entscheidung ist nicht nötig."],
        ["CTIO", "Eine Lieferantenstrategie für interne Werkzeuge und Produktkomponenten zugleich."],
      ]),
      mechanisms: [
        {
          name: "Schlanker Lenkungsausschuss",
          description: "Auch mit einer einzigen Führungskraft prüft eine kleine Runde aus Produkt, Risiko und Finanzen größere Vorhaben, damit die Sicht einer Person hinterfragt wird.",
        },
        {
          name: "Eine Roadmap mit zwei Strängen",
          description: "Eine Programmsicht umfasst den Strang der internen Systeme und den Produktstrang, damit keiner den anderen unbemerkt aushungert.",
        },
        {
          name: SHARED_RISK,
          description: "Ein schriftliches Rahmenwerk und eine unabhängige Prüfung sorgen dafür, dass die Compliance nicht allein von der Zeit der kombinierten Führungskraft abhängt.",
        },
        { name: CADENCE, description: "Der Rhythmus zwingt die kombinierte Führungskraft, über Betrieb und Produktlieferung getrennt Rechenschaft abzulegen." },
      ],
      kpis: [{ role: "CTIO", metrics: [...CTO_METRICS.slice(0, 2), ...CIO_METRICS.slice(0, 4), ...BLENDED] }],
      leadershipProfile: [
        "Eine Führungskraft, die in der Produktarchitektur ebenso zu Hause ist wie in Betrieb, Sicherheit und Compliance.",
        "Fähig, schnell zu entscheiden und den Tagesbetrieb sowie die Führung der Entwicklung an starke Leitungen darunter zu delegieren.",
        "Ehrlich in Bezug auf die Grenzen der Rolle und bereit, sie mit dem Wachstum des Unternehmens aufzuteilen.",
      ],
      revisitTriggers: [
        "Das Unternehmen wächst über einige hundert Mitarbeitende hinaus oder kommt zu weiteren Geschäftsbereichen und Ländern.",
        "Regulierung, Prüfungen oder Vorfälle beanspruchen einen großen Teil der Zeit der kombinierten Führungskraft.",
        "Geschwindigkeit ist nicht mehr die alles überragende Priorität, oder eine strategische Neuausrichtung verändert die Agenda.",
      ],
    },
    cdo: {
      summary:
        "Setzen Sie einen Chief Digital Officer über einen eigenen CIO und einen eigenen CTO. Ihre Transformation und Ihre gemeinsam genutzten Plattformen übergreifen internen Betrieb und Kundenprodukte, und ein größeres Unternehmen braucht eine Führungskraft, die sie steuert und zwischen den beiden Verantwortungsbereichen entscheidet.",
      ownership: ownership([
        ["CIO", "Betreibt die Unternehmensanwendungen und modernisiert sie im Rahmen des Transformationsplans des CDO."],
        ["CIO", "Verantwortet Kontrollen und Compliance; der CDO sorgt dafür, dass die Transformation sie einhält."],
        ["CIO, die Datenstrategie des Unternehmens legt der CDO fest", "Der CIO verantwortet die Data Governance; der CDO entscheidet, wie Daten Betrieb und Produkten dienen."],
        ["CTO", "Produktarchitektur und APIs bleiben beim CTO."],
        ["CTO", "Pilotprojekte und Prototypen, priorisiert an der digitalen Agenda des CDO."],
        ["CDO", "Der CDO steuert die Plattformen, die internen Betrieb und Kundenprodukte übergreifen; CIO und CTO betreiben ihre Teile."],
        ["CIO, bei strategischen Entscheidungen entscheidet der CDO", "Der CIO steuert die Lieferanten; der CDO entscheidet über Plattformverpflichtungen, die beide Verantwortungsbereiche berühren."],
      ]),
      mechanisms: [
        {
          name: "Lenkungsausschuss unter Vorsitz des CDO",
          description: "Der CDO leitet einen bereichsübergreifenden Ausschuss mit Produkt, Entwicklung, IT, Risiko, Sicherheit und Finanzen und entscheidet, wenn die Verantwortungsbereiche kollidieren.",
        },
        {
          name: "Gemeinsames Programmbüro unter dem CDO",
          description: "Die Transformation läuft als ein Programm: Das Büro stimmt die Roadmaps und Meilensteine von CIO und CTO auf gemeinsame Ergebnisse ab.",
        },
        {
          name: SHARED_RISK,
          description: "Ein Rahmenwerk regelt Sicherheit und Daten über Betrieb und Produkte hinweg und gilt von Anfang an auch für gemeinsam genutzte Plattformen wie KI und Cloud.",
        },
        {
          name: CADENCE,
          description: "Der CDO leitet die Strategiereviews jedes Quartal und die Umsetzungsreviews jeden Monat und hält Prioritäten, Budgets und Ressourcen im Gleichschritt.",
        },
      ],
      kpis: [
        { role: "CDO", metrics: [...BLENDED, "Fortschritt des Transformationsprogramms gegenüber seinen Meilensteinen"] },
        { role: "CIO", metrics: CIO_METRICS },
        { role: "CTO", metrics: CTO_METRICS },
      ],
      leadershipProfile: [
        "Für den CDO: eine unternehmerisch denkende Führungskraft, die eine digitale Agenda über Betrieb und Produkte hinweg setzen und zwischen den beiden Verantwortungsbereichen entscheiden kann.",
        CIO_PROFILE,
        CTO_PROFILE,
      ],
      revisitTriggers: [
        "Die Transformation ist abgeschlossen und die gemeinsam genutzten Plattformen laufen reibungslos: Die CDO-Ebene wird womöglich nicht mehr gebraucht.",
        "Vorfälle häufen sich, ein Zeichen, dass die Governance mehr Aufmerksamkeit braucht, als die Struktur ihr gibt.",
        "Eine strategische Neuausrichtung, ein Unternehmensverkauf oder eine Fusion verändert die Größe oder Richtung des Unternehmens.",
      ],
    },
  },
  disagreements: {
    large_companies: {
      title: "Große Unternehmen: ein CDO über beiden Führungskräften oder zwei gleichrangige?",
      sides:
        "S2 rät, dass größere Unternehmen in der Regel getrennte Führungsrollen unter einem Chief Digital Officer brauchen. Nach S3 trennen große, reife Unternehmen mit komplexer Governance die Rollen in gleichrangige Funktionen, um Engpässe zu vermeiden; S4 sieht in großen Unternehmen beide Rollen als eigene Positionen auf C-Level, und das Organigramm eines Großunternehmens in S2 selbst zeigt CIO und CTO nebeneinander unter dem CEO.",
      reconciliation:
        "Die drei Quellen, die von Größe sprechen, stimmen im wichtigsten Punkt überein: Ein großes Unternehmen braucht zwei getrennte Technologie-Führungskräfte; die Größe spricht also gegen eine einzige kombinierte Führungskraft und gleichermaßen für beide Strukturen mit zweien. Sie unterscheiden sich darin, was über den beiden steht. Das Modell gibt der Regel von S2 eine eigene Wirkung (Größe zählt in einem Unternehmen, das Technologie verkauft, für einen CDO), ebenso der Regel von S3 (komplexe Governance zählt in einem großen Unternehmen für gleichrangige Rollen), und lässt im Übrigen die Agenda entscheiden, für die es einen CDO gibt: Eine Transformation oder gemeinsam genutzte Plattformen über Betrieb und Produkte zählen für einen CDO (die gemeinsame Steuerung nach S2), ihr Fehlen für gleichrangige Rollen. Sind die Governance nach S3 und die übergreifende Agenda nach S2 beide stark, meldet das Modell ein knappes Ergebnis und nennt beide Strukturen.",
    },
    no_product: {
      title: "Eine große Organisation, die keine Technologie verkauft: eine Führungskraft oder zwei?",
      sides:
        "S3 trennt die Rollen in großen, reifen Unternehmen mit komplexer Governance. S1 und S4 geben dem CTO die Technologie, die das Unternehmen entwickelt und verkauft, und die Entwickler, die sie bauen; eine Organisation, die keine verkauft, lässt diesen Verantwortungsbereich leer.",
      reconciliation:
        "Die Größe spricht nur dort für eine zweite Führungskraft, wo es einen zweiten Verantwortungsbereich gibt: Ohne Technologie im Angebot zählt die Größe eines großen Unternehmens für eine einzige Führungskraft mit Schwerpunkt CIO, und der Compliance-Aufwand zählt nicht mehr als Konkurrenz zu den Produkten um die Aufmerksamkeit einer Führungskraft. Die Regel von S3 zählt weiterhin für die Trennung. Eine große, stark regulierte Organisation, die nichts verkauft, ergibt daher ein knappes Ergebnis zwischen getrennten Rollen und einer einzigen Führungskraft, nie einen eindeutigen Fall und nie einen CDO über einem CTO, der nichts zu führen hat.",
    },
    triggers: {
      title: "Reibung und Neuausrichtung: In welche Richtung deuten sie?",
      sides:
        "S3 nennt anhaltende Fehlausrichtung zwischen Geschwindigkeit und Stabilität, häufige Vorfälle und eine strategische Neuausrichtung als Anlässe, die Struktur zu überprüfen, ohne zu sagen, zu welcher Struktur sie führen. Der Rat von S2, das Auseinanderdriften der beiden Führungskräfte zu verringern, sagt es, je nach Größe: Kleine Unternehmen könnten die Rollen zusammenlegen, größere brauchen getrennte Führung unter einem CDO. Die Start-ups von S3 legen zusammen, um Entscheidungen zu straffen.",
      reconciliation:
        "Das Modell liest Reibung und Neuausrichtung nach Größe, wie es der Rat von S2 tut: hin zu einer einzigen Führungskraft in einem kleinen Unternehmen, hin zu einem CDO über getrennten Führungskräften in einem größeren und in keine Richtung bei mittlerer Größe, wo keine Quelle die Richtung nennt. Sie wiegen wenig (ein Auslöser sagt: erneut prüfen, nicht, was zu wählen ist), und das Ergebnis führt sie gesondert als Signale auf, die Struktur zu überprüfen.",
    },
    speed: {
      title: "Geschwindigkeit vor Stabilität: eine Regel für alle oder für Start-ups?",
      sides:
        "S3 verbindet das Zusammenlegen der Rollen mit Start-ups, die auf Geschwindigkeit setzen, und das Trennen mit großen, reifen Unternehmen; einem Vorrang der Geschwindigkeit gibt sie keine weitere Folge.",
      reconciliation:
        "Das Modell liest Geschwindigkeit gegen Stabilität nur in jungen Unternehmen (bei Start-ups voll, bei Scale-ups überwiegend). In einem etablierten oder reifen Unternehmen bewegt die Antwort nichts, und ein Vorrang der Stabilität wird nicht als Argument für zwei Führungskräfte gelesen.",
    },
  },
};
