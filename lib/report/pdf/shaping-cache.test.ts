/**
 * The shaping cache changes nothing a reader sees: a report rendered with it is byte for byte the
 * report rendered without it, every call gets a run of its own, and the cache keeps to its size.
 */
import { afterAll, describe, expect, it } from "vitest";
import { archetypeReport } from "../../testing/report-fixtures";
import { rememberShaping } from "./fonts";
import { loadReactPdf } from "./react-pdf";
import { renderPdfInThisThread } from "./render-document";
import { installShapingCache, type ShapingHost } from "./shaping-cache";

interface Run {
  glyphs: { id: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  features: Record<string, boolean>;
  advanceWidth: number;
}

async function reportFont(): Promise<{ layout: (text: string) => Run }> {
  const reactPdf = await loadReactPdf();
  await rememberShaping(reactPdf);
  const font = reactPdf.Font.getFont({ fontFamily: "Inter-latin", fontWeight: 400, fontStyle: "normal" }).data;
  return font as unknown as { layout: (text: string) => Run };
}

describe("the shaping cache", () => {
  afterAll(async () => {
    // Leave the thread as production runs it: with the cache.
    await rememberShaping(await loadReactPdf());
  });

  it("renders the same bytes as fontkit alone, and serves the second report from memory", async () => {
    const report = archetypeReport("regional_bank");
    const other = archetypeReport("fintech_scaleup");
    (await rememberShaping(await loadReactPdf())).uninstall();
    const plain = await renderPdfInThisThread(report);
    const plainOther = await renderPdfInThisThread(other);

    const cache = await rememberShaping(await loadReactPdf());
    expect(cache.entries()).toBe(0);
    const first = await renderPdfInThisThread(report);
    const missesAfterFirst = cache.misses;
    expect(cache.hits).toBeGreaterThan(0);
    const second = await renderPdfInThisThread(report);
    // The same report again shapes nothing new.
    expect(cache.misses).toBe(missesAfterFirst);
    const otherCached = await renderPdfInThisThread(other);
    expect(cache.misses).toBeGreaterThan(missesAfterFirst);

    expect(Buffer.compare(first, plain)).toBe(0);
    expect(Buffer.compare(second, plain)).toBe(0);
    expect(Buffer.compare(otherCached, plainOther)).toBe(0);
  });

  it("gives every call a run of its own, equal to fontkit's", async () => {
    const font = await reportFont();
    const text = "Separate CIO and CTO roles: AVAST, Tôt, Wäre.";
    const first = font.layout(text);
    const widthBefore = first.advanceWidth;
    // What pdfkit does to a run it asked for: scale its positions in place.
    for (const position of first.positions) position.xAdvance *= 12;
    const second = font.layout(text);
    expect(second).not.toBe(first);
    expect(second.positions[0]).not.toBe(first.positions[0]);
    expect(second.advanceWidth).toBe(widthBefore);
    expect(second.glyphs.map((glyph) => glyph.id)).toEqual(first.glyphs.map((glyph) => glyph.id));

    const cache = await rememberShaping(await loadReactPdf());
    cache.uninstall();
    const uncached = font.layout(text);
    await rememberShaping(await loadReactPdf());
    expect(second.positions).toEqual(uncached.positions.map((position) => ({ ...position })));
    expect(second.advanceWidth).toBe(uncached.advanceWidth);
    // The features fontkit applied travel with the run (pdfkit and textkit read them).
    expect(second.features.kern).toBe(true);
  });

  it("keeps at most its budget of characters, dropping the least recently used first", () => {
    let shaped = 0;
    const host: ShapingHost = {
      layout(text) {
        shaped += 1;
        return { glyphs: [...String(text)], positions: [...String(text)].map(() => ({ xAdvance: 1 })), features: {} };
      },
    };
    const cache = installShapingCache(host, 10);
    host.layout.call(host, "abcd");
    host.layout.call(host, "efgh");
    host.layout.call(host, "abcd");
    expect(shaped).toBe(2);
    host.layout.call(host, "ijkl");
    // 12 characters: "efgh", the least recently used, goes.
    expect(cache.characters()).toBe(8);
    host.layout.call(host, "abcd");
    expect(shaped).toBe(3);
    host.layout.call(host, "efgh");
    expect(shaped).toBe(4);
    // A string longer than the whole budget is shaped and handed out, and kept alone.
    host.layout.call(host, "a string of twenty ch");
    expect(cache.entries()).toBe(1);
    expect(cache.hits).toBe(2);
    expect(installShapingCache(host, 10)).toBe(cache);
    cache.uninstall();
    expect(installShapingCache(host, 10)).not.toBe(cache);
  });
});
