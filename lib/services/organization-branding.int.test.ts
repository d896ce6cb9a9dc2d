/** An organization's report branding against a real database: who may change it, what a refused file leaves, what reports show. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { db } from "../db";
import { loadOrganizationReport, loadResultReport } from "../results/report";
import { createAdmin, createConsultant, createMemberAssessment, createTenant, expectDomainError } from "../testing/accounts";
import { opaquePng } from "../report/pdf/opaque-png";
import { concat, jpegBytes, pngBytes } from "../testing/logo-images";
import { getOrganizationBranding, removeOrganizationLogo as removeOrganizationLogoService, updateOrganizationBranding as updateOrganizationBrandingService } from "./organization-branding";
import { createShareLink as createShareLinkService, openSharedReport } from "./share-links";
import { parsedBy } from "../testing/parsed-by";
import { ZOrganizationBranding, ZOrganizationLogoRemove } from "../validation/organization-branding";
import { ZShareLinkCreate } from "../validation/share-links";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const removeOrganizationLogo = parsedBy(ZOrganizationLogoRemove, removeOrganizationLogoService);
const updateOrganizationBranding = parsedBy(ZOrganizationBranding, updateOrganizationBrandingService);
const createShareLink = parsedBy(ZShareLinkCreate, createShareLinkService);

afterAll(async () => {
  await db.$disconnect();
});

/** A file as a browser would post it: the name and type are whatever the sender says. */
const upload = (bytes: Uint8Array, name = "logo.png", type = "image/png") => new File([new Uint8Array(bytes)], name, { type });

const PNG = pngBytes({ width: 120, height: 40 });
/** The PNG has an alpha channel, so what is stored is the same image flattened onto white (lib/report/pdf/opaque-png.ts). */
const STORED_PNG = opaquePng(PNG)!;
const JPEG = jpegBytes({ width: 96, height: 32 });

async function storedLogo(organizationId: string) {
  return db.organizationLogo.findUnique({ where: { organizationId }, select: { mediaType: true, bytes: true } });
}

async function trail(organizationId: string) {
  const events = await db.auditEvent.findMany({ where: { organizationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return events.map((event) => [event.action, event.actorEmail, event.detail]);
}

describe("setting, replacing and removing the logo", () => {
  it("lets a consultant name the firm and set, replace and remove its logo, each change audited", async () => {
    const { organization, consultant } = await createTenant();
    const organizationId = organization.id;
    const email = consultant.user.email;

    expect(await updateOrganizationBranding(consultant.actor, { organizationId, consultantFirmName: " Acme Advisory ", logo: upload(PNG) })).toEqual({ organizationId, changed: true });
    expect(await storedLogo(organizationId)).toEqual({ mediaType: "image/png", bytes: STORED_PNG });
    const branding = await getOrganizationBranding(consultant.actor, organizationId, "en");
    expect(branding).toMatchObject({ organizationId, consultantFirmName: "Acme Advisory", logo: { alt: "Acme Advisory logo", width: 120, height: 40, bytes: STORED_PNG.length } });
    expect(branding.logo?.src.startsWith("data:image/png;base64,")).toBe(true);

    // The bytes decide the type: a JPEG sent as "logo.png" is stored as the JPEG it is.
    await updateOrganizationBranding(consultant.actor, { organizationId, consultantFirmName: "Acme Advisory", logo: upload(JPEG, "logo.png", "image/png") });
    expect(await storedLogo(organizationId)).toEqual({ mediaType: "image/jpeg", bytes: JPEG });

    // Saving the name in use without a file changes nothing and records nothing.
    expect(await updateOrganizationBranding(consultant.actor, { organizationId, consultantFirmName: "Acme Advisory", logo: new File([], "") })).toEqual({ organizationId, changed: false });

    expect(await removeOrganizationLogo(consultant.actor, { organizationId })).toEqual({ organizationId, removed: true });
    expect(await storedLogo(organizationId)).toBeNull();
    expect(await removeOrganizationLogo(consultant.actor, { organizationId })).toEqual({ organizationId, removed: false });
    expect(await getOrganizationBranding(consultant.actor, organizationId, "en")).toEqual({ organizationId, consultantFirmName: "Acme Advisory", logo: null });

    // An empty name clears it; the report then names no firm.
    await updateOrganizationBranding(consultant.actor, { organizationId, consultantFirmName: "" });
    expect((await db.organization.findUniqueOrThrow({ where: { id: organizationId } })).consultantFirmName).toBeNull();

    expect(await trail(organizationId)).toEqual([
      ["branding.changed", email, { firmNameFrom: null, firmNameTo: "Acme Advisory", logo: "added", logoType: "image/png", logoBytes: STORED_PNG.length }],
      ["branding.changed", email, { firmNameFrom: "Acme Advisory", firmNameTo: "Acme Advisory", logo: "replaced", logoType: "image/jpeg", logoBytes: JPEG.length }],
      ["logo.removed", email, { logoType: "image/jpeg" }],
      ["branding.changed", email, { firmNameFrom: "Acme Advisory", firmNameTo: null, logo: "kept", logoType: null, logoBytes: null }],
    ]);
  });

  it("lets an administrator change any organization's branding", async () => {
    const { organization } = await createTenant();
    const admin = await createAdmin();
    await updateOrganizationBranding(admin.actor, { organizationId: organization.id, consultantFirmName: "Northwind Partners", logo: upload(PNG) });
    expect((await storedLogo(organization.id))?.mediaType).toBe("image/png");
    expect((await removeOrganizationLogo(admin.actor, { organizationId: organization.id })).removed).toBe(true);
  });
});

describe("who may not", () => {
  it("refuses the organization's executives, other firms' consultants, unenrolled consultants and anonymous callers, changing nothing", async () => {
    const { organization, consultant, executive } = await createTenant();
    const organizationId = organization.id;
    await updateOrganizationBranding(consultant.actor, { organizationId, consultantFirmName: "Acme Advisory", logo: upload(PNG) });
    const other = await createTenant();
    const unenrolled = await createConsultant([organizationId], { secondFactor: false });
    const change = { organizationId, consultantFirmName: "Hijacked", logo: upload(JPEG) };
    const attempts = [
      (actor: Actor) => updateOrganizationBranding(actor, change),
      (actor: Actor) => removeOrganizationLogo(actor, { organizationId }),
      (actor: Actor) => getOrganizationBranding(actor, organizationId, "en"),
    ];

    for (const attempt of attempts) {
      await expectDomainError(attempt(executive.actor), 403, "consultants_only");
      await expectDomainError(attempt(unenrolled.actor), 403, "second_factor_required");
      const outside = await expectDomainError(attempt(other.consultant.actor), 404, "organization_not_found");
      expect(outside.message).not.toContain(organization.name);
      await expectDomainError(attempt(other.executive.actor), 404, "organization_not_found");
      await expectDomainError(attempt(ANONYMOUS), 401, "sign_in_required");
    }
    await expectDomainError(updateOrganizationBranding((await createAdmin()).actor, { ...change, organizationId: `${organizationId}x` }), 404, "organization_not_found");

    expect(await storedLogo(organizationId)).toEqual({ mediaType: "image/png", bytes: STORED_PNG });
    expect((await db.organization.findUniqueOrThrow({ where: { id: organizationId } })).consultantFirmName).toBe("Acme Advisory");
    expect(await trail(organizationId)).toHaveLength(1);
  });
});

describe("a refused file", () => {
  it("refuses on the file field and keeps the logo and the name in use", async () => {
    const { organization, consultant } = await createTenant();
    const organizationId = organization.id;
    await updateOrganizationBranding(consultant.actor, { organizationId, consultantFirmName: "Acme Advisory", logo: upload(PNG) });
    const gif = concat(new TextEncoder().encode("GIF89a"), Uint8Array.of(16, 0, 16, 0, 0x80, 0, 0));
    const refused: [Uint8Array, RegExp][] = [
      [gif, /GIF files are not accepted/],
      [new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), /SVG logos are not accepted/],
      [PNG.subarray(0, PNG.length - 5), /cut short or damaged/],
      [pngBytes({ width: 2400, height: 100, colorType: 0, bitDepth: 1 }), /from 16 × 16 to 1,200 × 600 pixels/],
      [new Uint8Array(256 * 1024 + 1), /at most 256 KB/],
      [new Uint8Array(), /empty/],
    ];
    for (const [bytes, message] of refused) {
      const error = await expectDomainError(updateOrganizationBranding(consultant.actor, { organizationId, consultantFirmName: "Renamed Advisory", logo: upload(bytes, "logo.png", "image/png") }), 400, "logo");
      expect(error.issues).toEqual([{ path: "logo", message: expect.stringMatching(message) }]);
    }
    expect(await storedLogo(organizationId)).toEqual({ mediaType: "image/png", bytes: STORED_PNG });
    expect((await db.organization.findUniqueOrThrow({ where: { id: organizationId } })).consultantFirmName).toBe("Acme Advisory");
    expect(await trail(organizationId)).toHaveLength(1);
  });

  it("refuses text where the file belongs, and unknown fields", async () => {
    const { organization, consultant } = await createTenant();
    await expectDomainError(updateOrganizationBranding(consultant.actor, { organizationId: organization.id, logo: "data:image/png;base64,AAAA" }), 400, "logo");
    await expectDomainError(updateOrganizationBranding(consultant.actor, { organizationId: organization.id, logoType: "image/png" }), 400);
    expect(await storedLogo(organization.id)).toBeNull();
  });
});

describe("the logo on the reports", () => {
  it("is on the cover of a result's report, the organization's combined report and a shared report", async () => {
    const { organization, consultant, executive } = await createTenant();
    await updateOrganizationBranding(consultant.actor, { organizationId: organization.id, consultantFirmName: "Acme Advisory", logo: upload(JPEG) });
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const expected = { alt: "Acme Advisory logo", width: 96, height: 32, src: expect.stringMatching(/^data:image\/jpeg;base64,/) };

    expect((await loadResultReport(executive.actor, resultId)).cover).toMatchObject({ consultantFirmName: "Acme Advisory", consultantFirmLogo: expected });
    expect((await loadOrganizationReport(consultant.actor, organization.id)).cover.consultantFirmLogo).toMatchObject(expected);
    const link = await createShareLink(executive.actor, { resultId });
    expect((await openSharedReport(link.token)).report.cover.consultantFirmLogo).toMatchObject(expected);

    await removeOrganizationLogo(consultant.actor, { organizationId: organization.id });
    expect((await loadResultReport(executive.actor, resultId)).cover).toMatchObject({ consultantFirmName: "Acme Advisory", consultantFirmLogo: null });
  });
});
