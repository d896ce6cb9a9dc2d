/** How a server action reads its argument: only FormData, with files, repeated and prototype-named fields kept as sent. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../log/logger";
import { DomainError } from "../errors";
import { errorState, formDataToObject } from "./action";

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formDataToObject", () => {
  it("reads fields, keeps repeated ones as lists and drops Next's own", () => {
    expect(formDataToObject(form([["name", "Acme"], ["tag", "a"], ["tag", "b"], ["$ACTION_ID_abc", ""]]))).toEqual({ name: "Acme", tag: ["a", "b"] });
  });

  it("refuses anything that is not FormData with a 400, whatever fields it holds", () => {
    const valid = { name: "Acme" };
    for (const argument of [null, undefined, "name=Acme", 42, valid, new Map(Object.entries(valid)), new URLSearchParams(valid), [["name", "Acme"]]]) {
      let caught: unknown;
      try {
        formDataToObject(argument);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect(caught).toMatchObject({ kind: "invalid", code: "invalid_form", message: "The form could not be read. Reload the page and try again." });
    }
  });

  it("keeps a file a file, so a text field's schema refuses it rather than reading its name", () => {
    const read = formDataToObject(form([["name", new File(["x"], "Acme")]]));
    expect(read.name).toBeInstanceOf(File);
  });

  it("keeps __proto__ and constructor as fields of their own, leaving the prototype alone", () => {
    const read = formDataToObject(form([["__proto__", "a"], ["__proto__", "b"], ["constructor", "c"], ["name", "Acme"]]));
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.keys(read)).toEqual(["__proto__", "constructor", "name"]);
    expect(Object.getOwnPropertyDescriptor(read, "__proto__")?.value).toEqual(["a", "b"]);
    expect(read.constructor).toBe("c");
  });
});

describe("errorState", () => {
  afterEach(() => vi.restoreAllMocks());

  it("tells the person the database is not answering and nothing was saved, and logs a warn line rather than an error", () => {
    const warned = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const errored = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const state = errorState(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" }));
    expect(state).toEqual({
      status: "error",
      message: "The database is not answering right now, so nothing was saved by this request. Try again in a moment.",
      fieldErrors: {},
    });
    expect(warned).toHaveBeenCalledWith({ reason: "SQLSTATE 57P01" }, "database unavailable");
    expect(errored).not.toHaveBeenCalled();
  });

  it("still answers any other unexpected error generically, logged as an error", () => {
    const errored = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const state = errorState(new TypeError("x is undefined"));
    expect(state).toMatchObject({ status: "error", message: "Something went wrong on our side. Nothing was changed; try again." });
    expect(errored).toHaveBeenCalledOnce();
  });
});
