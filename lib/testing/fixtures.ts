import { randomUUID } from "node:crypto";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";

/** A complete, valid answer set: a mid-sized, regulated company with a digital product line. */
export const COMPLETE_ANSWERS: TAnswers = {
  employees: 2400,
  revenue_band: "100m_1b",
  stage: "established",
  business_units: 4,
  countries: 6,
  industry: "financial_services",
  frameworks: ["gdpr", "sox", "pci_dss"],
  sector_supervision: "yes",
  audit_burden: 4,
  data_sensitivity: "very_high",
  security_incidents: "one_minor",
  sells_technology: "some",
  tech_revenue_share: 25,
  product_engineers: 120,
  tech_focus: "balanced",
  innovation_ambition: 3,
  innovation_horizon: "one_to_three",
  emerging_tech: ["ai_operations"],
  speed_vs_stability: 2,
  enterprise_apps: ["erp", "crm", "finance", "hr"],
  legacy_share: "substantial",
  vendor_count: 80,
  it_staff: 150,
  incident_frequency: "quarterly",
  digital_transformation: "partial",
  cross_platforms: ["data"],
  velocity_conflict: 3,
  budget_disputes: "sometimes",
  strategic_pivot: "none",
  role_cio: "filled",
  role_cto: "vacant",
  role_cdo: "none",
  role_ctio: "none",
};

export function draftBody(answers: TAnswers = COMPLETE_ANSWERS, details: Record<string, string> = {}) {
  return { questionnaireVersion: QUESTIONNAIRE.version, answers, details };
}

export function submissionBody(answers: TAnswers = COMPLETE_ANSWERS, idempotencyKey: string = randomUUID()) {
  return { ...draftBody(answers, { organizationName: "Northwind Bank", respondentName: "Ada Example", respondentRole: "ceo" }), idempotencyKey };
}
