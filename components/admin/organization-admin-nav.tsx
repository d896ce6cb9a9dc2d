import Link from "next/link";
import { useTranslations } from "next-intl";

const SECTIONS = [
  { id: "users", href: "/admin/users" },
  { id: "organizations", href: "/admin/organizations" },
] as const;

/** The administration area's two sections; the current one is marked for screen readers too. */
export function AdminSubNav({ current }: { current: (typeof SECTIONS)[number]["id"] }) {
  const t = useTranslations("Admin");
  return (
    <nav aria-label={t("administration")} className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-line pb-3 text-sm font-medium">
      <span className="font-semibold uppercase tracking-wide text-accent">{t("administration")}</span>
      {SECTIONS.map((section) =>
        section.id === current ? (
          <Link key={section.id} href={section.href} aria-current="page" className="font-semibold text-ink no-underline">
            {t(section.id)}
          </Link>
        ) : (
          <Link key={section.id} href={section.href} className="no-underline hover:underline">
            {t(section.id)}
          </Link>
        ),
      )}
    </nav>
  );
}
