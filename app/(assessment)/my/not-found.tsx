import { useTranslations } from "next-intl";
import { MissingPage } from "@/components/workspace/missing-page";

export default function MyNotFound() {
  const t = useTranslations("MyAssessments.notFound");
  return (
    <MissingPage title={t("title")} action={{ href: "/my", label: t("back") }}>
      <p>{t("body")}</p>
    </MissingPage>
  );
}
