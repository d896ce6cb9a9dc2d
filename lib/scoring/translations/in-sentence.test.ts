import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { TippingPoints } from "@/components/result/tipping-points";
import { QUESTIONNAIRE } from "../../questionnaire/definition";
import { renderStatic } from "../../testing/render-static";
import { ARCHETYPES } from "../archetypes";
import { score } from "../score";
import { structureNameInSentence, structureNamesInSentences } from "./in-sentence";

describe("a French structure name inside a sentence", () => {
  it("has its article in lower case inside a sentence and keeps its capital at a sentence's start", () => {
    expect(structureNamesInSentences("Le modèle recommande Un CTIO unique.", "fr")).toBe("Le modèle recommande un CTIO unique.");
    expect(structureNamesInSentences("Un CTIO unique l’emporte. Un CDO au-dessus du DSI et du CTO suit ; Un CTIO unique mène.", "fr")).toBe(
      "Un CTIO unique l’emporte. Un CDO au-dessus du DSI et du CTO suit ; un CTIO unique mène.",
    );
    expect(structureNameInSentence("Un DSI et un CTO distincts", "fr")).toBe("un DSI et un CTO distincts");
  });

  it("leaves English and German as written", () => {
    expect(structureNamesInSentences("Das Modell empfiehlt Kombinierter CTIO.", "de")).toBe("Das Modell empfiehlt Kombinierter CTIO.");
    expect(structureNameInSentence("Un CTIO unique", "en")).toBe("Un CTIO unique");
    expect(structureNameInSentence("Combined CTIO", "en")).toBe("Combined CTIO");
  });

  it("reads so on the result page's tipping points", () => {
    const withPoints = ARCHETYPES.map((archetype) => score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers })).find((output) => output.tippingPoints.length > 0);
    expect(withPoints, "an archetype with a tipping point").toBeDefined();
    const markup = renderStatic(createElement(TippingPoints, { points: withPoints!.tippingPoints }), "fr");
    expect(markup).toMatch(/la recommandation deviendrait <span class="text-brand">un (DSI|CTIO|CDO)/);
  });
});
