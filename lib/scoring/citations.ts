/**
 * Every quotation the scoring model uses, in one place, so criteria, structures and advice
 * cite the same passages and a test can check each phrase against the source text once.
 * Phrases are verbatim (at most 25 words) and avoid the mis-encoded characters of S2.
 */
import type { Citation } from "./types";

function cite(source: Citation["source"], phrase: string, location: string): Citation {
  return { source, phrase, location };
}

export const Q = {
  // S1: airfocus, CIO vs CTO
  s1InwardOutward: cite("S1", "CIOs are focused internally on increasing profits and maximizing efficiency.", "CIO vs. CTO definition"),
  s1CtoSells: cite("S1", "CTOs are responsible for any technology or technical services that the company creates and sells.", "CTO responsibilities"),
  s1CioStaff: cite("S1", "Managing the IT staff and operations.", "CIO responsibilities, first item"),
  s1CtoEngineers: cite("S1", "Managing the engineers and developers.", "CTO responsibilities, first item"),
  s1CioVendors: cite("S1", "Collaborating and creating a network of supporting technology partners and vendors.", "CIO responsibilities, last item"),
  s1CtoRevenue: cite("S1", "The aim is to increase the value of the product or service being sold to drive increased sales and revenue.", "CTO responsibilities, closing line"),
  s1Budget: cite("S1", "CIOs and CTOs can find themselves at odds when it comes to budget conversations.", "CIO vs. CTO: what's the difference?"),
  s1CostVsGrowth: cite("S1", "CIOs tend to decrease costs and minimize risks, while CTOs are looking for growth and pioneering opportunities.", "CIO vs. CTO: what's the difference?"),
  s1Legacy: cite("S1", "CIOs often highlight platform constraints, security considerations, or legacy systems that influence sequencing and feasibility.", "During roadmap planning"),
  s1VendorStrategy: cite("S1", "CIOs often lead vendor strategy, data governance, and security reviews", "During major integration or tooling decisions"),
  s1CioCareer: cite("S1", "They often come to the CIO role through management positions in IT operations.", "CIO vs. CTO: what's the difference?"),
  s1CtoCareer: cite("S1", "They tend to rise through the development or engineering roles to become a CTO.", "CIO vs. CTO: what's the difference?"),
  s1CtoInnovative: cite("S1", "CTOs are prone to be both more detailed and more innovative.", "CIO vs. CTO: what's the difference?"),
  s1Okrs: cite("S1", "CIO-led initiatives around stability, security, or cost efficiency", "During OKRs and goal-setting"),

  // S2: CIO Influence (phrases chosen to avoid its mis-encoded characters)
  s2EnterpriseApps: cite("S2", "They manage enterprise apps like ERP, finance, and employee collaboration tools.", "CIO, Operational Excellence"),
  s2Governance45: cite("S2", "It has been noted that CIOs 45% of their time on cybersecurity and governance.", "CIO, Operational Excellence"),
  s2Vendors: cite("S2", "CIOs evaluate vendor solutions (e.g., ServiceNow, Workday, Salesforce) and integrate them into existing systems.", "CIO, Operational Excellence"),
  s2Compliance: cite("S2", "Their concern is reliability, compliance, and ROI for internal users.", "CIO, Operational Excellence"),
  s2Apis: cite("S2", "They lead the creation of customer-facing solutions, from APIs to flagship apps.", "CTO, Product Innovation"),
  s2TechFirst: cite("S2", "Companies like Zoom or Slack rely heavily on forward-thinking CTOs to win tech-first markets.", "CTO, Product Innovation"),
  s2Emerging: cite("S2", "CTOs explore emerging trends like AI, blockchain, quantum computing, or edge computing.", "CTO, Product Innovation"),
  s2Pilots: cite("S2", "They run pilots, build proof-of-concepts, and create prototype products for future competitiveness.", "CTO, Product Innovation"),
  s2Titles: cite("S2", "Some place both executives at C-level, while others elevate only one.", "Where are CIOs and CTOs placed in an organization?"),
  s2AiHandOff: cite("S2", "when a CIO implements AI responsibly, a CTO must refine it into external products.", "Where are CIOs and CTOs placed in an organization?"),
  s2RiskRow: cite("S2", "GDPR, HIPAA, operational risk", "Skills table, Risk & Compliance row"),
  s2ServeEmployees: cite("S2", "CIOs serve employees and internal users.", "Why both roles matter: Internal vs. External Focus"),
  s2ServeCustomers: cite("S2", "CTOs serve customers, partners, and new markets.", "Why both roles matter: Internal vs. External Focus"),
  s2Horizon: cite("S2", "Short-Term vs. Long-Term Vision", "Why both roles matter, point 3"),
  s2CtoInnovation: cite("S2", "CTOs create forward-thinking product strategy and differentiation.", "Why both roles matter: Efficiency vs. Innovation Balance"),
  s2CioOwns: cite("S2", "CIOs own internal systems, integration, and efficiency.", "Define Responsibilities Clearly"),
  s2CtoOwns: cite("S2", "CTOs drive outward-facing innovation and product delivery.", "Define Responsibilities Clearly"),
  s2JointGovernance: cite("S2", "Ensure joint governance over platforms like AI or cloud that span internal operations and external product usage.", "Foster Collaboration"),
  s2SmallFirms: cite("S2", "Small firms might combine roles in a", "Adjust as You Grow"),
  s2LargerCdo: cite("S2", "Larger companies typically need distinct leadership under a Chief Digital Officer (CDO).", "Adjust as You Grow"),
  s2Transformation: cite("S2", "They oversee teams, budgets, and strategy, working to drive digital transformation.", "What a CIO and CTO do for your organization?"),
  s2Pillars: cite("S2", "In modern enterprises, both CIOs and CTOs are vital, but distinct pillars of tech leadership.", "Closing paragraph"),

  // S3: essay, CTO and CIO: distinct but overlapping domains
  s3Startups: cite("S3", "Startups that lean toward speed may combine the roles under one executive to streamline decision-making.", "Paragraph on consolidation and restructuring"),
  s3LargeMature: cite("S3", "Large, mature enterprises with complex governance needs might separate them to avoid bottlenecks", "Paragraph on consolidation and restructuring"),
  s3DedicatedAttention: cite("S3", "to ensure both innovation and compliance receive dedicated attention", "Paragraph on consolidation and restructuring"),
  s3Misalignment: cite("S3", "Triggers include persistent misalignment between product velocity and operational stability", "Paragraph on consolidation and restructuring"),
  s3Incidents: cite("S3", "frequent incidents that indicate weak governance", "Paragraph on consolidation and restructuring"),
  s3Pivot: cite("S3", "a strategic pivot that requires a unified or reorganized technology leadership model", "Paragraph on consolidation and restructuring"),
  s3Restructure: cite("S3", "A consolidation or restructuring often occurs in response to growth scale, regulatory complexity, or shifting strategic priorities.", "Paragraph on consolidation and restructuring"),
  s3Assessment: cite("S3", "The decision should be guided by a clear assessment of capacity, risk, and the anticipated value", "Paragraph on consolidation and restructuring"),
  s3Spectrum: cite("S3", "the exact split depends on company strategy, industry regulations, and stage of digital maturity.", "Opening paragraph"),
  s3BothHats: cite("S3", "sometimes with a single executive wearing both hats", "Second paragraph"),
  s3CioMachinery: cite("S3", "This includes the information systems portfolio, data architecture, cybersecurity, IT service management, and the controls that ensure regulatory compliance.", "Paragraph on the CIO's internal machinery"),
  s3DependableServices: cite("S3", "The CIO is responsible for delivering dependable IT services to employees, customers, and partners", "Paragraph on the CIO's internal machinery"),
  s3Architecture: cite("S3", "The CTO sets the architectural vision for platforms, APIs, data standards, and developer experience", "Paragraph on the CTO's outward-facing domain"),
  s3IncidentResponse: cite("S3", "formalizing incident response", "Paragraph on effective CIO leadership"),
  s3DataGovernance: cite("S3", "implementing data governance that ensures data quality, lineage, privacy, and compliance", "Paragraph on effective CIO leadership"),
  s3Modernization: cite("S3", "strategic investments in modernization", "Paragraph on effective CIO leadership"),
  s3BusinessUnits: cite("S3", "The CIO collaborates with finance, risk, compliance, and business units", "Paragraph on effective CIO leadership"),
  s3Geographies: cite("S3", "support growth across products, channels, and geographies", "Paragraph on executing the CTO agenda"),
  s3EmergingTech: cite("S3", "evaluating emerging technologies", "Paragraph on executing the CTO agenda"),
  s3Bets: cite("S3", "manages a portfolio of bets that range from incremental improvements to disruptive breakthroughs", "Paragraph on executing the CTO agenda"),
  s3SpeedCulture: cite("S3", "guiding the engineering culture toward speed without sacrificing reliability", "Paragraph on executing the CTO agenda"),
  s3EnterpriseApps: cite("S3", "steering the portfolio of enterprise applications", "Second paragraph"),
  s3OutpaceOps: cite("S3", "ensure that innovation does not outpace operational capability", "Second paragraph"),
  s3TwoFronts: cite("S3", "one eye on market-facing capabilities and product velocity, the other on operational resilience, governance, and risk management", "Opening paragraph"),
  s3DigitalTransformation: cite("S3", "Successful digital transformation depends on strong collaboration between the CTO and CIO.", "Paragraph on collaboration"),
  s3DecisionRights: cite("S3", "This collaboration rests on clear decision rights, regular communication, and a principled approach to risk and resource allocation.", "Paragraph on collaboration"),
  s3SteeringCommittee: cite("S3", "Cross-functional steering committees ensure that major initiatives receive input from product, engineering, IT, risk, security, and finance.", "Paragraph on collaboration mechanisms"),
  s3Pmo: cite("S3", "A combined program management office coordinates roadmaps and milestones", "Paragraph on collaboration mechanisms"),
  s3SharedRisk: cite("S3", "a shared risk and compliance framework aligns security and data governance with business objectives", "Paragraph on collaboration mechanisms"),
  s3Cadence: cite("S3", "quarterly strategic reviews and monthly execution reviews", "Paragraph on collaboration mechanisms"),
  s3CtoMetrics: cite("S3", "For the CTO, consider metrics such as time to market for new features, platform scalability, rate of successful experiments", "Paragraph on measurement"),
  s3CioMetrics: cite("S3", "For the CIO, focus on service reliability, incident resolution times, data quality, regulatory compliance, and total cost of IT ownership.", "Paragraph on measurement"),
  s3Blended: cite("S3", "A blended scorecard that links these metrics to strategic objectives", "Paragraph on measurement"),
  s3CtoProfile: cite("S3", "CTOs typically exhibit a strong orientation toward strategic vision, customer-centric thinking, and a proclivity for experimentation and architectural foresight.", "Paragraph on leadership profiles"),
  s3CioProfile: cite("S3", "CIOs tend to emphasize operational discipline, governance, risk management, and reliability.", "Paragraph on leadership profiles"),
  s3RegulatoryChange: cite("S3", "the ability to respond quickly to regulatory changes", "Paragraph on cultivating capabilities"),

  // S4: HR glossary, CIO vs. CTO
  s4BigCompanies: cite("S4", "Both CIO and CTO roles are important, especially for big companies with distinct C-suite positions.", "Should a company have both a CIO and CTO?"),
  s4InwardOutward: cite("S4", "the CIO typically looks inward, aiming to improve processes within the company, while the CTO looks outward", "Introduction"),
  s4CtoEngineers: cite("S4", "Responsible for engineers and developers", "Head-to-head comparison, CTO column"),
  s4CtoRevenue: cite("S4", "Aims to increase revenue", "Head-to-head comparison, CTO column"),
  s4CtoInnovation: cite("S4", "Drives innovation", "Head-to-head comparison, CTO column"),
  s4CtoCustomers: cite("S4", "Focuses on customers", "Head-to-head comparison, CTO column"),
  s4CtoProducts: cite("S4", "Focuses on external products", "Head-to-head comparison, CTO column"),
  s4CioInfra: cite("S4", "Responsible for IT operations and infrastructure", "Head-to-head comparison, CIO column"),
  s4CioEmployees: cite("S4", "Focuses on employees", "Head-to-head comparison, CIO column"),
  s4CioVendors: cite("S4", "Collaborating with vendors and suppliers to acquire the best business solutions", "CIO responsibilities"),
  s4CioProductivity: cite("S4", "Their goal is to maximize day-to-day efficiency and productivity within the company", "What is a CIO?"),
  s4CtoCuttingEdge: cite("S4", "Increasing company revenue by delivering cutting-edge technology to customers", "CTO responsibilities"),
} as const satisfies Record<string, Citation>;
