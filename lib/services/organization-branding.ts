/**
 * An organization's report branding: the consulting firm's name and logo on its report covers.
 * Its consultants and administrators change it, like invitations; anyone else learns nothing.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { db, serializeWrite } from "../db";
import type { Locale } from "../i18n/locales";
import { reportLogo } from "../report/logo";
import type { ReportLogo } from "../report/model";
import { checkLogoForReport } from "../report/pdf/logo-check";
import type { LogoMediaType } from "../validation/logo-image";
import type { TOrganizationBranding, TOrganizationLogoRemove } from "../validation/organization-branding";
import { recordAudit } from "./audit";
import { DomainError } from "../errors";
import { assertConsultantOf, organizationNotFound } from "../auth/access";
import { parseOrganizationId } from "./organizations";

export interface OrganizationBranding {
  organizationId: string;
  consultantFirmName: string | null;
  /** As the report cover shows it, with the stored file's size and when it was uploaded. */
  logo: (ReportLogo & { bytes: number; updatedAt: string }) | null;
}

/** The branding form's current values, the logo's alt text in the page's language. The only read of an organization that loads its logo, besides the reports. */
export async function getOrganizationBranding(actor: Actor, organizationId: unknown, locale: Locale): Promise<OrganizationBranding> {
  const id = parseOrganizationId(organizationId);
  assertConsultantOf(actor, id);
  const organization = await db.organization.findUnique({
    where: { id },
    select: { consultantFirmName: true, logo: { select: { bytes: true, updatedAt: true } } },
  });
  if (!organization) throw organizationNotFound();
  const { consultantFirmName, logo } = organization;
  const shown = logo ? reportLogo(logo.bytes, consultantFirmName, locale) : null;
  return {
    organizationId: id,
    consultantFirmName,
    logo: logo && shown ? { ...shown, bytes: logo.bytes.length, updatedAt: logo.updatedAt.toISOString() } : null,
  };
}

/** The uploaded file's bytes once they passed every check, or a refusal the form shows on the file field. */
async function checkedLogo(file: File): Promise<{ bytes: Uint8Array<ArrayBuffer>; mediaType: LogoMediaType }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = await checkLogoForReport(bytes);
  if (!checked.ok) throw new DomainError("invalid", "invalid_logo", checked.message, [{ path: "logo", message: checked.message }]);
  return { bytes: new Uint8Array(checked.bytes), mediaType: checked.image.mediaType };
}

/**
 * Sets the firm's name and, when a file is sent, replaces the logo. A refused file refuses the
 * whole change before anything is written, so the logo in use stays as it was.
 */
export async function updateOrganizationBranding(actor: Actor, data: TOrganizationBranding): Promise<{ organizationId: string; changed: boolean }> {
  const { organizationId } = data;
  const user = assertConsultantOf(actor, organizationId);
  // Checked only for a caller who may change the organization: drawing a test PDF is work.
  const logo = data.logo ? await checkedLogo(data.logo) : null;
  const name = data.consultantFirmName ?? null;
  return serializeWrite(() =>
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { consultantFirmName: true, logo: { select: { mediaType: true } } } });
      if (!organization) throw organizationNotFound();
      const nameChanged = organization.consultantFirmName !== name;
      if (!nameChanged && !logo) return { organizationId, changed: false };
      if (nameChanged) await tx.organization.update({ where: { id: organizationId }, data: { consultantFirmName: name } });
      if (logo) {
        await tx.organizationLogo.upsert({ where: { organizationId }, create: { organizationId, ...logo }, update: logo });
      }
      await recordAudit(tx, user, {
        action: "branding.changed",
        organizationId,
        detail: {
          firmNameFrom: organization.consultantFirmName,
          firmNameTo: name,
          logo: logo ? (organization.logo ? "replaced" : "added") : "kept",
          logoType: logo?.mediaType ?? null,
          logoBytes: logo?.bytes.length ?? null,
        },
      });
      return { organizationId, changed: true };
    }),
  );
}

/** Removes the logo; the firm's name stays. Removing a logo that is not there changes nothing. */
export async function removeOrganizationLogo(actor: Actor, { organizationId }: TOrganizationLogoRemove): Promise<{ organizationId: string; removed: boolean }> {
  const user = assertConsultantOf(actor, organizationId);
  return serializeWrite(() =>
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { logo: { select: { mediaType: true } } } });
      if (!organization) throw organizationNotFound();
      if (!organization.logo) return { organizationId, removed: false };
      await tx.organizationLogo.delete({ where: { organizationId } });
      await recordAudit(tx, user, { action: "logo.removed", organizationId, detail: { logoType: organization.logo.mediaType } });
      return { organizationId, removed: true };
    }),
  );
}
