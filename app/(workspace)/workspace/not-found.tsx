import { getTranslations } from "next-intl/server";
import { MissingPage } from "@/components/workspace/missing-page";

export default async function WorkspaceNotFound() {
  const t = await getTranslations("Workspace.notFound");
  return (
    <MissingPage title={t("title")} action={{ href: "/workspace", label: t("back") }}>
      <p>{t("body")}</p>
    </MissingPage>
  );
}
