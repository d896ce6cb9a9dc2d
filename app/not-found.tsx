import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MissingPage } from "@/components/workspace/missing-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Errors");
  return { title: t("notFoundTitle"), robots: { index: false, follow: false } };
}

/** Answered with HTTP 404 for any address that names nothing: what happened and where to go instead. */
export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <MissingPage title={t("notFoundHeading")} action={{ href: "/", label: t("notFoundAction") }}>
      <p>{t("notFoundBody")}</p>
    </MissingPage>
  );
}
