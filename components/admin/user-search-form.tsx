import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { USER_ROLE_FILTERS, USER_STATUS_FILTERS } from "@/lib/validation/account";

export interface UserSearchValues {
  q?: string;
  role?: string;
  status?: string;
}

/** A GET form: searching only reads, and the query stays in the URL to share or reload. Applying it starts at the first page. */
const ROLE_FILTER_WORDS = { administrator: "filterAdministrators", consultant: "filterConsultants", executive: "filterExecutives", none: "filterNone" } as const;
const STATUS_FILTER_WORDS = { active: "active", disabled: "disabledFilter" } as const;

export function UserSearchForm({ values, errors }: { values: UserSearchValues; errors: Partial<Record<keyof UserSearchValues, string>> }) {
  const t = useTranslations("Admin.usersPage");
  const roles = USER_ROLE_FILTERS.map((filter) => ({ id: filter.id, label: t(ROLE_FILTER_WORDS[filter.id]) }));
  const statuses = USER_STATUS_FILTERS.map((filter) => ({ id: filter.id, label: t(STATUS_FILTER_WORDS[filter.id]) }));
  return (
    <form key={JSON.stringify(values)} method="get" action="/admin/users" role="search" aria-label={t("find")} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="q" type="search" label={t("query")} defaultValue={values.q ?? ""} maxLength={200} error={errors.q} />
        <SelectField name="role" label={t("role")} placeholder={t("anyRole")} options={roles} defaultValue={values.role ?? ""} error={errors.role} />
        <SelectField name="status" label={t("status")} placeholder={t("anyStatus")} options={statuses} defaultValue={values.status ?? ""} error={errors.status} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("find")}
        </button>
        <Link href="/admin/users">{t("clear")}</Link>
      </div>
    </form>
  );
}
