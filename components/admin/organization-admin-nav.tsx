import Link from "next/link";

const SECTIONS = [
  { id: "users", href: "/admin/users", label: "Users" },
  { id: "organizations", href: "/admin/organizations", label: "Organizations" },
] as const;

/** The administration area's two sections; the current one is marked for screen readers too. */
export function AdminSubNav({ current }: { current: (typeof SECTIONS)[number]["id"] }) {
  return (
    <nav aria-label="Administration" className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-line pb-3 text-sm font-medium">
      <span className="font-semibold uppercase tracking-wide text-accent">Administration</span>
      {SECTIONS.map((section) =>
        section.id === current ? (
          <Link key={section.id} href={section.href} aria-current="page" className="font-semibold text-ink no-underline">
            {section.label}
          </Link>
        ) : (
          <Link key={section.id} href={section.href} className="no-underline hover:underline">
            {section.label}
          </Link>
        ),
      )}
    </nav>
  );
}
