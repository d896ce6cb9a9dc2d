/**
 * The server actions a share panel's forms post to, with the fields that say whose result it is:
 * a result id for someone signed in, or the assessment's private link for its respondent.
 */
import type { IssuedShareLink } from "@/app/(report)/share-actions";
import type { FormState } from "@/lib/http/form-state";

export interface ShareActions {
  create: (previous: FormState<IssuedShareLink>, formData: FormData) => Promise<FormState<IssuedShareLink>>;
  revoke: (previous: FormState<{ id: string }>, formData: FormData) => Promise<FormState<{ id: string }>>;
  /** What the create form and each revoke form send beside their own fields. */
  createFields: Record<string, string>;
  revokeFields: Record<string, string>;
}

export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
