"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The new token, selectable, with a copy button whose outcome is announced. */
export function CopyToken({ token, label }: { token: string; label: string }) {
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <input
          aria-label={label}
          readOnly
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-line bg-canvas px-2 py-1.5 font-mono text-sm"
          data-testid="new-api-token"
        />
        <Button
          variant="secondary"
          className="min-h-9 px-3 py-1.5 text-sm"
          onClick={() => {
            if (!navigator.clipboard) {
              setCopy("failed");
              return;
            }
            navigator.clipboard.writeText(token).then(
              () => setCopy("copied"),
              () => setCopy("failed"),
            );
          }}
        >
          {copy === "copied" ? "Copied" : "Copy token"}
        </Button>
      </div>
      <p aria-live="polite" className="mt-1 text-sm text-muted">
        {copy === "copied" ? "The token is on your clipboard." : copy === "failed" ? "Copying did not work here: select the token and copy it by hand." : ""}
      </p>
    </div>
  );
}
