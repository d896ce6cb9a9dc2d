import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** A GET form: searching only reads, and the query stays in the URL to share or reload. */
export function UserSearchForm({ query }: { query: string }) {
  return (
    <form method="get" action="/admin/users" role="search" className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <TextField name="q" type="search" label="Search users" help="Part of an email address or a name." defaultValue={query} maxLength={200} />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Search
      </button>
    </form>
  );
}
