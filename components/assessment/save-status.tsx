"use client";

import { useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave";

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const t = useTranslations("Questionnaire.saveStatus");
  const tone = status === "rejected" || status === "offline" ? "text-danger" : status === "saved" ? "text-ok" : "text-muted";
  return (
    <p aria-live="polite" className={`text-sm font-medium ${tone}`} data-testid="save-status">
      {status === "idle" ? "" : t(status)}
    </p>
  );
}
