"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { EmailMyLink } from "./email-my-link";
import { Button } from "@/components/ui/button";

export function ResumeLink({ url, emailToken }: { url: string; emailToken: string | null }) {
  const t = useTranslations("ResumeLink");
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-line bg-white px-4 py-3 text-sm" data-testid="resume-link">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1 text-muted">{t("warning")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          aria-label={t("linkLabel")}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-line bg-canvas px-2 py-1.5 font-mono text-xs"
        />
        <Button
          variant="secondary"
          className="min-h-9 px-3 py-1.5 text-sm"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      {emailToken ? <EmailMyLink token={emailToken} /> : null}
    </div>
  );
}
