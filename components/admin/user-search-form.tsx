import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { USER_ROLE_FILTERS, USER_STATUS_FILTERS } from "@/lib/validation/account";

export interface UserSearchValues {
  q?: string;
  role?: string;
  status?: string;
}

/** A GET form: searching only reads, and the query stays in the URL to share or reload. Applying it starts at the first page. */
export function UserSearchForm({ values, errors }: { values: UserSearchValues; errors: Partial<Record<keyof UserSearchValues, string>> }) {
  return (
    <form key={JSON.stringify(values)} method="get" action="/admin/users" role="search" aria-label="Find users" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="q" type="search" label="Email or name" defaultValue={values.q ?? ""} maxLength={200} error={errors.q} />
        <SelectField name="role" label="Role" placeholder="Any role" options={USER_ROLE_FILTERS} defaultValue={values.role ?? ""} error={errors.role} />
        <SelectField name="status" label="Status" placeholder="Active or disabled" options={USER_STATUS_FILTERS} defaultValue={values.status ?? ""} error={errors.status} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          Find users
        </button>
        <Link href="/admin/users">Clear</Link>
      </div>
    </form>
  );
}
