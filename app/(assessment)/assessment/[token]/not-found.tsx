import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { startAssessmentAction } from "@/app/(marketing)/actions";

export default function AssessmentNotFound() {
  const t = useTranslations("ResultPage.pages");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("linkNotFoundTitle")}</h1>
      <p className="mt-4 text-lg text-muted">{t("linkNotFoundBody")}</p>
      <form action={startAssessmentAction} className="mt-8">
        <button type="submit" className={buttonClass("primary")}>
          {t("startNew")}
        </button>
      </form>
    </div>
  );
}
