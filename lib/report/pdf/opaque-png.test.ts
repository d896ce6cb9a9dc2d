import { deflateSync, inflateSync } from "node:zlib";
import PNG from "png-js";
import { describe, expect, it } from "vitest";
import { concat, pngBytes, pngFromChunks } from "../../testing/logo-images";
import { checkLogoForReport } from "./logo-check";
import { opaquePng } from "./opaque-png";

/** The output's pixels as [r, g, b] triples, read without any of the code under test. */
function readRgb(png: Uint8Array): { width: number; height: number; pixels: number[][] } {
  const view = Buffer.from(png);
  expect(view.subarray(12, 16).toString("latin1")).toBe("IHDR");
  const width = view.readUInt32BE(16);
  const height = view.readUInt32BE(20);
  expect([view[24], view[25], view[28]]).toEqual([8, 2, 0]); // 8-bit RGB, not interlaced
  const idatLength = view.readUInt32BE(33);
  expect(view.subarray(37, 41).toString("latin1")).toBe("IDAT");
  const raw = inflateSync(view.subarray(41, 41 + idatLength));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y += 1) {
    const start = y * (width * 3 + 1);
    expect(raw[start], "rows are written unfiltered").toBe(0);
    for (let x = 0; x < width; x += 1) pixels.push([...raw.subarray(start + 1 + x * 3, start + 4 + x * 3)]);
  }
  return { width, height, pixels };
}

/** What png-js (the PDF library's own decoder) sees, put over white. */
function expectedOverWhite(png: Uint8Array): Promise<number[][]> {
  return new Promise((resolve) => {
    new PNG(Buffer.from(png)).decode((rgba: Buffer) => {
      const pixels: number[][] = [];
      for (let at = 0; at < rgba.length; at += 4) {
        const alpha = (rgba[at + 3] ?? 0) / 255;
        pixels.push([0, 1, 2].map((channel) => Math.round((rgba[at + channel] ?? 0) * alpha + 255 * (1 - alpha))));
      }
      resolve(pixels);
    });
  });
}

function closeTo(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((pixel, index) => pixel.forEach((value, channel) => expect(Math.abs(value - (expected[index]?.[channel] ?? -99)), `pixel ${index}`).toBeLessThanOrEqual(1)));
}

/** A PNG from explicit unfiltered rows of samples (each row's filter byte is added). */
function pngOfRows(options: { width: number; colorType: number; bitDepth: number; palette?: number[]; transparency?: number[] }, rows: number[][]): Uint8Array {
  const u32 = (value: number) => Uint8Array.of(value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
  const header = concat(u32(options.width), u32(rows.length), Uint8Array.of(options.bitDepth, options.colorType, 0, 0, 0));
  const raw = Uint8Array.from(rows.flatMap((row) => [0, ...row]));
  return pngFromChunks([
    { type: "IHDR", data: header },
    ...(options.palette ? [{ type: "PLTE", data: Uint8Array.from(options.palette) }] : []),
    ...(options.transparency ? [{ type: "tRNS", data: Uint8Array.from(options.transparency) }] : []),
    { type: "IDAT", data: deflateSync(raw) },
    { type: "IEND", data: new Uint8Array() },
  ]);
}

describe("flattening a PNG logo onto white", () => {
  it("leaves alone what the PDF library already embeds as it is: opaque, 8 bits or fewer", () => {
    expect(opaquePng(pngBytes({ colorType: 2 }))).toBeNull();
    expect(opaquePng(pngBytes({ colorType: 0 }))).toBeNull();
    expect(opaquePng(pngBytes({ colorType: 0, bitDepth: 1 }))).toBeNull();
    expect(opaquePng(pngBytes({ colorType: 3, bitDepth: 8 }))).toBeNull();
  });

  it.each([
    [6, 0],
    [6, 1],
    [6, 2],
    [6, 3],
    [6, 4],
    [4, 0],
    [4, 4],
  ])("matches the PDF library's decoder for colour type %i with row filter %i", async (colorType, filter) => {
    const png = pngBytes({ width: 7, height: 5, colorType: colorType as 4 | 6, filter });
    const flat = opaquePng(png);
    expect(flat).not.toBeNull();
    const { width, height, pixels } = readRgb(flat!);
    expect([width, height]).toEqual([7, 5]);
    closeTo(pixels, await expectedOverWhite(png));
  });

  it("puts 16-bit alpha, grey and colour over white", () => {
    const rgba16 = pngOfRows({ width: 3, colorType: 6, bitDepth: 16 }, [[0xff, 0xff, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x00]]);
    expect(readRgb(opaquePng(rgba16)!).pixels).toEqual([[255, 0, 0], [255, 255, 255], [127, 127, 127]]);
    const greyAlpha16 = pngOfRows({ width: 2, colorType: 4, bitDepth: 16 }, [[0x40, 0x00, 0xff, 0xff, 0x40, 0x00, 0x00, 0x00]]);
    expect(readRgb(opaquePng(greyAlpha16)!).pixels).toEqual([[64, 64, 64], [255, 255, 255]]);
    const rgb16 = pngOfRows({ width: 1, colorType: 2, bitDepth: 16 }, [[0xff, 0xff, 0x80, 0x80, 0x00, 0x00]]);
    expect(readRgb(opaquePng(rgb16)!).pixels).toEqual([[255, 128, 0]]);
  });

  it("turns a palette's transparent entries and a transparent colour key to white", () => {
    const palette = pngOfRows({ width: 3, colorType: 3, bitDepth: 8, palette: [29, 78, 137, 0, 0, 0, 200, 10, 10], transparency: [255, 0] }, [[0, 1, 2]]);
    expect(readRgb(opaquePng(palette)!).pixels).toEqual([[29, 78, 137], [255, 255, 255], [200, 10, 10]]);
    const greyKey = pngOfRows({ width: 2, colorType: 0, bitDepth: 8, transparency: [0, 7] }, [[7, 8]]);
    expect(readRgb(opaquePng(greyKey)!).pixels).toEqual([[255, 255, 255], [8, 8, 8]]);
    const rgbKey = pngOfRows({ width: 2, colorType: 2, bitDepth: 8, transparency: [0, 1, 0, 2, 0, 3] }, [[1, 2, 3, 1, 2, 4]]);
    expect(readRgb(opaquePng(rgbKey)!).pixels).toEqual([[255, 255, 255], [1, 2, 4]]);
  });

  it("is what the upload stores for a transparent PNG, and the PDF still draws it; an opaque one is stored as sent", async () => {
    const transparent = pngBytes({ width: 120, height: 40, colorType: 6 });
    const checked = await checkLogoForReport(transparent);
    expect(checked.ok && checked.bytes).toEqual(opaquePng(transparent));
    const opaque = pngBytes({ width: 120, height: 40, colorType: 2 });
    const kept = await checkLogoForReport(opaque);
    expect(kept.ok && kept.bytes).toEqual(opaque);
  });
});
