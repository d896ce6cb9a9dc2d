"use client";

/**
 * Saves the draft 400 ms after the last edit, one request at a time, and once more with
 * keepalive when the page is hidden or closed, so at most the last moment of typing is lost.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { issuesByField, saveDraftRequest, type DraftPayload } from "./api-client";

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "offline" | "rejected";

const DEBOUNCE_MS = 400;
const RETRY_MS = 3000;

export function useAutosave(token: string, payload: DraftPayload, initiallySaved: boolean) {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [everSaved, setEverSaved] = useState(initiallySaved);
  const latest = useRef(payload);
  const lastSaved = useRef(JSON.stringify(payload));
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The save loop calls itself (to send edits made while a request was in flight), so it lives in a ref.
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  useEffect(() => {
    saveRef.current = async () => {
      if (timer.current) clearTimeout(timer.current);
      const body = JSON.stringify(latest.current);
      if (body === lastSaved.current) return setStatus((current) => (current === "pending" ? "saved" : current));
      if (inFlight.current) return;
      inFlight.current = true;
      setStatus("saving");
      const outcome = await saveDraftRequest(token, latest.current);
      inFlight.current = false;
      if (outcome.ok) {
        lastSaved.current = body;
        setEverSaved(true);
        setServerErrors({});
        setMessage(null);
        setStatus("saved");
        if (JSON.stringify(latest.current) !== body) void saveRef.current();
      } else if (outcome.status === 0 || outcome.status >= 500) {
        setStatus("offline");
        setMessage(outcome.message);
        timer.current = setTimeout(() => void saveRef.current(), RETRY_MS);
      } else {
        setStatus("rejected");
        setMessage(outcome.message);
        setServerErrors(issuesByField(outcome.issues));
      }
    };
  }, [token]);
  const save = useCallback(() => saveRef.current(), []);

  useEffect(() => {
    latest.current = payload;
    if (JSON.stringify(payload) === lastSaved.current) return;
    setStatus("pending");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [payload, save]);

  useEffect(() => {
    const flush = () => {
      if (JSON.stringify(latest.current) === lastSaved.current) return;
      void saveDraftRequest(token, latest.current, true);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [token]);

  return { status, message, serverErrors, everSaved, saveNow: save };
}
