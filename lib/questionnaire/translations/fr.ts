/**
 * The questionnaire 2027.1 in French (vous), following lib/i18n/glossary.ts. The spaces before
 * "?", ":" and ";" are no-break spaces (U+00A0), so the sign never wraps onto a line of its own.
 */
import type { QuestionnaireText } from "./types";

const yesNo = { yes: "Oui", no: "Non" };

const roleStatus = {
  filled: "Pourvu",
  vacant: "Vacant ou en cours de recrutement",
  none: "Non prévu dans notre organisation",
};

export const FR: QuestionnaireText = {
  version: "2027.1",
  sections: {
    profile: {
      title: "Profil de l'entreprise",
      description: "La taille, le stade de développement et l'implantation géographique déterminent la capacité de direction dont l'agenda technologique a besoin.",
    },
    regulation: {
      title: "Réglementation et risques",
      description: "La conformité et la sécurité occupent une grande partie de la semaine du DSI (CIO) ; des obligations lourdes exigent une attention dédiée.",
    },
    strategy: {
      title: "Stratégie et modèle de revenus",
      description: "Selon que la technologie est ce que vous vendez ou ce sur quoi repose votre activité, le rôle tourné vers l'extérieur pèse plus ou moins.",
    },
    estate: {
      title: "Parc informatique et exploitation",
      description: "Les systèmes internes, les fournisseurs et les équipes qui font tourner l'activité relèvent du DSI.",
    },
    transformation: {
      title: "Transformation et alignement",
      description: "Les changements transverses et les frictions entre dirigeants de la technologie sont les signaux d'une réorganisation.",
    },
    leadership: {
      title: "Direction actuelle",
      description: "Indiquez pour chaque rôle s'il existe aujourd'hui. Les personnes en place déterminent le coût d'un changement et le rôle à pourvoir en premier.",
    },
  },
  questions: {
    employees: {
      label: "Combien de personnes l'entreprise emploie-t-elle ?",
      help: "La taille est le premier repère des sources : les petites entreprises peuvent réunir les deux rôles, tandis que les plus grandes ont besoin de dirigeants de la technologie distincts.",
      unit: { other: "salariés", one: "salarié" },
    },
    revenue_band: {
      label: "Quel est le chiffre d'affaires annuel de l'entreprise ?",
      help: "Le chiffre d'affaires est une deuxième mesure de la taille ; c'est dans les grandes entreprises, dotées de postes de direction distincts, que les deux rôles comptent le plus.",
      options: {
        under_10m: "Moins de 10 millions USD",
        "10m_100m": "De 10 à 100 millions USD",
        "100m_1b": "De 100 millions à 1 milliard USD",
        "1b_10b": "De 1 à 10 milliards USD",
        over_10b: "Plus de 10 milliards USD",
      },
    },
    stage: {
      label: "Quel stade décrit le mieux l'entreprise ?",
      help: "Les start-up qui privilégient la vitesse tendent à réunir les rôles ; les grandes entreprises matures, à la gouvernance complexe, tendent à les séparer.",
      options: {
        startup: "Start-up : à la recherche de l'adéquation produit-marché",
        scaleup: "Scale-up : en forte croissance",
        established: "Établie : croissance régulière",
        mature: "Grande entreprise mature",
      },
    },
    business_units: {
      label: "Combien d'unités d'affaires ou de divisions ont leur propre compte de résultat ?",
      help: "Plusieurs unités d'affaires multiplient les systèmes, les droits de décision et la gouvernance qu'un dirigeant de la technologie doit coordonner.",
      unit: { other: "unités d'affaires", one: "unité d'affaires" },
    },
    countries: {
      label: "Dans combien de pays l'entreprise est-elle présente ?",
      help: "Opérer dans plusieurs zones géographiques ajoute des régimes réglementaires et élargit la portée des plateformes, deux facteurs que les sources lient à la séparation des rôles.",
      unit: { other: "pays", one: "pays" },
    },
    industry: {
      label: "Dans quel secteur l'entreprise opère-t-elle ?",
      help: "Sur les marchés où la technologie est au premier plan, le produit est la technologie, ce qui donne du poids au périmètre du CTO, tourné vers l'extérieur.",
      options: {
        software: "Logiciels et internet",
        financial_services: "Services financiers et assurance",
        healthcare: "Santé et sciences de la vie",
        retail: "Distribution et biens de consommation",
        manufacturing: "Industrie et production",
        public_sector: "Secteur public et éducation",
        professional_services: "Services professionnels",
        media_telecom: "Médias et télécommunications",
        energy: "Énergie et services collectifs",
        other: "Autre",
      },
    },
    frameworks: {
      label: "Quelles réglementations et normes l'entreprise doit-elle respecter ?",
      help: "Des obligations comme le RGPD et HIPAA relèvent directement du périmètre risques et conformité du DSI ; plus elles sont nombreuses, plus ce périmètre a besoin de son propre dirigeant.",
      options: {
        gdpr: "RGPD ou loi comparable sur la protection des données",
        hipaa: "HIPAA",
        sox: "SOX",
        pci_dss: "PCI DSS",
        soc2: "SOC 2",
        iso27001: "ISO 27001",
        solvency_ii: "Solvabilité II (assureurs)",
        dora: "DORA (services financiers de l'UE)",
        nydfs: "NYDFS Cybersecurity Regulation",
        nis2: "NIS2 (entités essentielles et importantes)",
        other: "Autre réglementation ou norme sectorielle",
        none: "Aucune de celles-ci",
      },
    },
    sector_supervision: {
      label: "L'entreprise est-elle soumise au contrôle d'une autorité sectorielle (par exemple une autorité bancaire, de santé ou de l'énergie) ?",
      help: "La réglementation sectorielle est l'une des trois forces qui, selon les sources, fixent la frontière entre les rôles.",
      options: yesNo,
    },
    audit_burden: {
      label: "Quelle charge les audits et la conformité font-ils peser sur les équipes technologiques ?",
      help: "Des exigences de gouvernance complexes sont la principale raison, selon les sources, de confier la conformité et l'innovation à des dirigeants distincts.",
      minLabel: "Légère",
      maxLabel: "Très lourde",
    },
    data_sensitivity: {
      label: "Quel est le degré de sensibilité des données détenues par l'entreprise ?",
      help: "La protection des données est une mission centrale du DSI ; des données très sensibles élèvent les enjeux de la gouvernance.",
      options: {
        low: "Faible : peu de données personnelles ou confidentielles",
        moderate: "Modéré : coordonnées clients et données d'activité",
        high: "Élevé : données personnelles à grande échelle",
        very_high: "Très élevé : données de santé, financières ou autres catégories particulières",
      },
    },
    security_incidents: {
      label: "Combien d'incidents de sécurité importants l'entreprise a-t-elle connus au cours des deux dernières années ?",
      help: "Des incidents fréquents sont cités comme le signe d'une gouvernance faible et comme un déclencheur pour repenser l'organisation de la direction technologique.",
      options: {
        none: "Aucun",
        one_minor: "Un ou deux incidents mineurs",
        one_major: "Un incident majeur",
        several_major: "Plusieurs incidents majeurs",
      },
    },
    sells_technology: {
      label: "L'entreprise vend-elle des produits technologiques ou des services numériques ?",
      help: "Comptez ce que vos clients utilisent dans votre offre, facturé ou non : logiciel, plateforme ou API, application, banque en ligne, boutique ou portail en ligne construits par vos équipes. Les systèmes internes (ERP, finance, RH) ne comptent pas. Le CTO répond de la technologie que l'entreprise crée et vend et des solutions destinées aux clients ; sans elles, son périmètre est restreint.",
      options: {
        core: "Oui, c'est notre cœur de métier",
        some: "Oui, à côté d'autres produits",
        no: "Non",
      },
    },
    tech_revenue_share: {
      label: "Quelle part du chiffre d'affaires provient, approximativement, de produits technologiques ou de services numériques ?",
      help: "Le CTO cherche à accroître le chiffre d'affaires par ce qui est vendu, le DSI à accroître les bénéfices par l'efficacité ; cette part montre ce qui compte le plus ici.",
      unit: { other: "% du chiffre d'affaires", one: "% du chiffre d'affaires" },
    },
    product_engineers: {
      label: "Combien d'ingénieurs et de développeurs conçoivent les produits que vous vendez ?",
      help: "Diriger les ingénieurs produit et les développeurs est une mission déterminante du CTO ; une grande organisation d'ingénierie a besoin de son propre dirigeant.",
      unit: { other: "ingénieurs", one: "ingénieur" },
    },
    tech_focus: {
      label: "À qui la technologie de l'entreprise est-elle principalement destinée ?",
      help: "Le DSI sert les collaborateurs et les utilisateurs internes, le CTO les clients et les partenaires ; la cible de la technologie indique quel périmètre domine.",
      options: {
        customers: "Surtout aux clients et aux partenaires",
        balanced: "Aux deux, à parts à peu près égales",
        employees: "Surtout aux collaborateurs et aux opérations internes",
      },
    },
    innovation_ambition: {
      label: "Quelle place l'innovation portée par la technologie occupe-t-elle dans la stratégie de l'entreprise ?",
      help: "Porter l'innovation et la différenciation concurrentielle est la raison d'être du CTO ; une forte ambition exige un dirigeant libre de la poursuivre.",
      minLabel: "Marginale",
      maxLabel: "Centrale",
    },
    innovation_horizon: {
      label: "À quel horizon la stratégie technologique se projette-t-elle ?",
      help: "Les sources opposent l'attention du DSI au trimestre en cours à l'investissement du CTO dans la technologie de demain.",
      options: {
        this_year: "Les besoins de l'année en cours",
        one_to_three: "Un à trois ans",
        beyond_three: "Au-delà de trois ans",
      },
    },
    emerging_tech: {
      label: "Quelles technologies émergentes l'entreprise prévoit-elle d'utiliser au cours des deux prochaines années ?",
      help: "Explorer l'IA, l'edge computing, la blockchain ou l'informatique quantique au moyen de pilotes et de prototypes figure parmi les missions du CTO.",
      options: {
        ai_products: "IA dans nos produits",
        ai_operations: "IA dans nos opérations internes",
        edge_iot: "Edge computing ou IoT",
        blockchain: "Blockchain",
        quantum: "Informatique quantique",
        none: "Aucune de celles-ci",
      },
    },
    speed_vs_stability: {
      label: "Quand vitesse et stabilité s'opposent, laquelle l'emporte le plus souvent ?",
      help: "Les organisations qui privilégient la vitesse peuvent réunir les rôles pour accélérer les décisions ; celles qui privilégient la stabilité ont besoin d'une gouvernance qu'une seule personne ne peut porter.",
      minLabel: "Stabilité",
      maxLabel: "Vitesse",
    },
    enterprise_apps: {
      label: "Quelles applications de gestion l'entreprise exploite-t-elle ?",
      help: "Exploiter l'ERP et les applications de finance et de collaboration constitue le cœur opérationnel du DSI.",
      options: {
        erp: "ERP",
        crm: "CRM",
        hr: "RH et paie",
        finance: "Finance et comptabilité",
        collaboration: "Collaboration des équipes",
        itsm: "Gestion des services informatiques (ITSM)",
        none: "Aucune de celles-ci",
      },
    },
    legacy_share: {
      label: "Quelle part de l'activité repose sur des systèmes historiques ?",
      help: "Les systèmes historiques déterminent ce qui est faisable et à quel moment ; les moderniser tout en les maintenant en service est un exercice d'équilibre pour le DSI.",
      options: {
        little: "Peu ou aucune",
        some: "Une partie",
        substantial: "Une part importante",
        most: "La majeure partie",
      },
    },
    vendor_count: {
      label: "Combien de fournisseurs et prestataires technologiques l'entreprise gère-t-elle ?",
      help: "Évaluer les fournisseurs et intégrer leurs solutions figure parmi les missions du DSI ; une longue liste de fournisseurs exige un responsable dédié.",
      unit: { other: "fournisseurs", one: "fournisseur" },
    },
    it_staff: {
      label: "Combien de personnes travaillent dans l'informatique interne (exploitation, support, systèmes d'entreprise) ?",
      help: "Diriger les équipes et l'exploitation informatiques est la première responsabilité du DSI que citent les sources.",
      unit: { other: "personnes", one: "personne" },
    },
    incident_frequency: {
      label: "À quelle fréquence surviennent des interruptions de service ou des incidents informatiques majeurs ?",
      help: "Des incidents fréquents révèlent une gouvernance faible, l'un des déclencheurs cités pour réorganiser la direction technologique.",
      options: {
        rare: "Rarement : quelques fois par an ou moins",
        quarterly: "Environ une fois par trimestre",
        monthly: "Environ une fois par mois",
        weekly: "Chaque semaine ou plus",
      },
    },
    digital_transformation: {
      label: "L'entreprise mène-t-elle une transformation numérique ?",
      help: "Une transformation qui touche l'ensemble de l'entreprise exige une direction distincte, coordonnée au plus haut niveau, que les sources confient à un directeur du digital (CDO).",
      options: {
        none: "Non",
        planned: "Prévue",
        partial: "En cours dans une partie de l'entreprise",
        enterprise: "En cours dans toute l'entreprise",
      },
    },
    cross_platforms: {
      label: "Quelles plateformes servent à la fois les opérations internes et les produits destinés aux clients ?",
      help: "Des plateformes comme l'IA ou le cloud, qui couvrent à la fois les opérations internes et les produits externes, exigent une gouvernance commune.",
      options: {
        ai: "IA",
        cloud: "Cloud",
        data: "Données et analytique",
        none: "Aucune de celles-ci",
      },
    },
    velocity_conflict: {
      label: "À quelle fréquence la vitesse de livraison des produits et la stabilité opérationnelle entrent-elles en conflit ?",
      help: "Un décalage persistant entre vitesse de livraison et stabilité opérationnelle est l'un des déclencheurs cités pour réexaminer la structure.",
      minLabel: "Jamais",
      maxLabel: "En permanence",
    },
    budget_disputes: {
      label: "À quelle fréquence les dirigeants de la technologie s'opposent-ils sur les priorités budgétaires ?",
      help: "Les discussions budgétaires opposent la réduction des coûts et des risques du DSI à la recherche de croissance du CTO ; des désaccords fréquents montrent que les deux agendas ont besoin d'un arbitre.",
      options: {
        never: "Rarement ou jamais",
        sometimes: "Parfois",
        often: "Souvent",
      },
    },
    strategic_pivot: {
      label: "Un pivot stratégique est-il prévu (nouveau modèle d'affaires, nouveau marché ou fusion) ?",
      help: "Un pivot stratégique est l'un des déclencheurs cités pour unifier ou réorganiser la direction technologique.",
      options: {
        none: "Non",
        considering: "À l'étude",
        planned: "Prévu dans les 12 mois",
      },
    },
    role_cio: {
      label: "Directeur des systèmes d'information (DSI, CIO)",
      help: "Les intitulés et les rattachements varient ; un DSI en poste a déjà la charge des systèmes internes, de la sécurité et de la gouvernance.",
      options: roleStatus,
    },
    role_cto: {
      label: "Directeur technique (CTO)",
      help: "Un CTO en poste a déjà la charge de la technologie des produits, de la R&D et de l'innovation.",
      options: roleStatus,
    },
    role_cdo: {
      label: "Directeur du digital (CDO)",
      help: "Le CDO est la réponse des sources pour les grandes entreprises qui ont besoin de dirigeants de la technologie distincts au service d'un même agenda numérique.",
      options: roleStatus,
    },
    role_ctio: {
      label: "Directeur de la technologie et de l'information (CTIO)",
      help: "Un seul dirigeant qui cumule les deux rôles : c'est souvent ainsi que commencent les petites entreprises.",
      options: roleStatus,
    },
  },
  answers: {
    notAnswered: "Sans réponse",
    scale: "{value} sur 5 (1 = {minLabel}, 5 = {maxLabel})",
  },
};
