import type { SaveStatus } from "./use-autosave";

const text: Record<SaveStatus, string> = {
  idle: "",
  pending: "Unsaved changes…",
  saving: "Saving…",
  saved: "All answers saved",
  offline: "Not saved yet: retrying",
  rejected: "Not saved: check the highlighted answer",
};

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const tone = status === "rejected" || status === "offline" ? "text-danger" : status === "saved" ? "text-ok" : "text-muted";
  return (
    <p aria-live="polite" className={`text-sm font-medium ${tone}`} data-testid="save-status">
      {text[status]}
    </p>
  );
}
