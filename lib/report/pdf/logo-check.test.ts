/**
 * The upload-time proof that the PDF report can draw a logo. PNG image data that would stop the
 * PDF library outside any error handler is refused before react-pdf ever sees it.
 */
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { concat, jpegBytes, pngBytes, pngChunks, pngFromChunks, pngRawData, type PngOptions } from "../../testing/logo-images";
import { inspectLogo } from "../../validation/logo-image";
import { checkLogoForReport } from "./logo-check";

function withImageData(data: Uint8Array, options: PngOptions = {}): Uint8Array {
  return pngFromChunks(pngChunks(options).map((chunk) => (chunk.type === "IDAT" ? { type: "IDAT", data } : chunk)));
}

describe("what the PDF report can draw", () => {
  it.each([
    ["an RGBA PNG", pngBytes()],
    ["an RGB PNG, 16 bits", pngBytes({ colorType: 2, bitDepth: 16 })],
    ["a grey PNG, 1 bit", pngBytes({ colorType: 0, bitDepth: 1 })],
    ["a grey and alpha PNG", pngBytes({ colorType: 4 })],
    ["a palette PNG with transparency", pngBytes({ colorType: 3, bitDepth: 8, transparency: Uint8Array.of(0, 255) })],
    ["a baseline JPEG", jpegBytes({ width: 48, height: 24 })],
  ])("accepts %s", async (_, bytes) => {
    const checked = await checkLogoForReport(bytes);
    expect(checked.ok, checked.ok ? "" : checked.message).toBe(true);
  });

  it("refuses what the byte checks refuse, with their message", async () => {
    expect(await checkLogoForReport(new TextEncoder().encode("<svg></svg>"))).toMatchObject({ ok: false, message: expect.stringMatching(/SVG/) });
  });

  it("refuses PNG image data that is not a zlib stream", async () => {
    expect(await checkLogoForReport(withImageData(Uint8Array.of(1, 2, 3, 4, 5, 6)))).toEqual({ ok: false, message: expect.stringMatching(/image data is damaged/) });
  });

  it("refuses PNG image data with too few rows, or too much data", async () => {
    const short = deflateSync(pngRawData().subarray(0, 100));
    expect(await checkLogoForReport(withImageData(short))).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
    const long = deflateSync(pngRawData({ height: 17 }));
    expect(await checkLogoForReport(withImageData(long))).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
  });

  it("refuses a JPEG that passes the byte checks but that react-pdf cannot read", async () => {
    const jpeg = jpegBytes();
    // A JFIF segment too short to hold its fields: harmless to the byte walk, fatal to react-pdf's JPEG reader.
    const shortJfif = concat(jpeg.subarray(0, 2), Uint8Array.of(0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46), jpeg.subarray(20));
    expect(inspectLogo(shortJfif).ok).toBe(true);
    expect(await checkLogoForReport(shortJfif)).toEqual({ ok: false, message: expect.stringMatching(/cannot draw this image/) });
  });

  it("refuses an RGBA PNG whose rows name an unknown filter, which would otherwise stop the process", async () => {
    expect(await checkLogoForReport(pngFromChunks(pngChunks({}, pngRawData({ filter: 7 }))))).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
  });
});
