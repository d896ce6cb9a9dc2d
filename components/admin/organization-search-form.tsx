import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** A GET form: searching only reads, and the query stays in the URL to share or reload. */
export function OrganizationSearchForm({ query }: { query: string }) {
  const t = useTranslations("Admin.organizationsPage");
  return (
    <form method="get" action="/admin/organizations" role="search" className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <TextField
          name="q"
          type="search"
          label={t("search")}
          help={t("searchHelp")}
          defaultValue={query}
          maxLength={200}
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("searchButton")}
      </button>
    </form>
  );
}
