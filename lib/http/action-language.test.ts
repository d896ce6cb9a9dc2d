/** A form's error state in the reader's language: its summary and each field's message, with the field names unchanged. */
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ANONYMOUS } from "../auth/actor";
import { DomainError } from "../errors";
import { errorState, formAction } from "./action";

vi.mock("../auth/session", () => ({ getActor: async () => ANONYMOUS }));
// The request would say German: the person's setting, the switcher or Accept-Language (lib/http/locale.ts).
vi.mock("./locale", () => ({ errorLocale: async () => "de" }));

const ZName = z.strictObject({ name: z.string().trim().min(1, "Name the engagement.").max(120, "The name can be at most 120 characters.") });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("formAction in the reader's language", () => {
  it("says which fields to check, and what is wrong with each, in German", async () => {
    const action = formAction(ZName, async () => "saved");
    expect(await action({ status: "idle" }, form({ name: " " }))).toEqual({
      status: "error",
      message: "Bitte prüfen Sie die markierten Felder.",
      fieldErrors: { name: "Geben Sie der Befragungsrunde einen Namen." },
    });
  });

  it("says a service's refusal in German, with the values it names", async () => {
    const action = formAction(ZName, async () => {
      throw new DomainError("conflict", "already_in_engagement", "ada@example.com is already in this engagement.", [{ path: "name", message: "ada@example.com is already in this engagement." }]);
    });
    expect(await action({ status: "idle" }, form({ name: "Ada" }))).toEqual({
      status: "error",
      message: "ada@example.com ist bereits in dieser Befragungsrunde.",
      fieldErrors: { name: "ada@example.com ist bereits in dieser Befragungsrunde." },
    });
  });

  it("keeps English for English readers, word for word", () => {
    const error = new DomainError("invalid", "invalid_request", "Please check the highlighted fields.", [{ path: "name", message: "Name the engagement." }]);
    expect(errorState(error)).toEqual({ status: "error", message: "Please check the highlighted fields.", fieldErrors: { name: "Name the engagement." } });
    expect(errorState(error, "fr")).toEqual({ status: "error", message: "Veuillez vérifier les champs signalés.", fieldErrors: { name: "Donnez un nom à la campagne." } });
  });
});
