import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";

/** The 404 page of the signed-in areas: the same words whether a thing is missing or someone else's. */
export function MissingPage({ title, children, action }: { title: string; children: ReactNode; action: { href: string; label: string } }) {
  const t = useTranslations("Workspace");
  return (
    <div className="mx-auto max-w-2xl" data-testid="not-found">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("notFoundKicker")}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <div className="mt-4 space-y-3 text-lg text-muted">{children}</div>
      <div className="mt-8">
        <ButtonLink href={action.href}>{action.label}</ButtonLink>
      </div>
    </div>
  );
}
