/**
 * Company profiles with the structure the sources point to. The model's tests check it
 * recommends them; the app's seed data and report tests reuse them as realistic results.
 */
import type { TAnswers } from "../questionnaire/schema";
import type { SourceId } from "../sources/sources";
import type { StructureId } from "./types";

export interface Archetype {
  id: string;
  name: string;
  description: string;
  answers: TAnswers;
  expected: StructureId;
  /** True when the sources support more than one reading, so confidence must not be high. */
  closeCall: boolean;
  justification: { source: SourceId; sentence: string };
}

const NO_ROLES = { role_cio: "none", role_cto: "none", role_cdo: "none", role_ctio: "none" } as const;
const ALL_APPS = ["erp", "crm", "hr", "finance", "collaboration", "itsm"];

export const ARCHETYPES: readonly Archetype[] = [
  {
    id: "seed_saas",
    name: "Seed-stage SaaS startup",
    description: "Fourteen people building one software product, shipping weekly and choosing speed over polish.",
    answers: {
      employees: 14, revenue_band: "under_10m", stage: "startup", business_units: 1, countries: 1, industry: "software",
      frameworks: ["gdpr"], sector_supervision: "no", audit_burden: 1, data_sensitivity: "moderate", security_incidents: "none",
      sells_technology: "core", tech_revenue_share: 100, product_engineers: 8, tech_focus: "customers", innovation_ambition: 5,
      innovation_horizon: "one_to_three", emerging_tech: ["ai_products"], speed_vs_stability: 5,
      enterprise_apps: ["crm", "collaboration"], legacy_share: "little", vendor_count: 12, it_staff: 0, incident_frequency: "quarterly",
      digital_transformation: "none", cross_platforms: ["cloud"], velocity_conflict: 2, budget_disputes: "never", strategic_pivot: "considering",
      ...NO_ROLES, role_cto: "filled",
    },
    expected: "ctio",
    closeCall: false,
    justification: { source: "S3", sentence: "Startups that lean toward speed may combine the roles under one executive to streamline decision-making." },
  },
  {
    id: "family_manufacturer",
    name: "Small family-owned manufacturer",
    description: "Eighty-five employees, an ERP and a finance system, no technology for sale and a three-person IT team.",
    answers: {
      employees: 85, revenue_band: "10m_100m", stage: "established", business_units: 1, countries: 2, industry: "manufacturing",
      frameworks: ["none"], sector_supervision: "no", audit_burden: 2, data_sensitivity: "low", security_incidents: "one_minor",
      sells_technology: "no", tech_focus: "employees", innovation_ambition: 2, innovation_horizon: "this_year", emerging_tech: ["none"],
      speed_vs_stability: 3, enterprise_apps: ["erp", "finance", "hr"], legacy_share: "some", vendor_count: 15, it_staff: 3,
      incident_frequency: "rare", digital_transformation: "planned", cross_platforms: ["none"], velocity_conflict: 1,
      budget_disputes: "never", strategic_pivot: "none", ...NO_ROLES,
    },
    expected: "ctio",
    closeCall: false,
    justification: { source: "S2", sentence: "Small firms might combine roles in a “CTIO.”" },
  },
  {
    id: "professional_services_firm",
    name: "Mid-sized professional services firm",
    description: "Four hundred consultants, a light compliance load and one head of technology covering everything.",
    answers: {
      employees: 400, revenue_band: "10m_100m", stage: "established", business_units: 2, countries: 2, industry: "professional_services",
      frameworks: ["gdpr", "soc2"], sector_supervision: "no", audit_burden: 2, data_sensitivity: "moderate", security_incidents: "none",
      sells_technology: "no", tech_focus: "employees", innovation_ambition: 3, innovation_horizon: "one_to_three", emerging_tech: ["ai_operations"],
      speed_vs_stability: 3, enterprise_apps: ["crm", "hr", "finance", "collaboration"], legacy_share: "some", vendor_count: 30, it_staff: 15,
      incident_frequency: "rare", digital_transformation: "planned", cross_platforms: ["ai"], velocity_conflict: 2,
      budget_disputes: "never", strategic_pivot: "none", ...NO_ROLES, role_ctio: "filled",
    },
    expected: "ctio",
    closeCall: true,
    justification: { source: "S3", sentence: "In practice, many organizations adapt these roles to their unique contexts—sometimes with a single executive wearing both hats, and sometimes with matrixed teams where product managers and IT service leaders collaborate under shared objectives." },
  },
  {
    id: "fintech_scaleup",
    name: "Regulated fintech scale-up",
    description: "A payments scale-up of 280 people: speed matters, but card data, privacy law and a banking supervisor weigh on every release.",
    answers: {
      employees: 280, revenue_band: "10m_100m", stage: "scaleup", business_units: 1, countries: 3, industry: "financial_services",
      frameworks: ["gdpr", "pci_dss", "soc2"], sector_supervision: "yes", audit_burden: 3, data_sensitivity: "very_high",
      security_incidents: "one_minor", sells_technology: "core", tech_revenue_share: 90, product_engineers: 90, tech_focus: "customers",
      innovation_ambition: 5, innovation_horizon: "one_to_three", emerging_tech: ["ai_products"], speed_vs_stability: 4,
      enterprise_apps: ["crm", "hr", "finance", "collaboration"], legacy_share: "little", vendor_count: 60, it_staff: 12,
      incident_frequency: "quarterly", digital_transformation: "none", cross_platforms: ["cloud", "data"], velocity_conflict: 3,
      budget_disputes: "sometimes", strategic_pivot: "none", ...NO_ROLES, role_cto: "filled",
    },
    expected: "separate",
    closeCall: true,
    justification: { source: "S3", sentence: "This separation is not a dichotomy but a spectrum; the exact split depends on company strategy, industry regulations, and stage of digital maturity." },
  },
  {
    id: "regional_bank",
    name: "Regional bank",
    description: "A supervised bank with 4,500 staff, a mostly legacy core and audits all year round.",
    answers: {
      employees: 4500, revenue_band: "1b_10b", stage: "mature", business_units: 4, countries: 1, industry: "financial_services",
      frameworks: ["gdpr", "sox", "pci_dss", "iso27001"], sector_supervision: "yes", audit_burden: 5, data_sensitivity: "very_high",
      security_incidents: "one_minor", sells_technology: "some", tech_revenue_share: 10, product_engineers: 120, tech_focus: "balanced",
      innovation_ambition: 3, innovation_horizon: "one_to_three", emerging_tech: ["ai_operations"], speed_vs_stability: 1,
      enterprise_apps: ALL_APPS, legacy_share: "most", vendor_count: 250, it_staff: 600, incident_frequency: "rare",
      digital_transformation: "partial", cross_platforms: ["data"], velocity_conflict: 2, budget_disputes: "sometimes",
      strategic_pivot: "none", ...NO_ROLES, role_cio: "filled", role_cto: "filled",
    },
    expected: "separate",
    closeCall: false,
    justification: { source: "S3", sentence: "Large, mature enterprises with complex governance needs might separate them to avoid bottlenecks and to ensure both innovation and compliance receive dedicated attention." },
  },
  {
    id: "hospital_network",
    name: "Hospital network",
    description: "Eighteen thousand staff, patient data under HIPAA, a large internal estate and no technology for sale.",
    answers: {
      employees: 18000, revenue_band: "1b_10b", stage: "mature", business_units: 6, countries: 1, industry: "healthcare",
      frameworks: ["hipaa", "pci_dss", "soc2"], sector_supervision: "yes", audit_burden: 5, data_sensitivity: "very_high",
      security_incidents: "one_major", sells_technology: "no", tech_focus: "employees", innovation_ambition: 2,
      innovation_horizon: "this_year", emerging_tech: ["ai_operations"], speed_vs_stability: 1, enterprise_apps: ALL_APPS,
      legacy_share: "substantial", vendor_count: 400, it_staff: 900, incident_frequency: "quarterly", digital_transformation: "none",
      cross_platforms: ["none"], velocity_conflict: 2, budget_disputes: "sometimes", strategic_pivot: "none", ...NO_ROLES, role_cio: "filled",
    },
    expected: "separate",
    closeCall: false,
    justification: { source: "S3", sentence: "Large, mature enterprises with complex governance needs might separate them to avoid bottlenecks and to ensure both innovation and compliance receive dedicated attention." },
  },
  {
    id: "public_agency",
    name: "Public sector agency",
    description: "A supervised agency of 7,000 staff running citizen services on legacy systems, stability first.",
    answers: {
      employees: 7000, revenue_band: "100m_1b", stage: "mature", business_units: 3, countries: 1, industry: "public_sector",
      frameworks: ["gdpr", "iso27001"], sector_supervision: "yes", audit_burden: 5, data_sensitivity: "high", security_incidents: "one_minor",
      sells_technology: "no", tech_focus: "employees", innovation_ambition: 2, innovation_horizon: "this_year", emerging_tech: ["none"],
      speed_vs_stability: 1, enterprise_apps: ALL_APPS, legacy_share: "most", vendor_count: 150, it_staff: 400,
      incident_frequency: "quarterly", digital_transformation: "planned", cross_platforms: ["cloud"], velocity_conflict: 2,
      budget_disputes: "sometimes", strategic_pivot: "none", ...NO_ROLES, role_cio: "filled",
    },
    expected: "separate",
    closeCall: false,
    justification: { source: "S4", sentence: "Both CIO and CTO roles are important, especially for big companies with distinct C-suite positions." },
  },
  {
    id: "enterprise_software_vendor",
    name: "Established enterprise software vendor",
    description: "Nine thousand people, 3,500 engineers, certified security and no transformation under way: two distinct pillars.",
    answers: {
      employees: 9000, revenue_band: "1b_10b", stage: "established", business_units: 3, countries: 30, industry: "software",
      frameworks: ["gdpr", "soc2", "iso27001", "sox"], sector_supervision: "no", audit_burden: 4, data_sensitivity: "high",
      security_incidents: "one_minor", sells_technology: "core", tech_revenue_share: 95, product_engineers: 3500, tech_focus: "customers",
      innovation_ambition: 5, innovation_horizon: "beyond_three", emerging_tech: ["ai_products", "edge_iot"], speed_vs_stability: 3,
      enterprise_apps: ALL_APPS, legacy_share: "little", vendor_count: 300, it_staff: 250, incident_frequency: "rare",
      digital_transformation: "none", cross_platforms: ["cloud"], velocity_conflict: 2, budget_disputes: "sometimes",
      strategic_pivot: "none", ...NO_ROLES, role_cio: "filled", role_cto: "filled",
    },
    expected: "separate",
    closeCall: false,
    justification: { source: "S2", sentence: "In modern enterprises, both CIOs and CTOs are vital, but distinct pillars of tech leadership." },
  },
  {
    id: "midsize_manufacturer_transforming",
    name: "Mid-sized manufacturer part-way through transformation",
    description: "Fifteen hundred employees modernising plants and adding connected products, with transformation under way in parts of the business.",
    answers: {
      employees: 1500, revenue_band: "100m_1b", stage: "established", business_units: 3, countries: 6, industry: "manufacturing",
      frameworks: ["gdpr", "iso27001"], sector_supervision: "no", audit_burden: 3, data_sensitivity: "moderate",
      security_incidents: "one_minor", sells_technology: "some", tech_revenue_share: 20, product_engineers: 60, tech_focus: "balanced",
      innovation_ambition: 3, innovation_horizon: "one_to_three", emerging_tech: ["ai_operations", "edge_iot"], speed_vs_stability: 3,
      enterprise_apps: ["erp", "hr", "finance", "collaboration", "itsm"], legacy_share: "substantial", vendor_count: 80, it_staff: 70,
      incident_frequency: "quarterly", digital_transformation: "partial", cross_platforms: ["cloud", "data"], velocity_conflict: 3,
      budget_disputes: "sometimes", strategic_pivot: "considering", ...NO_ROLES, role_cio: "filled",
    },
    expected: "separate",
    closeCall: true,
    justification: { source: "S3", sentence: "This separation is not a dichotomy but a spectrum; the exact split depends on company strategy, industry regulations, and stage of digital maturity." },
  },
  {
    id: "global_retailer",
    name: "Global retailer in enterprise-wide transformation",
    description: "Sixty thousand employees moving stores, supply chain and e-commerce onto shared AI, cloud and data platforms.",
    answers: {
      employees: 60000, revenue_band: "over_10b", stage: "mature", business_units: 8, countries: 25, industry: "retail",
      frameworks: ["gdpr", "pci_dss", "sox"], sector_supervision: "no", audit_burden: 3, data_sensitivity: "high",
      security_incidents: "one_major", sells_technology: "some", tech_revenue_share: 25, product_engineers: 800, tech_focus: "balanced",
      innovation_ambition: 4, innovation_horizon: "one_to_three", emerging_tech: ["ai_products", "ai_operations", "edge_iot"],
      speed_vs_stability: 3, enterprise_apps: ALL_APPS, legacy_share: "substantial", vendor_count: 600, it_staff: 2500,
      incident_frequency: "quarterly", digital_transformation: "enterprise", cross_platforms: ["ai", "cloud", "data"],
      velocity_conflict: 4, budget_disputes: "often", strategic_pivot: "considering", ...NO_ROLES, role_cio: "filled", role_cto: "filled",
    },
    expected: "cdo",
    closeCall: false,
    justification: { source: "S2", sentence: "Larger companies typically need distinct leadership under a Chief Digital Officer (CDO)." },
  },
  {
    id: "industrial_conglomerate",
    name: "Industrial conglomerate facing a pivot",
    description: "Twenty business units in forty countries, an enterprise-wide transformation, constant friction and a merger planned.",
    answers: {
      employees: 40000, revenue_band: "over_10b", stage: "mature", business_units: 20, countries: 40, industry: "manufacturing",
      frameworks: ["gdpr", "sox", "iso27001"], sector_supervision: "no", audit_burden: 3, data_sensitivity: "moderate",
      security_incidents: "one_minor", sells_technology: "some", tech_revenue_share: 15, product_engineers: 600, tech_focus: "balanced",
      innovation_ambition: 4, innovation_horizon: "beyond_three", emerging_tech: ["ai_products", "ai_operations", "edge_iot"],
      speed_vs_stability: 3, enterprise_apps: ALL_APPS, legacy_share: "substantial", vendor_count: 900, it_staff: 1500,
      incident_frequency: "quarterly", digital_transformation: "enterprise", cross_platforms: ["ai", "cloud", "data"],
      velocity_conflict: 5, budget_disputes: "often", strategic_pivot: "planned", ...NO_ROLES, role_cio: "filled", role_cto: "filled",
    },
    expected: "cdo",
    closeCall: false,
    justification: { source: "S3", sentence: "Triggers include persistent misalignment between product velocity and operational stability, frequent incidents that indicate weak governance, or a strategic pivot that requires a unified or reorganized technology leadership model." },
  },
  {
    id: "insurer_ai",
    name: "Insurer putting AI into claims and products",
    description: "A supervised insurer of 12,000 staff using AI both in claims handling and in customer products, with a CDO being hired.",
    answers: {
      employees: 12000, revenue_band: "1b_10b", stage: "mature", business_units: 5, countries: 6, industry: "financial_services",
      frameworks: ["gdpr", "sox", "iso27001"], sector_supervision: "yes", audit_burden: 4, data_sensitivity: "very_high",
      security_incidents: "one_minor", sells_technology: "some", tech_revenue_share: 35, product_engineers: 400, tech_focus: "balanced",
      innovation_ambition: 4, innovation_horizon: "one_to_three", emerging_tech: ["ai_products", "ai_operations"], speed_vs_stability: 2,
      enterprise_apps: ALL_APPS, legacy_share: "most", vendor_count: 350, it_staff: 1200, incident_frequency: "quarterly",
      digital_transformation: "enterprise", cross_platforms: ["ai", "cloud", "data"], velocity_conflict: 4, budget_disputes: "often",
      strategic_pivot: "planned", ...NO_ROLES, role_cio: "filled", role_cto: "filled", role_cdo: "vacant",
    },
    expected: "cdo",
    closeCall: true,
    justification: { source: "S2", sentence: "Ensure joint governance over platforms like AI or cloud that span internal operations and external product usage." },
  },
];
