"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { removeOrganizationLogoAction, saveOrganizationBrandingAction } from "@/app/(workspace)/workspace/organizations/[id]/actions";
import { FirmLogo } from "@/components/report/firm-logo";
import { buttonClass } from "@/components/ui/button";
import { FieldError, FieldHelp, TextField, fieldIds } from "@/components/ui/field";
import { IDLE } from "@/lib/http/form-state";
import type { OrganizationBranding } from "@/lib/services/organization-branding";
import { LOGO_LIMITS } from "@/lib/validation/logo-image";
import { formatDate } from "./format";
import { FormMessage } from "./form-message";

/** Whole kilobytes, rounded up, as the size rules count them. */
function kb(bytes: number): number {
  return Math.ceil(bytes / 1024);
}

/** What the cover's blue band will show: the logo on its plate, then "Prepared by". */
function CoverPreview({ branding }: { branding: OrganizationBranding }) {
  const t = useTranslations("OrganizationSettings.brandingForm");
  const locale = useLocale();
  const { logo, consultantFirmName } = branding;
  if (!logo) return <p className="text-sm text-muted">{consultantFirmName ? t("noLogo") : t("nothingYet")}</p>;
  return (
    <figure>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md bg-brand px-4 py-4 text-white">
        <FirmLogo logo={logo} />
        {consultantFirmName ? <p className="text-sm [overflow-wrap:anywhere]">{t("preparedBy", { firm: consultantFirmName })}</p> : null}
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        {t("asOnCover", { date: formatDate(logo.updatedAt, locale), kb: kb(logo.bytes) })}
      </figcaption>
    </figure>
  );
}

/**
 * The firm's name and logo on the organization's reports. The name is controlled, so it survives
 * a refused save; the file input is not (a browser never lets a page set one).
 */
export function OrganizationBrandingForm({ branding }: { branding: OrganizationBranding }) {
  const t = useTranslations("OrganizationSettings.brandingForm");
  const [saveState, save, saving] = useActionState(saveOrganizationBrandingAction, IDLE);
  const [removeState, remove, removing] = useActionState(removeOrganizationLogoAction, IDLE);
  const [firmName, setFirmName] = useState(branding.consultantFirmName ?? "");
  // Next refuses an action body over 1 MB before the action runs, with no form state to show;
  // checking the size here keeps that from ever being what a person sees.
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const errors = saveState.status === "error" ? saveState.fieldErrors : {};
  const logoError = tooLarge ?? errors.logo;
  const ids = fieldIds("logo");

  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("logo") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > LOGO_LIMITS.maxBytes) {
      event.preventDefault();
      setTooLarge(t("tooLarge", { maxKb: kb(LOGO_LIMITS.maxBytes), kb: kb(file.size) }));
    }
  };

  const saved = saveState.status === "success" ? (saveState.data.changed ? t("saved") : t("unchanged")) : undefined;
  const removed = removeState.status === "success" ? (removeState.data.removed ? t("removed") : t("noLogoToRemove")) : undefined;
  const { minPixels, maxWidth, maxHeight } = LOGO_LIMITS;

  return (
    <div className="space-y-6">
      <FormMessage state={saveState} errorTitle={t("notSaved")} success={saved} />
      <FormMessage state={removeState} errorTitle={t("notRemoved")} success={removed} />
      <CoverPreview branding={branding} />
      {branding.logo ? (
        <form action={remove}>
          <input type="hidden" name="organizationId" value={branding.organizationId} />
          <button type="submit" className={buttonClass("secondary")} disabled={removing}>
            {removing ? t("removing") : t("remove")}
          </button>
        </form>
      ) : null}
      <form action={save} onSubmit={checkSize} className="space-y-5" noValidate>
        <input type="hidden" name="organizationId" value={branding.organizationId} />
        <TextField
          name="consultantFirmName"
          label={t("firmName")}
          help={t("firmNameHelp")}
          maxLength={200}
          value={firmName}
          onChange={(event) => setFirmName(event.target.value)}
          error={errors.consultantFirmName}
        />
        <div>
          <label htmlFor="logo" className="block font-semibold">
            {branding.logo ? t("replaceLogo") : t("logo")}
          </label>
          <FieldHelp name="logo">{t("logoHelp", { maxKb: kb(LOGO_LIMITS.maxBytes), minPixels, maxWidth, maxHeight })}</FieldHelp>
          <input
            id="logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg"
            onChange={() => setTooLarge(null)}
            aria-invalid={logoError ? true : undefined}
            aria-describedby={[ids.help, logoError ? ids.error : null].filter(Boolean).join(" ")}
            className="mt-2 block w-full rounded-md border border-line bg-white px-3 py-2 text-base text-ink file:mr-3 file:rounded file:border-0 file:bg-brand-soft file:px-3 file:py-1.5 file:font-semibold file:text-brand aria-invalid:border-danger"
          />
          <FieldError name="logo" error={logoError} />
        </div>
        <button type="submit" className={buttonClass("primary")} disabled={saving}>
          {saving ? t("saving") : t("save")}
        </button>
      </form>
    </div>
  );
}
