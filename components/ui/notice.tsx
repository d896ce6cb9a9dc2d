import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";

const tones: Record<Tone, string> = {
  info: "border-brand/30 bg-brand-soft text-ink",
  success: "border-ok/30 bg-ok-soft text-ink",
  warning: "border-warn/30 bg-warn-soft text-ink",
  error: "border-danger/40 bg-danger-soft text-ink",
};

export function Notice({ tone = "info", title, children, role }: { tone?: Tone; title?: string; children?: ReactNode; role?: "alert" | "status" }) {
  return (
    <div role={role} className={`rounded-md border px-4 py-3 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
