import { useTranslations } from "next-intl";
import { MissingPage } from "@/components/workspace/missing-page";

export default function InvitationNotFound() {
  const t = useTranslations("Invite");
  return (
    <MissingPage title={t("notFoundTitle")} action={{ href: "/", label: t("home") }}>
      <p>{t("notFoundBody")}</p>
    </MissingPage>
  );
}
