import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";

/**
 * The 403 page: the person is signed in and may know the page exists, but may not use it.
 * It says why and where to go instead, and nothing about the data behind it.
 */
export function AccessDenied({ title, children, action }: { title: string; children: ReactNode; action?: { href: string; label: string } }) {
  const t = useTranslations("Workspace");
  return (
    <div className="mx-auto max-w-2xl" data-testid="access-denied">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("accessDeniedKicker")}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <div className="mt-4 space-y-3 text-lg text-muted">{children}</div>
      {action ? (
        <div className="mt-8">
          <ButtonLink href={action.href}>{action.label}</ButtonLink>
        </div>
      ) : null}
    </div>
  );
}
