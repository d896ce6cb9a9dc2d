"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Recovery codes in clear, shown once right after they are made: the server keeps only hashes. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const text = `Rolefit recovery codes. Each works once.\n\n${codes.join("\n")}\n`;

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
      <Notice tone="warning" title="Save your recovery codes now">
        They will not be shown again. If you lose your phone, each code lets you sign in once instead of an authenticator
        code. Keep them somewhere safe, such as a password manager.
      </Notice>
      <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-md border border-line bg-canvas p-4 font-mono text-base sm:grid-cols-3">
        {codes.map((code) => (
          <li key={code} className="tracking-wider">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          Copy codes
        </Button>
        <a
          className="inline-flex min-h-11 items-center font-semibold"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="rolefit-recovery-codes.txt"
        >
          Download as a text file
        </a>
        <span role="status" aria-live="polite" className="text-sm text-muted">
          {copied === "copied" ? "Copied to the clipboard." : copied === "failed" ? "Copying did not work here; select the codes and copy them." : ""}
        </span>
      </div>
    </div>
  );
}
