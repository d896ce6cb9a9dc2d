import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { EngagementForm } from "@/components/engagements/engagement-form";
import { renderStatic } from "../testing/render-static";
import { invitationDefaults, invitationDefaultsIn } from "./invitation-defaults";
import { textsForLanguage } from "./invitation-texts";

const defaults = invitationDefaults("Acme");

describe("a new engagement's suggested name and invitation message", () => {
  it("are written in the language asked for, naming the organization", () => {
    expect(invitationDefaultsIn("de", "Acme")).toEqual({
      name: "Überprüfung der Technologieführung",
      message: expect.stringMatching(/^Wir überprüfen, wie Acme seine Technologieführung organisiert\./),
    });
    expect(defaults.fr.message).toMatch(/^Nous examinons la façon dont Acme organise/);
    expect(defaults.en.message).toMatch(/^We are reviewing how Acme organizes/);
  });

  it("follow the engagement's language, not the page's: an English page setting up a German engagement suggests German", () => {
    const form = (language: string) =>
      renderStatic(createElement(EngagementForm, { organizationId: "org1", organizationLanguage: language, defaults, defaultDueDate: "2026-12-20", emailEnabled: true }), "en");
    const german = form("de");
    expect(german).toContain("Wir überprüfen, wie Acme seine Technologieführung organisiert.");
    expect(german).not.toContain("We are reviewing");
    expect(german).toContain('value="Überprüfung der Technologieführung"');
    // The form's own words stay in the page's language.
    expect(german).toContain("Language of the invitations and questionnaires");
    expect(form("fr")).toContain("Nous examinons la façon dont Acme");
  });

  it("are written again when the engagement's language changes, unless the consultant edited them", () => {
    expect(textsForLanguage(defaults.en, "en", "de", defaults)).toEqual(defaults.de);
    const edited = { name: "Review 2027", message: defaults.en.message };
    expect(textsForLanguage(edited, "en", "fr", defaults)).toEqual({ name: "Review 2027", message: defaults.fr.message });
    const typed = { name: defaults.de.name, message: "Bitte bis Freitag antworten." };
    expect(textsForLanguage(typed, "de", "en", defaults)).toEqual({ name: defaults.en.name, message: "Bitte bis Freitag antworten." });
  });
});
