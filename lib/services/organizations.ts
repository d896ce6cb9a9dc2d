/**
 * Client organizations: consultants create and run them, executives belong to them. Also the
 * access checks the other workspace services share, so every one answers 401/403/404 alike.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { assertConsultantOf, organizationNotFound, requireUser } from "../auth/access";
import { canCreateOrganization, isConsultantOf, memberOrganizationIds } from "../auth/permissions";
import { db, serializeWrite } from "../db";
import { ZRecordId, type TOrganizationCreate } from "../validation/organizations";
import { DomainError, parseOrThrow } from "../errors";

export type OrganizationAccess = "consultant" | "executive";

export interface OrganizationSummary {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
  consultantFirmName: string | null;
  createdAt: string;
  access: OrganizationAccess;
  /** Only for organizations the actor reviews: executives do not see how many colleagues answered. */
  stats: { executives: number; drafts: number; results: number } | null;
}

export interface OrganizationPerson {
  userId: string;
  name: string | null;
  email: string;
  joinedAt: string;
}

export interface OrganizationDetail {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
  consultantFirmName: string | null;
  /** The language its reports and engagements default to. */
  language: string;
  createdAt: string;
  executives: OrganizationPerson[];
  consultants: OrganizationPerson[];
}

export function parseOrganizationId(organizationId: unknown): string {
  return parseOrThrow(ZRecordId, organizationId, ["organizationId"]);
}

/** The stored profile of an organization; optional fields left out are stored as empty. */
export function organizationProfile(data: { name: string; industry?: string; sizeBand?: string; consultantFirmName?: string }) {
  return { name: data.name, industry: data.industry ?? null, sizeBand: data.sizeBand ?? null, consultantFirmName: data.consultantFirmName ?? null };
}

/** The creator becomes the organization's first consultant in the same write, so it is never orphaned. */
export async function createOrganization(actor: Actor, data: TOrganizationCreate): Promise<{ id: string }> {
  const user = requireUser(actor);
  if (!canCreateOrganization(actor)) {
    throw new DomainError("forbidden", "consultants_only", "Only consultants and administrators can create organizations.");
  }
  return serializeWrite(async () => {
    const organization = await db.organization.create({
      data: {
        ...organizationProfile(data),
        memberships: { create: { userId: user.userId, role: "consultant" } },
      },
      select: { id: true },
    });
    return { id: organization.id };
  });
}

/** `null` counts every organization's: an administrator's list can outgrow the database's limit on query parameters. */
async function countAssessments(organizationIds: string[] | null, submitted: boolean): Promise<Map<string, number>> {
  if (organizationIds?.length === 0) return new Map();
  const groups = await db.assessment.groupBy({
    by: ["organizationId"],
    where: { organizationId: organizationIds === null ? { not: null } : { in: organizationIds }, submittedAt: submitted ? { not: null } : null },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.organizationId ?? "", group._count._all]));
}

/** Consultants see the organizations they serve, executives the ones they belong to, administrators all. */
export async function listOrganizations(actor: Actor): Promise<OrganizationSummary[]> {
  requireUser(actor);
  const visible = memberOrganizationIds(actor);
  if (visible !== null && visible.length === 0) return [];
  const organizations = await db.organization.findMany({
    where: visible === null ? {} : { id: { in: visible } },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    include: { _count: { select: { memberships: { where: { role: "executive" } } } } },
  });
  const reviewed = organizations.filter((organization) => isConsultantOf(actor, organization.id)).map((organization) => organization.id);
  const counted = visible === null ? null : reviewed;
  const [drafts, results] = await Promise.all([countAssessments(counted, false), countAssessments(counted, true)]);
  return organizations.map((organization) => {
    const access: OrganizationAccess = isConsultantOf(actor, organization.id) ? "consultant" : "executive";
    return {
      id: organization.id,
      name: organization.name,
      industry: organization.industry,
      sizeBand: organization.sizeBand,
      consultantFirmName: organization.consultantFirmName,
      createdAt: organization.createdAt.toISOString(),
      access,
      stats:
        access === "consultant"
          ? {
              executives: organization._count.memberships,
              drafts: drafts.get(organization.id) ?? 0,
              results: results.get(organization.id) ?? 0,
            }
          : null,
    };
  });
}

/** The organization as its consultants see it: profile and people. Assessments and invitations have their own queries. */
export async function getOrganization(actor: Actor, organizationId: unknown): Promise<OrganizationDetail> {
  const id = parseOrganizationId(organizationId);
  assertConsultantOf(actor, id);
  const organization = await db.organization.findUnique({
    where: { id },
    include: {
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!organization) throw organizationNotFound();
  const people = (role: string): OrganizationPerson[] =>
    organization.memberships
      .filter((membership) => membership.role === role)
      .map((membership) => ({
        userId: membership.user.id,
        name: membership.user.name,
        email: membership.user.email,
        joinedAt: membership.createdAt.toISOString(),
      }));
  return {
    id: organization.id,
    name: organization.name,
    industry: organization.industry,
    sizeBand: organization.sizeBand,
    consultantFirmName: organization.consultantFirmName,
    language: organization.language,
    createdAt: organization.createdAt.toISOString(),
    executives: people("executive"),
    consultants: people("consultant"),
  };
}
