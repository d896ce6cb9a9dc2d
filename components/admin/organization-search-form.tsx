import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** A GET form: searching only reads, and the query stays in the URL to share or reload. */
export function OrganizationSearchForm({ query }: { query: string }) {
  return (
    <form method="get" action="/admin/organizations" role="search" className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <TextField
          name="q"
          type="search"
          label="Search organizations"
          help="Part of an organization's name or of its consultant firm's."
          defaultValue={query}
          maxLength={200}
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Search
      </button>
    </form>
  );
}
