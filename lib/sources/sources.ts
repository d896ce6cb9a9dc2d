/**
 * The evidence base: the four published analyses every question, criterion and rule cites.
 * Ids match ../shared/sources/README.md.
 */
export const SOURCE_IDS = ["S1", "S2", "S3", "S4"] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  /** What kind of text it is and who stands behind it, said plainly: none of them is peer-reviewed research. */
  kind: string;
  author: string;
  /** What the product takes from it, in our words. */
  contributes: string;
}

export const SOURCES: Record<SourceId, Source> = {
  S1: {
    id: "S1",
    title: "CIO vs CTO (glossary article)",
    publisher: "airfocus",
    kind: "Glossary article on the website of airfocus, a vendor of product-management software",
    author: "Not named",
    contributes:
      "The core split: the CIO looks inward at efficiency and profit, the CTO outward at revenue and customers. Lists each role's responsibilities, career paths and skills, the budget tension between cost and risk reduction and growth, and how both roles shape roadmaps, prioritization, OKRs and tooling.",
  },
  S2: {
    id: "S2",
    title: "The Core Similarities and Differences Between CIOs and CTOs",
    publisher: "CIO Influence",
    kind: "Article on CIO Influence, a technology trade-news website",
    author: "Not named",
    contributes:
      "The CIO's weight on cybersecurity and governance (about 45% of time), enterprise applications and vendor evaluation; the CTO's APIs, flagship products and emerging technology. A typical large-enterprise org chart, a skills table (GDPR and HIPAA against IP protection), and the sizing rule: small firms may combine the roles as a CTIO, larger companies need distinct leadership under a Chief Digital Officer, with joint governance of platforms such as AI and cloud.",
  },
  S3: {
    id: "S3",
    // The essay has no title: it is named by its opening sentence, and the publisher line says so.
    title: "CTO and CIO: distinct but overlapping domains",
    publisher: "Untitled essay; author and publisher not named",
    kind: "Untitled essay with no publisher; we name it by its opening words",
    author: "Unknown",
    contributes:
      "The split as a spectrum set by strategy, regulation and digital maturity. Collaboration mechanisms (steering committee, combined programme office, shared risk framework, quarterly and monthly reviews), when to consolidate or separate the roles and the triggers to restructure, metrics for each role, a blended scorecard and leadership profiles.",
  },
  S4: {
    id: "S4",
    title: "CIO vs. CTO: Their key differences",
    publisher: "HR glossary article by Alexandra Marinaki",
    kind: "Glossary article on the website of a vendor of recruiting (applicant tracking) software",
    author: "Alexandra Marinaki, a psychologist by training (MSc in Talent Development and Creativity)",
    contributes:
      "A head-to-head list (CTO: external products, engineers, revenue, innovation, customers; CIO: internal processes, IT operations, profitability, productivity, employees) and the observation that both roles matter most in big companies with distinct C-suite positions.",
  },
};
