/**
 * The scoring model's text in French, for model 2027.1: business French for executives and boards,
 * addressing the reader as "vous", with the terms of lib/i18n/glossary.ts (the CIO is the DSI).
 * Source ids (S1-S4) stay as they are: the cited passages themselves are shown from the citations,
 * in English. A no-break space precedes ":", ";", "?" and "!" so that a line never starts with one.
 */
import type { ModelText, RecommendationText } from "./types";

const NO_PRODUCT =
  "Sans technologie à vendre, aucun périmètre produit ne dispute l'attention d'un dirigeant : un seul dirigeant au profil de DSI peut accorder à la conformité l'attention qu'elle mérite.";
const NO_SUPERVISOR = "Pas de régulateur sectoriel : ce facteur cité par S3 ne fait pas bouger les lignes.";

const AREAS = [
  "Applications d'entreprise",
  "Sécurité et conformité",
  "Gouvernance des données",
  "Architecture produit et API",
  "Technologies émergentes et R&D",
  "Plateformes d'IA et de cloud",
  "Stratégie fournisseurs",
];

function ownership(rows: [string, string][]): RecommendationText["ownership"] {
  return rows.map(([owner, note], index) => ({ area: AREAS[index] ?? "", owner, note }));
}

const CIO_METRICS = ["Fiabilité et disponibilité des services", "Délai de résolution des incidents", "Qualité des données", "Constats de conformité réglementaire", "Coût total de possession de l'informatique"];
const CTO_METRICS = ["Délai de mise sur le marché des nouvelles fonctionnalités", "Capacité de la plateforme à monter en charge", "Part des expérimentations réussies", "Valeur créée par les partenariats de l'écosystème"];
const BLENDED = ["Croissance du chiffre d'affaires des offres portées par la technologie", "Satisfaction client", "Exposition aux risques"];

const CADENCE = "Revues stratégiques trimestrielles et revues d'exécution mensuelles";
const SHARED_RISK = "Cadre commun de gestion des risques et de conformité";

const CIO_PROFILE = "Pour le DSI : rigueur opérationnelle, gouvernance, gestion des risques et fiabilité, acquises le plus souvent à des postes de management dans l'exploitation informatique.";
const CTO_PROFILE = "Pour le CTO : vision stratégique, orientation client, goût de l'expérimentation et anticipation en matière d'architecture, acquis le plus souvent dans l'ingénierie.";

export const FR_MODEL_TEXT: ModelText = {
  modelVersion: "2027.1",
  criteria: {
    company_size: {
      statement:
        "L'effectif, lu avec la question de savoir si l'entreprise vend de la technologie : dans une petite entreprise, un seul dirigeant peut couvrir les deux périmètres ; une plus grande, qui en a deux, a besoin d'un responsable pour chacun.",
      reasons: {
        lowLow: "Une entreprise de cette taille, qui ne vend pas de technologie, n'a pas de quoi occuper deux dirigeants ; S2 permet aux petites entreprises de réunir les rôles.",
        lowHigh: "Dans une entreprise de cette taille, un seul dirigeant peut couvrir à la fois ses produits et son informatique interne, comme S2 l'admet pour les petites entreprises.",
        highLow:
          "Même à cette taille, sans technologie à vendre, le périmètre du CTO (ce que l'entreprise vend, selon S1) fait défaut : un seul dirigeant au profil de DSI convient mieux que deux.",
        highHigh: "À cette taille, avec de la technologie à vendre, les deux périmètres sont importants ; S2 et S4 voient un responsable distinct pour chacun dans les grandes entreprises.",
      },
    },
    revenue_scale: {
      statement: "Le chiffre d'affaires, seconde mesure de la taille, lu de la même façon : c'est dans les grandes entreprises à deux périmètres que des dirigeants technologiques distincts se justifient.",
      reasons: {
        lowLow: "Un chiffre d'affaires aussi modeste, sans aucune vente de technologie, ne suffit pas à occuper deux dirigeants.",
        lowHigh: "Un chiffre d'affaires aussi modeste indique une entreprise assez petite pour qu'un seul dirigeant couvre les deux périmètres (S2).",
        highLow: "Un chiffre d'affaires élevé, mais rien issu de la technologie : le périmètre du CTO fait défaut, donc un seul dirigeant au profil de DSI convient mieux que deux.",
        highHigh: "Un chiffre d'affaires aussi élevé, dont une part vient de la technologie, caractérise la grande entreprise qui, selon S4, a besoin des deux rôles.",
      },
    },
    larger_company_cdo: {
      statement: "La règle de S2 pour les grandes entreprises : des responsables technologiques distincts placés sous un directeur du digital (CDO).",
      reasons: {
        lowLow: "S2 réserve le CDO aux grandes entreprises ; une entreprise de cette taille n'a pas besoin d'un échelon au-dessus de sa direction technologique.",
        lowHigh: "S2 réserve le CDO aux grandes entreprises ; à cette taille, un échelon au-dessus des responsables technologiques n'est pas ce qu'elle recommande.",
        highLow: "Le CDO de S2 coiffe deux responsables distincts ; sans technologie à vendre, il n'y a pas de second responsable à placer sous lui.",
        highHigh: "Selon S2, les grandes entreprises ont généralement besoin de responsables distincts sous un CDO, et cette entreprise est grande et vend de la technologie.",
      },
    },
    maturity_stage: {
      statement: "Le stade de développement : S3 voit les start-up réunir les rôles et les entreprises matures les séparer.",
      reasons: {
        low: "Une jeune entreprise est le cas où S3 voit les rôles réunis entre les mains d'un seul dirigeant.",
        high: "Une entreprise établie ou mature est le cas où S3 voit les rôles séparés.",
      },
    },
    business_units: {
      statement: "Les unités d'affaires dotées de leur propre compte de résultat : chacune ajoute des systèmes et des droits de décision que la direction technologique doit coordonner.",
      reasons: {
        low: "Peu d'unités d'affaires laissent peu à coordonner, ce dont un seul dirigeant peut se charger.",
        high: "De nombreuses unités d'affaires, chacune travaillant avec l'informatique sur ses propres systèmes (S3), dépassent ce qu'un seul dirigeant peut coordonner en plus des produits.",
      },
    },
    geographic_reach: {
      statement: "Les pays d'implantation : plus ils sont nombreux, plus s'élargissent la plateforme sur laquelle tournent les produits et la réglementation à respecter.",
      reasons: {
        low: "Une présence dans peu de pays laisse les deux périmètres assez étroits pour un seul dirigeant.",
        high: "Une présence dans de nombreux pays élargit à la fois la plateforme (S3 : une croissance qui passe les frontières) et la réglementation à respecter.",
      },
    },
    regulatory_frameworks: {
      statement:
        "Les réglementations et normes à respecter, à côté d'un périmètre produit : S3 veut que la conformité et l'innovation bénéficient chacune d'une attention dédiée.",
      reasons: {
        lowLow: NO_PRODUCT,
        highLow: NO_PRODUCT,
        lowHigh: "Peu d'obligations à respecter : la conformité peut être une partie du travail d'un dirigeant qui dirige aussi les produits.",
        highHigh:
          "De nombreuses obligations (S2 range des règles comme le RGPD et HIPAA dans le périmètre du DSI) à côté d'un périmètre produit : S3 veut que la conformité et l'innovation bénéficient chacune d'une attention dédiée.",
      },
    },
    data_sensitivity: {
      statement: "La sensibilité des données détenues, à côté d'un périmètre produit : leur gouvernance relève du DSI et dispute aux produits le temps d'un seul dirigeant.",
      reasons: {
        lowLow: NO_PRODUCT,
        highLow: NO_PRODUCT,
        lowHigh: "Des données peu ou moyennement sensibles demandent peu de gouvernance dédiée à un dirigeant qui dirige aussi les produits.",
        highHigh:
          "Des données sensibles exigent la gouvernance que S3 confie au DSI (qualité, traçabilité, confidentialité), qui dispute aux produits le temps d'un seul dirigeant.",
      },
    },
    compliance_attention: {
      statement: "La charge d'audit et de conformité, à côté d'un périmètre produit : S3 sépare les rôles pour que chacun bénéficie d'une attention dédiée.",
      reasons: {
        lowLow: NO_PRODUCT,
        highLow: NO_PRODUCT,
        lowHigh: "Une charge d'audit plutôt légère à côté des produits ne plaide que faiblement pour un second dirigeant.",
        highHigh: "Une lourde charge d'audit à côté d'un périmètre produit : S3 sépare les rôles pour que la conformité et l'innovation bénéficient chacune d'une attention dédiée.",
      },
    },
    sector_supervision: {
      statement:
        "Un régulateur sectoriel qui surveille l'entreprise : S3 cite la réglementation parmi les forces qui déterminent la répartition, et dans une grande entreprise elle signifie une gouvernance complexe.",
      reasons: {
        lowLow: NO_SUPERVISOR,
        lowHigh: NO_SUPERVISOR,
        highLow:
          "Un régulateur sectoriel surveille l'entreprise ; à cette taille, il compte à travers les obligations et la charge d'audit à côté des produits, non à lui seul.",
        highHigh:
          "Un régulateur sectoriel qui surveille une grande entreprise, c'est la gouvernance complexe pour laquelle S3 sépare les rôles en pairs afin d'éviter les goulets d'étranglement ; un échelon de CDO au-dessus en créerait un.",
      },
    },
    complex_governance: {
      statement: "La règle de S3 : les grandes entreprises à la gouvernance complexe séparent les rôles pour éviter les goulets d'étranglement.",
      reasons: {
        lowLow: "La règle de S3 vise les grandes entreprises, et celle-ci n'en est pas une.",
        lowHigh: "Une charge d'audit plutôt légère : la raison de S3 de séparer les rôles dans une grande entreprise, une gouvernance complexe, est faible ici.",
        highLow: "La règle de S3 vise les grandes entreprises ; dans une entreprise plus petite, la charge d'audit compte à travers l'attention que la conformité exige à côté des produits.",
        highHigh:
          "Une lourde charge d'audit dans une grande entreprise, c'est le cas où S3 choisit des pairs séparés pour éviter les goulets d'étranglement ; un seul dirigeant en serait un, tout comme un échelon de CDO au-dessus des deux.",
      },
    },
    security_incidents: {
      statement: "Les incidents de sécurité graves, que S3 lit comme le signe d'une gouvernance faible et une raison de réexaminer la structure.",
      reasons: {
        low: "Aucun incident de sécurité majeur : le déclencheur de S3, des incidents signalant une gouvernance faible, ne s'est, au plus, que faiblement manifesté.",
        high:
          "Des incidents de sécurité majeurs signalent une gouvernance faible (S3), qu'un responsable doté d'une capacité de gouvernance dédiée est mieux placé pour corriger qu'un dirigeant partagé entre les deux périmètres.",
      },
    },
    operational_incidents: {
      statement: "La fréquence des pannes : des incidents fréquents signalent une gouvernance faible et appellent un responsable dont le métier est l'exploitation.",
      reasons: {
        low: "Les pannes sont rares ou occasionnelles : le déclencheur de S3, des incidents fréquents, ne s'est, au plus, que faiblement manifesté.",
        high: "Des pannes fréquentes sont pour S3 le signe d'une gouvernance faible ; la réponse formalisée aux incidents est un travail de DSI qui exige toute l'attention d'un dirigeant.",
      },
    },
    sells_technology: {
      statement: "Le fait que l'entreprise vende ou non de la technologie : S1 rend le CTO responsable de la technologie que l'entreprise crée et vend.",
      reasons: {
        low: "L'entreprise ne vend aucune technologie : le périmètre que S1 et S4 confient à un CTO fait défaut, et un CTO dédié aurait peu à diriger.",
        high: "L'entreprise vend de la technologie, le périmètre que S1 confie à un CTO, ce qui plaide pour un responsable technologique qui s'y consacre.",
      },
    },
    tech_revenue_share: {
      statement: "La part du chiffre d'affaires issue des produits technologiques : S1 et S4 lient l'objectif du CTO à ce chiffre d'affaires.",
      reasons: {
        low: "Peu ou pas de chiffre d'affaires vient de la technologie : l'objectif de revenus du CTO (S4) a peu de prise.",
        high: "Une grande part du chiffre d'affaires vient de la technologie, le chiffre d'affaires dont S1 et S4 font l'objectif du CTO.",
      },
    },
    product_engineering: {
      statement: "Le nombre d'ingénieurs qui construisent les produits vendus : les encadrer est la première mission du CTO dans S1 et S4.",
      reasons: {
        low: "Peu ou pas d'ingénieurs produit : l'organisation d'ingénierie que S1 et S4 confient à un CTO est assez petite pour relever d'un seul dirigeant.",
        high: "Une grande organisation d'ingénierie produit, première mission du CTO dans S1 et S4, a besoin d'un responsable qui s'y consacre.",
      },
    },
    tech_first_industry: {
      statement: "Un marché porté par la technologie, où, selon S2, les entreprises s'appuient fortement sur leur CTO.",
      reasons: {
        low: "Le secteur n'est pas porté par la technologie : le périmètre tourné vers l'extérieur pèse moins ici.",
        high: "Sur un marché porté par la technologie, les entreprises s'appuient fortement sur leur CTO pour gagner, selon S2.",
      },
    },
    remits_balance: {
      statement: "À qui la technologie sert surtout : lorsqu'elle sert à peu près autant les clients que les collaborateurs, les deux périmètres sont importants.",
      reasons: {
        low: "La technologie sert surtout un côté, les clients ou les collaborateurs : un périmètre domine, et un seul dirigeant peut le diriger avec l'autre en appui.",
        high: "La technologie sert à peu près autant les clients que les collaborateurs : les deux axes de S2, externe et interne, sont importants.",
      },
    },
    enterprise_apps: {
      statement: "Les applications d'entreprise à exploiter (ERP, finance, RH, collaboration), le cœur opérationnel du DSI dans S2.",
      reasons: {
        low: "Peu d'applications d'entreprise : le périmètre interne est restreint.",
        high: "De nombreuses applications d'entreprise à exploiter, le cœur opérationnel que S2 confie au DSI.",
      },
    },
    legacy_estate: {
      statement: "La part qui tourne sur des systèmes historiques, à maintenir en service pendant leur modernisation.",
      reasons: {
        low: "Peu de systèmes historiques à maintenir : la modernisation n'exige pas de responsable dédié.",
        high: "Exploiter et moderniser à la fois un vaste parc de systèmes historiques est le long chantier du DSI que décrivent S1 et S3.",
      },
    },
    vendor_portfolio: {
      statement: "Le nombre de fournisseurs technologiques à évaluer, intégrer et piloter, un travail de DSI selon S1, S2 et S4.",
      reasons: {
        low: "Une liste de fournisseurs courte, qu'un seul dirigeant peut piloter en plus du reste.",
        high: "Une longue liste de fournisseurs fait de la stratégie fournisseurs une mission permanente de direction (S2).",
      },
    },
    it_organisation: {
      statement: "La taille de l'organisation informatique interne : encadrer les équipes informatiques est la première responsabilité du DSI dans S1.",
      reasons: {
        low: "Une petite équipe informatique interne : le périmètre interne est assez restreint pour partager un dirigeant.",
        high: "Une grande organisation informatique interne a besoin d'un responsable dont le métier est de la diriger (S1, S4).",
      },
    },
    innovation_ambition: {
      statement: "La place de l'innovation portée par la technologie dans la stratégie : la piloter est la raison d'être du CTO dans S2 et S4.",
      reasons: {
        low: "L'innovation portée par la technologie n'est pas centrale dans la stratégie : le périmètre tourné vers l'extérieur n'exige pas de responsable dédié à cet effet.",
        high:
          "L'innovation portée par la technologie est centrale dans la stratégie : S2 et S4 font de son pilotage la raison d'être du CTO, ce qui demande un responsable libre de s'y consacrer.",
      },
    },
    strategy_horizon: {
      statement: "L'horizon de la stratégie technologique : S2 oppose l'attention du DSI au trimestre en cours à la vision à long terme du CTO.",
      reasons: {
        low: "La stratégie ne regarde que les besoins de l'année, l'horizon court que S2 attribue au DSI ; aucun programme à long terme n'exige un second dirigeant.",
        high:
          "La stratégie regarde plusieurs années en avant, l'horizon long que S2 attribue au CTO, en plus des besoins opérationnels de l'année : deux horizons, deux responsables.",
      },
    },
    emerging_tech: {
      statement: "Les projets pilotes d'IA, d'edge computing, de blockchain ou de technologie quantique : le travail exploratoire que S2 et S3 confient au CTO.",
      reasons: {
        low: "Peu de technologies émergentes prévues : le travail exploratoire du CTO que décrit S2 est limité.",
        high: "Plusieurs technologies émergentes prévues : pilotes et prototypes sont un travail de CTO (S2) qui demande du temps de direction.",
      },
    },
    speed_in_young_company: {
      statement:
        "La vitesse face à la stabilité, dans une jeune entreprise : selon S3, les start-up qui privilégient la vitesse peuvent réunir les rôles pour décider plus vite.",
      reasons: {
        lowLow: "Ici, la vitesse ne l'emporte généralement pas sur la stabilité, et la règle de S3 sur la vitesse ne vise que les jeunes entreprises.",
        lowHigh: "Ici, la vitesse ne l'emporte généralement pas sur la stabilité : la raison de S3 pour qu'une start-up réunisse les rôles, privilégier la vitesse, ne s'applique pas.",
        highLow: "Ici, la vitesse l'emporte généralement, mais S3 réserve la réunion des rôles au nom de la vitesse aux start-up, pas aux entreprises établies.",
        highHigh: "Une jeune entreprise qui fait primer la vitesse est le cas où S3 réunit les rôles sous un seul dirigeant pour accélérer les décisions.",
      },
    },
    shared_platforms: {
      statement:
        "Les plateformes comme l'IA, le cloud ou les données qui servent à la fois l'exploitation et les produits : S2 veut qu'elles soient gouvernées conjointement, ce qui, dans une grande entreprise, revient à un CDO.",
      reasons: {
        lowLow: "Dans une petite entreprise, les plateformes partagées entre l'exploitation et les produits relèvent de celui qui dirige la technologie ; elles n'appellent pas de CDO.",
        lowHigh:
          "Dans une entreprise de cette taille, une plateforme au plus est commune à l'exploitation et aux produits : deux pairs peuvent la gouverner conjointement, sans CDO au-dessus d'eux.",
        highLow: "Dans une petite entreprise, les plateformes partagées relèvent de celui qui dirige la technologie ; le CDO de S2 est un conseil pour les grandes entreprises.",
        highHigh: "Plusieurs plateformes sont communes à l'exploitation et aux produits dans une grande entreprise : leur gouvernance conjointe, selon S2, est la mission du CDO.",
      },
    },
    transformation: {
      statement:
        "Une transformation numérique à l'échelle de l'entreprise : selon S3, elle suppose que le CTO et le DSI agissent comme un seul, ce que S2 confie à un CDO dans les grandes entreprises.",
      reasons: {
        lowLow: "Dans une petite entreprise, celui qui dirige la technologie pilote toute transformation ; elle n'appelle pas de CDO.",
        lowHigh: "Aucune transformation n'est en cours dans l'ensemble de l'entreprise (tout au plus une est prévue) : un CDO n'aurait aucun programme transverse à conduire au-dessus de deux pairs.",
        highLow: "Dans une petite entreprise, une transformation est pilotée par celui qui dirige la technologie ; le CDO de S2 est un conseil pour les grandes entreprises.",
        highHigh: "Une transformation en cours dans une large part d'une grande structure exige de piloter les deux périmètres comme un seul (S3), ce que S2 confie à un CDO placé au-dessus.",
      },
    },
    velocity_conflict: {
      statement:
        "Les tensions persistantes entre vitesse de livraison et stabilité, le déclencheur de S3 pour réexaminer la structure, lues selon la taille comme le conseil de S2 sur la dérive.",
      reasons: {
        lowLow: "Vitesse et stabilité ne s'opposent que de temps à autre : le déclencheur de S3 s'est à peine manifesté et, dans une petite entreprise, il orienterait vers un seul dirigeant.",
        lowHigh: "Vitesse et stabilité ne s'opposent que de temps à autre : le déclencheur de S3 s'est à peine manifesté et, dans une grande entreprise, il orienterait vers un CDO.",
        highLow:
          "Livraison et stabilité s'opposent durablement, le déclencheur de S3 pour réexaminer la structure ; dans une petite entreprise, un seul dirigeant au-dessus des deux supprime la ligne de fracture, comme le font les start-up de S3 qui regroupent les rôles.",
        highHigh:
          "Livraison et stabilité s'opposent durablement, le déclencheur de S3 pour réexaminer la structure ; dans une grande entreprise, la réponse de S2 à la dérive entre les dirigeants est une direction distincte sous un CDO.",
      },
    },
    budget_disputes: {
      statement: "Les conflits budgétaires entre réduction des coûts et croissance, la tension que décrit S1, lus selon la taille comme les autres déclencheurs.",
      reasons: {
        lowLow: "Les conflits budgétaires sont tout au plus occasionnels ; dans une petite entreprise, ils orienteraient vers un seul décideur.",
        lowHigh: "Les conflits budgétaires sont tout au plus occasionnels ; dans une grande entreprise, ils orienteraient vers un CDO.",
        highLow:
          "Des conflits budgétaires fréquents entre coûts et croissance (S1) traduisent une dérive entre deux programmes ; dans une petite entreprise, un seul dirigeant qui tranche les deux la fait disparaître.",
        highHigh:
          "Des conflits budgétaires fréquents entre coûts et croissance (S1) traduisent une dérive entre les dirigeants ; dans une grande entreprise, la réponse de S2 est une direction distincte sous un CDO.",
      },
    },
    strategic_pivot: {
      statement: "Un pivot stratégique prévu, que S3 considère comme une raison d'unifier ou de réorganiser le modèle de direction.",
      reasons: {
        lowLow: "Un pivot est tout au plus envisagé ; dans une petite entreprise, il appellerait une direction unifiée.",
        lowHigh: "Un pivot est tout au plus envisagé ; dans une grande entreprise, il appellerait une direction réorganisée.",
        highLow: "Un pivot prévu appelle un modèle de direction unifié (S3) : dans une petite entreprise, un seul dirigeant.",
        highHigh: "Un pivot prévu appelle un modèle de direction réorganisé (S3) : dans une grande entreprise, des responsables distincts sous un CDO.",
      },
    },
    incumbent_cio: {
      statement: "La présence d'un DSI en poste : une capacité sur laquelle une structure dotée d'un DSI distinct peut s'appuyer.",
      reasons: {
        low: "Aucun DSI en poste : aucune structure n'en tire d'avance.",
        high: "Un DSI est déjà en poste (ou en cours de recrutement) : une capacité que l'évaluation des capacités de S3 prend en compte et sur laquelle s'appuient les structures dotées d'un DSI distinct.",
      },
    },
    incumbent_cto: {
      statement: "La présence d'un CTO en poste : une capacité sur laquelle une structure dotée d'un CTO distinct peut s'appuyer.",
      reasons: {
        low: "Aucun CTO en poste : aucune structure n'en tire d'avance.",
        high: "Un CTO est déjà en poste (ou en cours de recrutement) : une capacité sur laquelle s'appuient les structures dotées d'un CTO distinct.",
      },
    },
    incumbent_cdo: {
      statement: "Un directeur du digital (CDO) en poste ou en cours de recrutement : une capacité sur laquelle la structure avec CDO peut s'appuyer.",
      reasons: {
        low: "Aucun CDO en poste : aucune structure n'en tire d'avance.",
        high: "Un CDO est en poste ou en cours de recrutement : une capacité sur laquelle s'appuie la structure avec CDO.",
      },
    },
    incumbent_ctio: {
      statement: "La présence d'un dirigeant unique de la technologie et de l'information : la structure avec un CTIO unique en devient moins coûteuse à conserver.",
      reasons: {
        low: "Aucun dirigeant technologique unique en poste : aucune structure n'en tire d'avance.",
        high: "Un dirigeant technologique unique est déjà en poste : un seul dirigeant qui porte les deux casquettes (S3) est la structure la moins coûteuse à conserver.",
      },
    },
  },
  structures: {
    separate: {
      name: "Un DSI et un CTO distincts",
      description:
        "Deux pairs à la tête de la technologie : un DSI (CIO) pour les systèmes internes, la sécurité et la gouvernance, et un CTO pour les produits, l'architecture et l'innovation, chacun avec une attention dédiée.",
    },
    ctio: {
      name: "Un CTIO unique",
      description:
        "Un seul dirigeant couvre le périmètre interne et le périmètre produit, ce qui garde des décisions rapides tant que l'entreprise est petite ou privilégie la vitesse.",
    },
    cdo: {
      name: "Un CDO au-dessus du DSI et du CTO",
      description:
        "Un directeur du digital (CDO) dirige un DSI et un CTO distincts et gouverne les plateformes et la transformation qui couvrent à la fois l'exploitation interne et les produits destinés aux clients.",
    },
  },
  dimensions: {
    scale: {
      label: "Taille et maturité",
      description: "Effectif, chiffre d'affaires, stade de développement, unités d'affaires et pays : la capacité de direction dont le programme technologique a besoin.",
    },
    governance: {
      label: "Gouvernance et risques",
      description: "Réglementations, supervision, charge d'audit, sensibilité des données et incidents : à quel point la conformité et la sécurité exigent une attention dédiée.",
    },
    internal_estate: {
      label: "Parc informatique interne",
      description: "Les applications d'entreprise, les systèmes historiques, les fournisseurs et l'organisation informatique interne que dirige un DSI.",
    },
    product_intensity: {
      label: "Intensité produit",
      description: "La part de l'activité qui consiste à vendre de la technologie aux clients, et la taille de l'organisation d'ingénierie qui la porte.",
    },
    innovation_horizon: {
      label: "Horizon d'innovation",
      description: "La place de l'innovation portée par la technologie, l'horizon de la stratégie et l'ampleur de l'exploration des technologies émergentes.",
    },
    speed_priority: {
      label: "La vitesse avant la stabilité",
      description:
        "À quel point une jeune entreprise fait primer la vitesse lorsqu'elle entre en conflit avec la stabilité, la raison pour laquelle, selon S3, une start-up confie la technologie à un seul dirigeant.",
    },
    cross_cutting: {
      label: "Transformation transverse",
      description: "La transformation et les plateformes partagées (IA, cloud, données) qui couvrent à la fois l'exploitation interne et les produits destinés aux clients.",
    },
    misalignment: {
      label: "Frictions et pivots",
      description: "Tensions entre vitesse de livraison et stabilité, conflits budgétaires et pivots prévus : les déclencheurs de réorganisation cités par les sources.",
    },
  },
  facts: {
    size: {
      label: "la taille de l'entreprise",
      why: "La taille est le premier critère dans S2 (les petites entreprises réunissent les rôles, les plus grandes ont besoin de responsables distincts) et dans S4 (les deux rôles comptent surtout dans les grandes entreprises).",
    },
    stage: {
      label: "le stade de développement de l'entreprise",
      why: "S3 associe la réunion des rôles aux start-up et leur séparation aux entreprises matures.",
    },
    spread: {
      label: "les unités d'affaires et les pays",
      why: "Les unités et les pays élargissent les deux périmètres, mais les sources ne les mentionnent qu'en passant.",
    },
    regulation: {
      label: "la réglementation et la gouvernance",
      why: "La réglementation est l'une des trois forces qui, selon S3, déterminent la répartition, et une gouvernance complexe est sa raison de séparer ; quatre questions la décrivent et se partagent donc une seule pondération.",
    },
    incidents: {
      label: "les incidents",
      why: "Des incidents fréquents sont l'un des trois déclencheurs de S3 pour réexaminer la structure, non une règle de choix de la structure : ils pèsent donc peu.",
    },
    product: {
      label: "le périmètre produit",
      why: "S1 et S4 définissent le périmètre du CTO comme la technologie que l'entreprise vend et les ingénieurs qui la construisent : son ampleur décide si un CTO dédié a un rôle à jouer.",
    },
    estate: {
      label: "le parc informatique interne",
      why: "Les systèmes, les fournisseurs et les équipes informatiques que dirige un DSI donnent la taille du périmètre interne (S1, S2, S4).",
    },
    innovation: {
      label: "le programme d'innovation",
      why: "Piloter l'innovation et explorer les technologies émergentes relève du CTO (S2, S4), la moitié des périmètres tournée vers l'extérieur.",
    },
    speed: {
      label: "la vitesse avant la stabilité",
      why: "S3 ne tire qu'une conséquence d'une préférence pour la vitesse : une start-up qui la privilégie peut réunir les rôles. En dehors des jeunes entreprises, elle ne décide de rien.",
    },
    platforms: {
      label: "les plateformes partagées",
      why: "S2 demande une gouvernance conjointe des plateformes comme l'IA et le cloud qui servent à la fois l'exploitation et les produits.",
    },
    transformation: {
      label: "la transformation numérique",
      why: "S2 et S3 situent la transformation numérique à cheval sur les deux périmètres, que S2 confie à un CDO dans les grandes entreprises.",
    },
    friction: {
      label: "les frictions entre les périmètres",
      why: "Un désalignement persistant est une raison de réexaminer la structure (S3) ; le conseil de S2 sur la dérive entre les deux dirigeants indique dans quel sens, selon la taille.",
    },
    pivot: {
      label: "un pivot stratégique",
      why: "Un pivot est le troisième déclencheur de S3 et appelle un modèle de direction unifié ou réorganisé.",
    },
    incumbents: {
      label: "les dirigeants en poste aujourd'hui",
      why: "S3 demande une évaluation des capacités : les dirigeants déjà en poste rendent leur structure moins coûteuse, mais ne doivent pas en décider.",
    },
  },
  triggers: {
    persistent_misalignment: {
      label: "Désalignement persistant entre vitesse de développement produit et stabilité opérationnelle",
      explanations: {
        fired: "Vitesse de livraison et stabilité opérationnelle s'opposent souvent, ou les priorités budgétaires sont souvent contestées. {direction}",
        notFired: "Vitesse et stabilité ne s'opposent qu'occasionnellement et les conflits budgétaires ne sont pas fréquents : ce déclencheur ne s'est pas activé.",
        unanswered: "Sans réponse, le modèle ne peut pas dire si les programmes technologiques tirent en sens contraires.",
      },
    },
    frequent_incidents: {
      label: "Des incidents fréquents, signe d'une gouvernance faible",
      explanations: {
        fired:
          "Des incidents de sécurité ou des pannes majeurs se répètent, signe d'une gouvernance faible. Cela oriente vers une direction dotée d'une capacité de gouvernance dédiée, et éloigne d'un seul dirigeant partagé entre les deux périmètres.",
        notFired: "Les incidents ne sont pas assez fréquents pour signaler une gouvernance faible : ce déclencheur ne s'est pas activé.",
        unanswered: "Sans réponse, le modèle ne peut pas dire si les incidents révèlent une gouvernance faible.",
      },
    },
    strategic_pivot: {
      label: "Un pivot stratégique qui appelle une direction technologique unifiée ou réorganisée",
      explanations: {
        fired: "Un pivot stratégique est prévu d'ici un an. {direction}",
        considering: "Un pivot est envisagé mais pas encore prévu ; il compte en partie et activerait le déclencheur une fois prévu.",
        notFired: "Aucun pivot stratégique n'est prévu : ce déclencheur ne s'est pas activé.",
        unanswered: "Sans réponse, le modèle ne peut pas dire si un pivot appelle une nouvelle direction.",
      },
    },
  },
  triggerDirections: {
    sizeUnknown: "Il oriente vers un seul dirigeant dans une petite entreprise et vers des responsables distincts sous un directeur du digital (CDO) dans une plus grande.",
    smallFirm: "Dans une entreprise de cette taille, il oriente vers un seul dirigeant, qui supprime la ligne de fracture entre les périmètres.",
    largerCompany: "Dans une entreprise de cette taille, la réponse de S2 à la dérive entre les deux dirigeants est une direction distincte sous un directeur du digital (CDO).",
    midSize:
      "À cette taille, aucune source ne dit dans quel sens il oriente ; il ne fait donc avancer aucune structure : voyez-y une raison de réexaminer la façon dont les dirigeants travaillent ensemble.",
  },
  recommendations: {
    separate: {
      summary:
        "Confiez le périmètre interne et le périmètre produit chacun à son propre dirigeant. Votre taille et votre charge de gouvernance font que l'innovation et la conformité ont toutes deux besoin d'une attention dédiée, et deux pairs évitent le goulet d'étranglement d'une seule personne qui décide de tout.",
      ownership: ownership([
        ["DSI", "Les systèmes ERP, finance, RH et collaboration, et la couche d'intégration qui les relie."],
        ["DSI", "Contrôles, audits et obligations réglementaires ; le CTO intègre la sécurité dans les produits dès la conception."],
        ["DSI", "Qualité, traçabilité, confidentialité et conformité des données dans l'ensemble des systèmes d'information."],
        ["CTO", "L'architecture des produits, leurs API et l'expérience développeur."],
        ["CTO", "Veille sur les tendances, projets pilotes et prototypes, et transformation des plus réussis en produits."],
        ["DSI et CTO conjointement", "Les plateformes qui servent à la fois l'exploitation et les produits sont gouvernées ensemble au sein du comité de pilotage."],
        ["DSI", "Évaluation et intégration des fournisseurs de l'entreprise ; le CTO conduit les partenariats qui alimentent les produits."],
      ]),
      mechanisms: [
        {
          name: "Comité de pilotage transverse",
          description: "Produit, ingénierie, informatique, risques, sécurité et finance examinent ensemble les grandes initiatives, pour qu'aucun des deux dirigeants ne décide seul d'un travail qui touche les deux périmètres.",
        },
        {
          name: "Bureau de programme commun",
          description: "Un même bureau de programme réunit les feuilles de route et jalons du DSI et du CTO dans un plan unique, ce qui fait apparaître tôt les dépendances.",
        },
        {
          name: SHARED_RISK,
          description: "Les deux dirigeants appliquent un même cadre de sécurité et de gouvernance des données : le CTO intègre la sécurité dans les produits, le DSI est responsable des contrôles imposés.",
        },
        { name: CADENCE, description: "Un rythme fixe pour arbitrer ensemble priorités, budgets et ressources, plutôt qu'au fil de conflits ponctuels." },
      ],
      kpis: [
        { role: "DSI", metrics: CIO_METRICS },
        { role: "CTO", metrics: CTO_METRICS },
        { role: "Tableau de bord commun", metrics: BLENDED },
      ],
      leadershipProfile: [CIO_PROFILE, CTO_PROFILE, "Pour les deux : l'habitude de trancher les arbitrages dans des instances communes plutôt que dans des conflits budgétaires."],
      revisitTriggers: [
        "Une transformation démarre qui couvre l'exploitation interne et les produits destinés aux clients, ou des plateformes partagées comme l'IA deviennent centrales : envisagez un CDO au-dessus des deux.",
        "Le DSI et le CTO s'opposent durablement sur la vitesse face à la stabilité, ou sur les budgets.",
        "Un pivot stratégique, une fusion ou un nouveau modèle d'affaires change ce que la technologie doit apporter.",
      ],
    },
    ctio: {
      summary:
        "Confiez les deux périmètres technologiques à un seul dirigeant. À votre taille et à votre rythme, un seul responsable garde des décisions rapides et évite une ligne de fracture entre systèmes internes et produits ; prévoyez de scinder le rôle à mesure que vous grandissez.",
      ownership: ownership([
        ["CTIO", "Généralement délégué à un responsable de l'exploitation informatique rattaché au CTIO."],
        ["CTIO", "Maintenez une revue indépendante de la conformité, pour qu'elle ne dépende pas du temps d'une seule personne."],
        ["CTIO", "Un seul responsable des données dans les systèmes comme dans les produits garantit des normes cohérentes."],
        ["CTIO", "Généralement délégué à un architecte principal ou à un responsable de l'ingénierie."],
        ["CTIO", "Maintenu à petite échelle et lié à la feuille de route produit."],
        ["CTIO", "Un seul dirigeant gouverne les plateformes partagées : aucune décision conjointe n'est nécessaire."],
        ["CTIO", "Une seule stratégie fournisseurs pour les outils internes comme pour les composants des produits."],
      ]),
      mechanisms: [
        {
          name: "Comité de pilotage restreint",
          description: "Même avec un seul dirigeant, un petit groupe issu du produit, des risques et de la finance examine les grandes initiatives, afin que le point de vue d'une seule personne soit remis en question.",
        },
        {
          name: "Une feuille de route unique à deux volets",
          description: "Une même vue de programme réunit le volet des systèmes internes et le volet produit, pour qu'aucun n'assèche l'autre sans que personne ne le voie.",
        },
        {
          name: SHARED_RISK,
          description: "Un cadre écrit et une revue indépendante évitent que la conformité ne dépende que du temps du dirigeant unique.",
        },
        { name: CADENCE, description: "Ce rythme oblige le dirigeant unique à rendre compte séparément de l'exploitation et de la livraison des produits." },
      ],
      kpis: [{ role: "CTIO", metrics: [...CTO_METRICS.slice(0, 2), ...CIO_METRICS.slice(0, 4), ...BLENDED] }],
      leadershipProfile: [
        "Un dirigeant aussi à l'aise avec l'architecture des produits qu'avec l'exploitation, la sécurité et la conformité.",
        "Capable de décider vite et de déléguer l'exploitation courante et le management de l'ingénierie à de solides responsables sous lui.",
        "Lucide sur les limites du rôle et prêt à le scinder à mesure que l'entreprise grandit.",
      ],
      revisitTriggers: [
        "L'entreprise dépasse quelques centaines de personnes ou ajoute des unités d'affaires et des pays.",
        "La réglementation, les audits ou les incidents commencent à prendre une grande part du temps du dirigeant unique.",
        "La vitesse cesse d'être la priorité absolue, ou un pivot stratégique modifie le programme.",
      ],
    },
    cdo: {
      summary:
        "Placez un directeur du digital (CDO) au-dessus d'un DSI (CIO) et d'un CTO distincts. Votre transformation et vos plateformes partagées couvrent à la fois l'exploitation interne et les produits destinés aux clients, et une grande entreprise a besoin d'un dirigeant pour les gouverner et arbitrer entre les deux périmètres.",
      ownership: ownership([
        ["DSI", "Exploite les applications d'entreprise et les modernise dans le cadre du plan de transformation du CDO."],
        ["DSI", "Est responsable des contrôles et de la conformité ; le CDO veille à ce que la transformation les respecte."],
        ["DSI, le CDO fixant la stratégie de données de l'entreprise", "Le DSI conduit la gouvernance des données ; le CDO décide de la manière dont les données servent l'exploitation et les produits."],
        ["CTO", "L'architecture produit et les API restent du ressort du CTO."],
        ["CTO", "Projets pilotes et prototypes, hiérarchisés au regard du programme digital du CDO."],
        ["CDO", "Le CDO gouverne les plateformes qui couvrent l'exploitation interne et les produits destinés aux clients, le DSI et le CTO en exploitant chacun leur part."],
        ["DSI, le CDO arbitrant les choix stratégiques", "Le DSI gère les fournisseurs ; le CDO décide des engagements de plateforme qui touchent les deux périmètres."],
      ]),
      mechanisms: [
        {
          name: "Comité de pilotage présidé par le CDO",
          description: "Le CDO préside un comité transverse réunissant produit, ingénierie, informatique, risques, sécurité et finance, et arbitre lorsque les périmètres entrent en conflit.",
        },
        {
          name: "Bureau de programme commun sous l'autorité du CDO",
          description: "La transformation est conduite comme un programme unique : le bureau coordonne les feuilles de route et jalons du DSI et du CTO vers des résultats communs.",
        },
        {
          name: SHARED_RISK,
          description: "Un même cadre régit la sécurité et les données dans l'exploitation comme dans les produits, et s'applique dès le départ aux plateformes partagées comme l'IA et le cloud.",
        },
        {
          name: CADENCE,
          description: "Le CDO conduit les revues stratégiques chaque trimestre et les revues d'exécution chaque mois, pour garder priorités, budgets et ressources alignés.",
        },
      ],
      kpis: [
        { role: "CDO", metrics: [...BLENDED, "Avancement du programme de transformation au regard de ses jalons"] },
        { role: "DSI", metrics: CIO_METRICS },
        { role: "CTO", metrics: CTO_METRICS },
      ],
      leadershipProfile: [
        "Pour le CDO : un dirigeant à la culture business, capable de fixer un programme digital unique pour l'exploitation et les produits et d'arbitrer entre les deux périmètres.",
        CIO_PROFILE,
        CTO_PROFILE,
      ],
      revisitTriggers: [
        "La transformation est achevée et les plateformes partagées fonctionnent sans heurts : l'échelon du CDO n'est peut-être plus nécessaire.",
        "Les incidents se multiplient, signe que la gouvernance demande plus d'attention que la structure ne lui en accorde.",
        "Un pivot stratégique, une cession ou une fusion modifie la taille ou l'orientation de l'entreprise.",
      ],
    },
  },
  disagreements: {
    large_companies: {
      title: "Grandes entreprises : un CDO au-dessus des deux dirigeants, ou deux pairs ?",
      sides:
        "S2 estime que les grandes entreprises ont généralement besoin de responsables distincts sous un directeur du digital (CDO). Pour S3, les grandes entreprises matures à la gouvernance complexe séparent les rôles en pairs pour éviter les goulets d'étranglement ; S4 voit les deux rôles dans les grandes entreprises, avec des postes distincts au comité exécutif, et l'organigramme d'une grande entreprise dans S2 lui-même montre un DSI et un CTO côte à côte sous le PDG (CEO).",
      reconciliation:
        "Les trois sources qui parlent de taille s'accordent sur l'essentiel : une grande entreprise a besoin de deux responsables technologiques distincts, donc la taille pèse contre un dirigeant unique et autant pour les deux structures qui en comptent deux. Elles divergent sur ce qui se trouve au-dessus des deux. Le modèle donne un effet propre à la règle de S2 (la taille, dans une entreprise qui vend de la technologie, compte pour un CDO), en donne un aussi à celle de S3 (une gouvernance complexe dans une grande entreprise compte pour des pairs), et laisse le programme qui justifie un CDO trancher le reste : une transformation ou des plateformes partagées entre exploitation et produits comptent pour un CDO (la gouvernance conjointe de S2), leur absence pour des pairs. Lorsque la gouvernance de S3 et le programme transverse de S2 sont tous deux forts, le modèle signale un résultat serré et nomme les deux structures.",
    },
    no_product: {
      title: "Une grande organisation qui ne vend pas de technologie : un dirigeant ou deux ?",
      sides:
        "S3 sépare les rôles dans les grandes entreprises matures à la gouvernance complexe. S1 et S4 confient au CTO la technologie que l'entreprise crée et vend, et les ingénieurs qui la construisent ; une organisation qui n'en vend pas laisse ce périmètre vide.",
      reconciliation:
        "La taille ne plaide pour un second dirigeant que là où existe un second périmètre : sans technologie à vendre, la taille d'une grande entreprise compte pour un seul dirigeant au profil de DSI, et la charge de conformité ne compte plus comme une concurrence avec les produits pour l'attention d'un dirigeant. La règle de S3 compte toujours pour la séparation. Une grande organisation fortement encadrée qui ne vend rien se lit donc comme un résultat serré entre rôles séparés et dirigeant unique, jamais comme un cas clair, et jamais comme un CDO au-dessus d'un CTO qui n'aurait rien à diriger.",
    },
    triggers: {
      title: "Frictions et pivots : dans quel sens orientent-ils ?",
      sides:
        "S3 cite le désalignement persistant entre vitesse et stabilité, les incidents fréquents et un pivot stratégique comme raisons de réexaminer la structure, sans dire vers quelle structure ils mènent. Le conseil de S2 pour réduire la dérive entre les deux dirigeants le dit, selon la taille : les petites entreprises pourraient réunir les rôles, les plus grandes ont besoin d'une direction distincte sous un CDO. Les start-up de S3 regroupent les rôles pour accélérer les décisions.",
      reconciliation:
        "Le modèle lit les frictions et les pivots selon la taille, comme le conseil de S2 : vers un seul dirigeant dans une petite entreprise, vers un CDO au-dessus de responsables distincts dans une grande, et dans aucun sens à taille intermédiaire, où aucune source ne tranche. Ils pèsent peu (un déclencheur dit de réexaminer, pas quoi choisir), et le résultat les présente à part, comme des signaux invitant à réexaminer la structure.",
    },
    speed: {
      title: "La vitesse avant la stabilité : une règle pour tous, ou pour les start-up ?",
      sides:
        "S3 associe la réunion des rôles aux start-up qui privilégient la vitesse, et leur séparation aux grandes entreprises matures ; elle ne tire aucune autre conséquence d'une préférence pour la vitesse.",
      reconciliation:
        "Le modèle ne lit la vitesse face à la stabilité que dans les jeunes entreprises (pleinement pour les start-up, en grande partie pour les scale-up). Dans une entreprise établie ou mature, la réponse ne change rien, et une préférence pour la stabilité n'est pas lue comme un argument en faveur de deux dirigeants.",
    },
  },
};
