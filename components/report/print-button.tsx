"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; the page's print styles give a clean document. */
export function PrintButton() {
  const t = useTranslations("ShareLinks");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex items-center rounded-md bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark"
    >
      {t("print")}
    </button>
  );
}
