"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Recovery codes in clear, shown once right after they are made: the server keeps only hashes. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("Account.security");
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const text = `${t("codesFileHeader")}\n\n${codes.join("\n")}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div className="space-y-4">
      <Notice tone="warning" title={t("saveCodesTitle")}>
        {t("saveCodes")}
      </Notice>
      <ol aria-label={t("recoveryCodes")} className="grid grid-cols-2 gap-2 rounded-md border border-line bg-canvas p-4 font-mono text-base sm:grid-cols-3">
        {codes.map((code) => (
          <li key={code} className="tracking-wider">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          {t("copyCodes")}
        </Button>
        <a
          className="inline-flex min-h-11 items-center font-semibold"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="rolefit-recovery-codes.txt"
        >
          {t("downloadCodes")}
        </a>
        <span role="status" aria-live="polite" className="text-sm text-muted">
          {copied === "copied" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </span>
      </div>
    </div>
  );
}
