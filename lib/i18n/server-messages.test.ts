import { parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { REQUEST_LIMITS } from "../request-limit-rules";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";
import { localizeIssues, localizeServerMessage, matchServerMessage } from "./server-messages";
import { translator } from "./translate";

const ENGLISH = MESSAGES.en.ServerMessages;

describe("localizeServerMessage", () => {
  it("translates a message the catalog has word for word", () => {
    expect(localizeServerMessage("Please check the highlighted fields.", "de")).toBe("Bitte prüfen Sie die markierten Felder.");
    expect(localizeServerMessage("Please check the highlighted fields.", "fr")).toBe("Veuillez vérifier les champs signalés.");
  });

  it("keeps the values of a message built with them", () => {
    expect(localizeServerMessage("A token can last from 1 to 365 days.", "de")).toBe("Ein Token kann 1 bis 365 Tage gültig sein.");
    expect(localizeServerMessage("ada@example.com is already in this engagement.", "fr")).toBe("ada@example.com fait déjà partie de cette campagne.");
  });

  it("translates a value that is itself in the catalog, such as a field's label", () => {
    expect(localizeServerMessage("The expiry must be between 1 and 30.", "de")).toBe("Die Gültigkeitsdauer muss zwischen 1 und 30 liegen.");
    expect(localizeServerMessage("details.respondentName: Your name can be at most 120 characters.", "fr")).toBe(
      "details.respondentName\u00a0: Votre nom peut compter au plus 120 caractères.",
    );
  });

  it("prefers the entry that fixes the most text over a general one", () => {
    expect(matchServerMessage("Line 3: Enter the person's name.")?.key).toBe("line");
    expect(localizeServerMessage("Line 3: Enter the person's name.", "de")).toBe("Zeile 3: Geben Sie den Namen der Person ein.");
  });

  it("gives back text it does not know unchanged, and English unchanged", () => {
    expect(localizeServerMessage("Something nobody wrote.", "de")).toBe("Something nobody wrote.");
    expect(localizeServerMessage("", "fr")).toBe("");
    expect(localizeServerMessage("Please check the highlighted fields.", "en")).toBe("Please check the highlighted fields.");
  });

  it("translates zod's own messages for a field without one of its own, keeping zod's type names", () => {
    const parsed = z.object({ count: z.number() }).safeParse({ count: "3" });
    expect(parsed.success).toBe(false);
    expect(localizeServerMessage(parsed.error?.issues[0]?.message ?? "", "de")).toBe("Ungültige Eingabe: erwartet wurde number, erhalten string");
  });

  it.each([
    [z.string().max(3), "abcd", "Zu lang: höchstens 3 Zeichen", "Trop long\u00a0: 3\u00a0caractères au plus"],
    [z.string().min(2), "a", "Zu kurz: mindestens 2 Zeichen", "Trop court\u00a0: 2\u00a0caractères au moins"],
    [z.array(z.string()).max(1), ["a", "b"], "Zu viele Einträge: höchstens 1", "Trop d'éléments\u00a0: 1 au plus"],
    [z.number().max(5), 6, "Zu groß: höchstens 5", "Trop grand\u00a0: 5 au plus"],
    [z.number().gt(0), 0, "Zu klein: größer als 0", "Trop petit\u00a0: plus de 0"],
    [z.number().multipleOf(0.5), 0.3, "Ungültige Zahl: muss ein Vielfaches von 0,5 sein", "Nombre non valide\u00a0: doit être un multiple de 0,5"],
  ] as const)("translates zod's own size messages (%#)", (schema, input, german, french) => {
    const message = (schema as z.ZodType).safeParse(input).error?.issues[0]?.message ?? "";
    expect(localizeServerMessage(message, "de")).toBe(german);
    expect(localizeServerMessage(message, "fr")).toBe(french);
    expect(localizeServerMessage(message, "en")).toBe(message);
  });

  it("writes a number the English message holds as the language does, and leaves plain whole numbers and ids alone", () => {
    expect(localizeServerMessage("Enter at most 1,000,000 employees.", "de")).toBe("Geben Sie höchstens 1.000.000 Mitarbeitende an.");
    expect(localizeServerMessage("Enter at most 1,000,000 employees.", "fr")).toBe("Indiquez au plus 1\u202f000\u202f000 salariés.");
    expect(localizeServerMessage("Enter at least 1 employee.", "de")).toBe("Geben Sie mindestens 1 Mitarbeitende an.");
    expect(localizeServerMessage("Enter at least 1 country.", "fr")).toBe("Indiquez au moins 1 pays.");
  });

  it("translates a quoted word through the lookup the server gives it, such as a questionnaire option's label", () => {
    const message = '"None of these" cannot be combined with other options.';
    const quoted = (english: string, locale: string) => (english === "None of these" && locale === "de" ? "Keine davon" : undefined);
    expect(localizeServerMessage(message, "de", quoted)).toBe("„Keine davon“ kann nicht mit anderen Optionen kombiniert werden.");
    expect(localizeServerMessage(message, "de")).toBe("„None of these“ kann nicht mit anderen Optionen kombiniert werden.");
    expect(localizeServerMessage(message, "en", quoted)).toBe(message);
  });

  it("translates issues' messages and keeps their paths", () => {
    expect(localizeIssues([{ path: "name", message: "Name the engagement." }], "de")).toEqual([{ path: "name", message: "Geben Sie der Befragungsrunde einen Namen." }]);
  });

  it("says every request limit and wait fully in German and French", () => {
    for (const rule of Object.values(REQUEST_LIMITS)) {
      for (const wait of ["1 second", "30 seconds", "1 minute", "12 minutes"]) {
        const english = `Too many ${rule.what} from your network just now. Try again in ${wait}.`;
        const german = localizeServerMessage(english, "de");
        const french = localizeServerMessage(english, "fr");
        expect(german).toMatch(/^Zu viele .+\. Versuchen Sie es in \d+ (Sekunden?|Minuten?) erneut\.$/);
        expect(french).toMatch(/^Trop de .+\. Réessayez dans \d+ (secondes?|minutes?)\.$/);
        expect(german).not.toContain(rule.what);
        expect(french).not.toContain(rule.what);
      }
    }
  });
});

describe("the ServerMessages catalog", () => {
  const samples = (text: string) => Object.fromEntries([...text.matchAll(/\{(\w+)\}/g)].map((match, index) => [match[1], `v${index}`]));

  it.each(Object.keys(ENGLISH))("%s holds only text and {name} arguments, so it can be matched as written", (key) => {
    for (const locale of LOCALES) {
      const message = (MESSAGES[locale].ServerMessages as Record<string, string>)[key] ?? "";
      for (const element of parse(message)) expect([TYPE.literal, TYPE.argument]).toContain(element.type);
    }
  });

  it("finds each entry again from its English as ICU formats it, and translates it as ICU would", () => {
    for (const [key, english] of Object.entries(ENGLISH)) {
      const values = samples(english);
      const formatted = translator("en", "ServerMessages")(key as keyof typeof ENGLISH, values);
      expect(matchServerMessage(formatted)?.key, key).toBe(key);
      for (const locale of LOCALES) {
        expect(localizeServerMessage(formatted, locale), `${locale} ${key}`).toBe(translator(locale, "ServerMessages")(key as keyof typeof ENGLISH, values));
      }
    }
  });
});
