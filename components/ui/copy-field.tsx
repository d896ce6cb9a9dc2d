"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A read-only value (a link, a token) with a copy button; the result of copying is announced,
 * not just shown.
 */
export function CopyField({ value, label, noun, testId }: { value: string; label: string; noun: "link" | "token" | "secret"; testId: string }) {
  const t = useTranslations("Ui.copy");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <input
          aria-label={label}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-line bg-canvas px-2 py-1.5 font-mono text-xs"
          data-testid={testId}
        />
        <Button
          variant="secondary"
          className="min-h-9 px-3 py-1.5 text-sm"
          onClick={() => {
            if (!navigator.clipboard) {
              setCopy("failed");
              return;
            }
            navigator.clipboard.writeText(value).then(
              () => setCopy("copied"),
              () => setCopy("failed"),
            );
          }}
        >
          {copy === "copied" ? t("copied") : t(`button.${noun}`)}
        </Button>
      </div>
      <p aria-live="polite" className="mt-1 text-sm text-muted">
        {copy === "copied" ? t(`done.${noun}`) : copy === "failed" ? t(`failed.${noun}`) : ""}
      </p>
    </div>
  );
}
