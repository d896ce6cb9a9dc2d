/**
 * The consulting firm's logo as the report carries it: a data: URL (so the model stays plain,
 * serialisable data and the page needs no second request) with the size it is drawn at.
 */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { inspectLogo, type LogoMediaType } from "../validation/logo-image";
import type { ReportLogo } from "./model";

/** The largest box the logo is drawn in on the cover, in points (PDF) or CSS pixels (print page). */
export const LOGO_BOX = { width: 140, height: 48 } as const;

function base64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: spreading a whole 256 KB file into one call would pass too many arguments.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function logoDataUrl(mediaType: LogoMediaType, bytes: Uint8Array): string {
  return `data:${mediaType};base64,${base64(bytes)}`;
}

/** The largest size within the box that keeps the image's proportions; never enlarged beyond its pixels. */
export function fitLogo(width: number, height: number, box: { width: number; height: number } = LOGO_BOX): { width: number; height: number } {
  const scale = Math.min(box.width / width, box.height / height, 1);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { width: round(width * scale), height: round(height * scale) };
}

/**
 * The stored logo, read again from its bytes rather than trusted: bytes that no longer pass
 * (written by hand, or refused by a stricter rule since) leave the cover without a logo.
 */
export function reportLogo(bytes: Uint8Array | null, firmName: string | null, locale: Locale): ReportLogo | null {
  if (!bytes) return null;
  const inspected = inspectLogo(bytes);
  if (!inspected.ok) return null;
  const { mediaType, width, height } = inspected.image;
  const t = translator(locale, "Branding");
  return { src: logoDataUrl(mediaType, bytes), alt: firmName ? t("logoAlt", { firm: firmName }) : t("logoAltNoFirm"), ...fitLogo(width, height) };
}
