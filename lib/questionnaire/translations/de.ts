/** The questionnaire 2027.1 in German (Sie), following lib/i18n/glossary.ts. */
import type { QuestionnaireText } from "./types";

const yesNo = { yes: "Ja", no: "Nein" };

const roleStatus = {
  filled: "Besetzt",
  vacant: "Unbesetzt oder Suche läuft",
  none: "In unserer Struktur nicht vorgesehen",
};

export const DE: QuestionnaireText = {
  version: "2027.1",
  sections: {
    profile: {
      title: "Unternehmensprofil",
      description: "Größe, Entwicklungsphase und geografische Präsenz bestimmen, wie viel Führungskapazität die Technologieagenda braucht.",
    },
    regulation: {
      title: "Regulierung und Risiko",
      description: "Compliance und Sicherheit beanspruchen einen großen Teil der Arbeitswoche des CIO; umfangreiche Pflichten verlangen ungeteilte Aufmerksamkeit.",
    },
    strategy: {
      title: "Strategie und Erlösmodell",
      description: "Ob Sie Technologie verkaufen oder Ihr Geschäft auf ihr betreiben, entscheidet, wie viel Gewicht die nach außen gerichtete Rolle hat.",
    },
    estate: {
      title: "IT-Landschaft und Betrieb",
      description: "Die internen Systeme, Lieferanten und Mitarbeitenden, die den Geschäftsbetrieb am Laufen halten, liegen im Verantwortungsbereich des CIO.",
    },
    transformation: {
      title: "Transformation und Abstimmung",
      description: "Bereichsübergreifender Wandel und Reibungen zwischen den Technologieverantwortlichen sind die Signale für eine Neuordnung.",
    },
    leadership: {
      title: "Heutige Führungsstruktur",
      description: "Geben Sie für jede Rolle an, ob es sie heute gibt. Wer bereits im Amt ist, bestimmt, was eine Veränderung kostet und welche Rolle zuerst zu besetzen ist.",
    },
  },
  questions: {
    employees: {
      label: "Wie viele Mitarbeitende beschäftigt das Unternehmen?",
      help: "Die Größe ist in den Quellen der erste Maßstab: Kleine Unternehmen können beide Rollen zusammenlegen, größere brauchen getrennte Technologieverantwortliche.",
      unit: { other: "Mitarbeitende", one: "Mitarbeitender" },
    },
    revenue_band: {
      label: "Wie hoch ist der Jahresumsatz des Unternehmens?",
      help: "Der Umsatz ist ein zweites Maß für die Größe; am stärksten zählen beide Rollen in großen Unternehmen mit getrennten C-Level-Positionen.",
      options: {
        under_10m: "Unter 10 Mio. USD",
        "10m_100m": "10 Mio. bis 100 Mio. USD",
        "100m_1b": "100 Mio. bis 1 Mrd. USD",
        "1b_10b": "1 Mrd. bis 10 Mrd. USD",
        over_10b: "Über 10 Mrd. USD",
      },
    },
    stage: {
      label: "Welche Phase beschreibt das Unternehmen am besten?",
      help: "Startups, die auf Tempo setzen, legen die Rollen eher zusammen; große, reife Unternehmen mit komplexer Governance trennen sie eher.",
      options: {
        startup: "Startup: auf der Suche nach dem Product-Market-Fit",
        scaleup: "Scale-up: schnelles Wachstum",
        established: "Etabliert: stetiges Wachstum",
        mature: "Reifes Großunternehmen",
      },
    },
    business_units: {
      label: "Wie viele Geschäftsbereiche oder Sparten haben eine eigene Ergebnisverantwortung?",
      help: "Mehrere Geschäftsbereiche vervielfachen die Systeme, Entscheidungsrechte und Governance, die eine Technologieführung koordinieren muss.",
      unit: { other: "Geschäftsbereiche", one: "Geschäftsbereich" },
    },
    countries: {
      label: "In wie vielen Ländern ist das Unternehmen tätig?",
      help: "Die Tätigkeit in mehreren Ländern und Regionen bringt zusätzliche Regulierungsregime und eine größere Reichweite der Plattformen mit sich; beides verbinden die Quellen mit der Trennung der Rollen.",
      unit: { other: "Länder", one: "Land" },
    },
    industry: {
      label: "In welcher Branche ist das Unternehmen tätig?",
      help: "In technologiegetriebenen Märkten ist die Technologie das Produkt; das gibt dem nach außen gerichteten Verantwortungsbereich des CTO Gewicht.",
      options: {
        software: "Software und Internet",
        financial_services: "Finanzdienstleistungen und Versicherungen",
        healthcare: "Gesundheitswesen und Life Sciences",
        retail: "Handel und Konsumgüter",
        manufacturing: "Industrie und Fertigung",
        public_sector: "Öffentlicher Sektor und Bildung",
        professional_services: "Beratung und professionelle Dienstleistungen",
        media_telecom: "Medien und Telekommunikation",
        energy: "Energie und Versorgung",
        other: "Andere",
      },
    },
    frameworks: {
      label: "Welche Vorschriften und Standards muss das Unternehmen erfüllen?",
      help: "Pflichten wie DSGVO und HIPAA fallen unmittelbar in den Risiko- und Compliance-Bereich des CIO; je mehr es sind, desto eher braucht dieser Bereich eine eigene Führung.",
      options: {
        gdpr: "DSGVO oder vergleichbares Datenschutzrecht",
        hipaa: "HIPAA",
        sox: "SOX",
        pci_dss: "PCI DSS",
        soc2: "SOC 2",
        iso27001: "ISO 27001",
        solvency_ii: "Solvency II (Versicherer)",
        dora: "DORA (EU-Finanzsektor)",
        nydfs: "NYDFS Cybersecurity Regulation",
        nis2: "NIS2 (wesentliche und wichtige Einrichtungen)",
        other: "Andere branchenspezifische Vorschrift oder Norm",
        none: "Keine davon",
      },
    },
    sector_supervision: {
      label: "Untersteht das Unternehmen einer Branchenaufsicht (etwa Banken-, Gesundheits- oder Energieaufsicht)?",
      help: "Branchenregulierung ist eine der drei Kräfte, die laut den Quellen bestimmen, wo die Grenze zwischen den Rollen verläuft.",
      options: yesNo,
    },
    audit_burden: {
      label: "Wie stark belasten Prüfungen und Compliance die Technologieteams?",
      help: "Komplexe Governance-Anforderungen sind der Hauptgrund der Quellen, Compliance und Innovation unterschiedlichen Verantwortlichen zu übertragen.",
      minLabel: "Gering",
      maxLabel: "Sehr hoch",
    },
    data_sensitivity: {
      label: "Wie sensibel sind die Daten des Unternehmens?",
      help: "Der Schutz von Daten ist eine Kernaufgabe des CIO; hochsensible Daten erhöhen die Anforderungen an die Governance.",
      options: {
        low: "Gering: kaum personenbezogene oder vertrauliche Daten",
        moderate: "Mittel: Kundenkontakt- und Geschäftsdaten",
        high: "Hoch: personenbezogene Daten in großem Umfang",
        very_high: "Sehr hoch: Gesundheits-, Finanz- oder andere besonders schützenswerte Daten",
      },
    },
    security_incidents: {
      label: "Wie viele erhebliche Sicherheitsvorfälle hatte das Unternehmen in den letzten zwei Jahren?",
      help: "Häufige Vorfälle gelten als Zeichen schwacher Governance und als Anlass, die Organisation der Technologieführung zu überdenken.",
      options: {
        none: "Keine",
        one_minor: "Einen oder zwei kleinere",
        one_major: "Einen schweren Vorfall",
        several_major: "Mehrere schwere Vorfälle",
      },
    },
    sells_technology: {
      label: "Verkauft das Unternehmen Technologieprodukte oder digitale Dienste?",
      help: "Zählen Sie, was Kunden als Teil Ihres Angebots nutzen, berechnet oder nicht: Software, eine Plattform oder API, eine App, Online-Banking, einen Onlineshop oder ein Portal Ihrer eigenen Teams. Interne Systeme (ERP, Finanzen, Personal) zählen nicht. Der CTO verantwortet die Technologie, die ein Unternehmen entwickelt und verkauft, und die kundennahen Lösungen; ohne sie ist sein Bereich klein.",
      options: {
        core: "Ja, sie sind unser Kerngeschäft",
        some: "Ja, neben anderen Produkten",
        no: "Nein",
      },
    },
    tech_revenue_share: {
      label: "Welcher Anteil des Umsatzes stammt ungefähr aus Technologieprodukten oder digitalen Diensten?",
      help: "Der CTO will den Umsatz über das Verkaufte steigern, der CIO den Gewinn über Effizienz; der Umsatzanteil zeigt, was hier schwerer wiegt.",
      unit: { other: "% des Umsatzes", one: "% des Umsatzes" },
    },
    product_engineers: {
      label: "Wie viele Fachkräfte aus Engineering und Entwicklung arbeiten an den Produkten, die Sie verkaufen?",
      help: "Die Führung der Produktentwicklung ist eine prägende Aufgabe des CTO; eine große Entwicklungsorganisation braucht eine eigene Leitung.",
      unit: { other: "Fachkräfte", one: "Fachkraft" },
    },
    tech_focus: {
      label: "Wem dient die Technologie des Unternehmens vor allem?",
      help: "Der CIO bedient Mitarbeitende und interne Nutzer, der CTO Kunden und Partner; wohin die Technologie zielt, zeigt, welcher Verantwortungsbereich überwiegt.",
      options: {
        customers: "Vor allem Kunden und Partnern",
        balanced: "Beiden etwa gleich",
        employees: "Vor allem Mitarbeitenden und internen Abläufen",
      },
    },
    innovation_ambition: {
      label: "Wie zentral ist technologiegetriebene Innovation für die Strategie des Unternehmens?",
      help: "Innovation und Differenzierung im Wettbewerb voranzutreiben ist der Zweck der CTO-Rolle; ein hoher Anspruch braucht eine Führungskraft, die ihn frei verfolgen kann.",
      minLabel: "Nebensächlich",
      maxLabel: "Zentral",
    },
    innovation_horizon: {
      label: "Wie weit blickt die Technologiestrategie voraus?",
      help: "Die Quellen stellen den Fokus des CIO auf das laufende Quartal den Investitionen des CTO in die Technologie von morgen gegenüber.",
      options: {
        this_year: "Bedarf des laufenden Jahres",
        one_to_three: "Ein bis drei Jahre",
        beyond_three: "Mehr als drei Jahre",
      },
    },
    emerging_tech: {
      label: "Welche neuen Technologien plant das Unternehmen in den nächsten zwei Jahren einzusetzen?",
      help: "KI, Edge Computing, Blockchain oder Quantencomputing in Pilotprojekten und Prototypen zu erkunden, wird als Aufgabe des CTO genannt.",
      options: {
        ai_products: "KI in unseren Produkten",
        ai_operations: "KI in internen Abläufen",
        edge_iot: "Edge Computing oder IoT",
        blockchain: "Blockchain",
        quantum: "Quantencomputing",
        none: "Keine davon",
      },
    },
    speed_vs_stability: {
      label: "Wenn Tempo und Stabilität in Konflikt geraten: Was setzt sich meist durch?",
      help: "Organisationen, die zu Tempo neigen, legen die Rollen mitunter zusammen, um Entscheidungen zu straffen; wer zu Stabilität neigt, braucht eine Governance, die eine Person allein nicht tragen kann.",
      minLabel: "Stabilität",
      maxLabel: "Tempo",
    },
    enterprise_apps: {
      label: "Welche Unternehmensanwendungen sind im Einsatz?",
      help: "Der Betrieb von ERP-, Finanz- und Collaboration-Anwendungen ist der operative Kern der CIO-Rolle.",
      options: {
        erp: "ERP",
        crm: "CRM",
        hr: "Personalwesen und Entgeltabrechnung",
        finance: "Finanzen und Rechnungswesen",
        collaboration: "Werkzeuge für die Zusammenarbeit",
        itsm: "IT-Service-Management",
        none: "Keine davon",
      },
    },
    legacy_share: {
      label: "Wie viel des Geschäftsbetriebs läuft auf Altsystemen?",
      help: "Altsysteme bestimmen, was wann machbar ist; sie zu modernisieren und zugleich am Laufen zu halten, ist ein Balanceakt für den CIO.",
      options: {
        little: "Wenig oder nichts",
        some: "Einiges",
        substantial: "Ein erheblicher Teil",
        most: "Der größte Teil",
      },
    },
    vendor_count: {
      label: "Wie viele Technologielieferanten und Dienstleister steuert das Unternehmen?",
      help: "Lieferanten zu bewerten und ihre Lösungen zu integrieren, wird als Aufgabe des CIO genannt; eine lange Lieferantenliste braucht eine eigene verantwortliche Person.",
      unit: { other: "Lieferanten", one: "Lieferant" },
    },
    it_staff: {
      label: "Wie viele Personen arbeiten in der internen IT (Betrieb, Support, Unternehmenssysteme)?",
      help: "IT-Personal und -Betrieb zu führen, ist die erste Aufgabe des CIO, die die Quellen nennen.",
      unit: { other: "Personen", one: "Person" },
    },
    incident_frequency: {
      label: "Wie oft kommt es zu Betriebsausfällen oder schweren IT-Störungen?",
      help: "Häufige Störungen deuten auf schwache Governance hin, einen der genannten Anlässe, die Technologieführung neu zu ordnen.",
      options: {
        rare: "Selten: einige Male im Jahr oder weniger",
        quarterly: "Etwa einmal im Quartal",
        monthly: "Etwa einmal im Monat",
        weekly: "Wöchentlich oder häufiger",
      },
    },
    digital_transformation: {
      label: "Befindet sich das Unternehmen in einer digitalen Transformation?",
      help: "Eine Transformation, die das ganze Unternehmen erfasst, braucht eine eigene, von oben koordinierte Führung; die Quellen weisen sie einem Chief Digital Officer (CDO) zu.",
      options: {
        none: "Nein",
        planned: "Geplant",
        partial: "In Teilen des Unternehmens im Gange",
        enterprise: "Im gesamten Unternehmen im Gange",
      },
    },
    cross_platforms: {
      label: "Welche Plattformen dienen sowohl internen Abläufen als auch Kundenprodukten?",
      help: "Plattformen wie KI oder Cloud, die interne Abläufe ebenso tragen wie externe Produkte, brauchen eine gemeinsame Governance.",
      options: {
        ai: "KI",
        cloud: "Cloud",
        data: "Daten und Analytik",
        none: "Keine davon",
      },
    },
    velocity_conflict: {
      label: "Wie oft geraten das Tempo der Produktentwicklung und die Stabilität des Betriebs aneinander?",
      help: "Anhaltende Spannungen zwischen Produkttempo und Betriebsstabilität sind ein genannter Anlass, die Struktur zu überprüfen.",
      minLabel: "Nie",
      maxLabel: "Ständig",
    },
    budget_disputes: {
      label: "Wie oft sind sich die Technologieverantwortlichen über Budgetprioritäten uneinig?",
      help: "In Budgetgesprächen stehen die Kosten- und Risikosenkung des CIO gegen die Wachstumssuche des CTO; häufige Uneinigkeit zeigt, dass beide Agenden eine Schiedsinstanz brauchen.",
      options: {
        never: "Selten oder nie",
        sometimes: "Manchmal",
        often: "Häufig",
      },
    },
    strategic_pivot: {
      label: "Ist eine strategische Neuausrichtung geplant (neues Geschäftsmodell, neuer Markt oder Fusion)?",
      help: "Eine strategische Neuausrichtung ist ein genannter Anlass für eine gemeinsame oder neu geordnete Technologieführung.",
      options: {
        none: "Nein",
        considering: "Wird erwogen",
        planned: "Innerhalb von 12 Monaten geplant",
      },
    },
    role_cio: {
      label: "Chief Information Officer (CIO)",
      help: "Titel und Berichtslinien unterscheiden sich; ein amtierender CIO verantwortet bereits interne Systeme, Sicherheit und Governance.",
      options: roleStatus,
    },
    role_cto: {
      label: "Chief Technology Officer (CTO)",
      help: "Ein amtierender CTO verantwortet bereits Produkttechnologie, Forschung und Entwicklung sowie Innovation.",
      options: roleStatus,
    },
    role_cdo: {
      label: "Chief Digital Officer (CDO)",
      help: "Ein CDO ist die Antwort der Quellen für größere Unternehmen, die getrennte Technologieverantwortliche unter einer gemeinsamen digitalen Agenda brauchen.",
      options: roleStatus,
    },
    role_ctio: {
      label: "Chief Technology and Information Officer (CTIO)",
      help: "Eine Führungskraft, die beide Rollen in sich vereint: So beginnen kleine Unternehmen häufig.",
      options: roleStatus,
    },
  },
  answers: {
    notAnswered: "Nicht beantwortet",
    scale: "{value} von 5 (1 = {minLabel}, 5 = {maxLabel})",
  },
};
