import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/workspace/access-denied";

/** Answered with HTTP 403 when a signed-in person opens a page their account may not use. */
export default async function Forbidden() {
  const t = await getTranslations("Errors");
  return (
    <AccessDenied title={t("forbiddenHeading")} action={{ href: "/my", label: t("forbiddenAction") }}>
      <p>{t("forbiddenBody")}</p>
    </AccessDenied>
  );
}
