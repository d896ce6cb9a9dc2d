/**
 * Schemas for an organization's report branding: the consulting firm's name and logo. The form,
 * its server actions and the service parse with the same schemas; what a logo file may hold is
 * decided from its bytes (logo-image.ts), which only the service reads.
 */
import { z } from "zod";
import { LOGO_LIMITS, kilobytes } from "./logo-image";
import { ZRecordId } from "./organizations";
import { singleLineText, unknownField } from "./text";


/**
 * A file input left empty arrives as a nameless, empty file, and an empty text field means the
 * same: no new logo. A chosen file that happens to be empty still reaches the schema, to be refused.
 */
function noFileChosen(value: unknown): unknown {
  if (value instanceof File && value.size === 0 && value.name === "") return undefined;
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

export const ZOrganizationBranding = z.strictObject(
  {
    organizationId: ZRecordId,
    // Empty clears the name, the same as a field left out: the report then names no firm.
    consultantFirmName: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.string({ error: "The firm name must be text." }).trim().max(200, "The firm name can be at most 200 characters.").check(singleLineText).optional(),
    ),
    logo: z.preprocess(
      noFileChosen,
      z
        .file({ error: "Choose the logo as a file (PNG or JPEG)." })
        .min(1, "The file is empty. Choose the logo file again.")
        .max(LOGO_LIMITS.maxBytes, `The logo can be at most ${kilobytes(LOGO_LIMITS.maxBytes)}. Export it smaller and try again.`)
        .optional(),
    ),
  },
  unknownField,
);

export const ZOrganizationLogoRemove = z.strictObject({ organizationId: ZRecordId }, unknownField);

export type TOrganizationBranding = z.infer<typeof ZOrganizationBranding>;
export type TOrganizationLogoRemove = z.infer<typeof ZOrganizationLogoRemove>;
