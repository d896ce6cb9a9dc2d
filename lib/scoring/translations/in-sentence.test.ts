import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { StructureChartFigure } from "@/components/result/structure-chart";
import { TippingPoints } from "@/components/result/tipping-points";
import { ClearOverrideButton } from "@/components/workspace/review/override-form";
import { archetypeReport } from "../../testing/report-fixtures";
import { structuresIn } from "./localize";
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

  it("reads so in the structure chart's caption and the button that removes a consultant's change", () => {
    const chart = archetypeReport("regional_bank", { locale: "fr" }).structureChart;
    expect(renderStatic(createElement(StructureChartFigure, { chart }), "fr")).toMatch(/la structure recommandée, un DSI et un CTO distincts,/);
    const names = Object.fromEntries(Object.entries(structuresIn("fr")).map(([id, structure]) => [id, structure.name])) as Record<keyof ReturnType<typeof structuresIn>, string>;
    const button = renderStatic(createElement(ClearOverrideButton, { resultId: "r1", modelRecommendation: "ctio", names }), "fr");
    expect(button).toContain("suivre le modèle (un CTIO unique)");
  });
});
