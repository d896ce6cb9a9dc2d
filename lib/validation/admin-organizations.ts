/**
 * Schemas for the administrator's organization pages. Creating an organization uses the
 * workspace's ZOrganizationCreate unchanged, so both forms accept and refuse the same things.
 */
import { z } from "zod";
import { ZRecordId } from "./organizations";
import { singleLineText, unknownField } from "./text";

export { ZOrganizationCreate as ZAdminOrganizationCreate } from "./organizations";


export const MEMBER_ROLES = [
  { id: "consultant", label: "Consultant" },
  { id: "executive", label: "Executive" },
] as const;

/** The two membership roles; administrator rights are not a membership and cannot be given here. */
export const ZMemberRole = z.enum(["consultant", "executive"], { error: "Choose consultant or executive." });

/** Stored addresses are lower-case, so lower-casing here makes the lookup ignore case. */
const ZMemberEmail = z
  .string({ error: "Enter the person's email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter the person's email address.")
  .max(320, "An email address can be at most 320 characters.")
  .pipe(z.email("Enter an email address like name@company.com."));

export const ZOrganizationSearch = z.strictObject(
  { q: z.string({ error: "The search must be text." }).trim().max(200, "Search for at most 200 characters.").check(singleLineText).optional() },
  unknownField,
);

export const ZMemberAdd = z.strictObject(
  {
    organizationId: ZRecordId,
    email: ZMemberEmail,
    role: ZMemberRole,
  },
  unknownField,
);

export const ZMemberRoleChange = z.strictObject({ organizationId: ZRecordId, userId: ZRecordId, role: ZMemberRole }, unknownField);

export const ZMemberRemove = z.strictObject({ organizationId: ZRecordId, userId: ZRecordId }, unknownField);

export type TMemberAdd = z.infer<typeof ZMemberAdd>;
export type TMemberRoleChange = z.infer<typeof ZMemberRoleChange>;
export type TMemberRemove = z.infer<typeof ZMemberRemove>;
