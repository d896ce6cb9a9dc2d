/** Logo files are recognised by their bytes: what is accepted, what is refused and why, at the limits. */
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { concat, jpegBytes, pngBytes, pngChunks, pngFromChunks, pngRawData, type PngChunkSpec } from "../testing/logo-images";
import { LOGO_LIMITS, inspectLogo, pngPixelDataProblem, type LogoInspection } from "./logo-image";

const text = (value: string) => new TextEncoder().encode(value);

function refusal(inspection: LogoInspection): string {
  if (inspection.ok) throw new Error(`Accepted as ${inspection.image.mediaType} ${inspection.image.width}×${inspection.image.height}`);
  return inspection.message;
}

function accepted(inspection: LogoInspection) {
  if (!inspection.ok) throw new Error(`Refused: ${inspection.message}`);
  return inspection.image;
}

/** The PNG with one chunk replaced (or removed, with null). */
function withChunk(type: string, change: (chunk: PngChunkSpec) => PngChunkSpec | null, chunks = pngChunks()): Uint8Array {
  return pngFromChunks(chunks.flatMap((chunk) => (chunk.type === type ? (change(chunk) ?? []) : [chunk])));
}

/** A PNG padded with a comment chunk to exactly `length` bytes. */
function pngOfLength(length: number): Uint8Array {
  const base = pngChunks();
  const padding = length - pngFromChunks(base).length - 12;
  return pngFromChunks([base[0]!, { type: "tEXt", data: concat(text("Comment\0"), new Uint8Array(padding - 8).fill(0x61)) }, ...base.slice(1)]);
}

describe("accepted logos", () => {
  it("reads a PNG's type and size from its header", () => {
    expect(accepted(inspectLogo(pngBytes({ width: 120, height: 40 })))).toMatchObject({ mediaType: "image/png", width: 120, height: 40 });
  });

  it.each([
    ["grey, 1 bit", { colorType: 0, bitDepth: 1 }],
    ["grey, 16 bits", { colorType: 0, bitDepth: 16 }],
    ["RGB", { colorType: 2, bitDepth: 8 }],
    ["palette, 4 bits, opaque", { colorType: 3, bitDepth: 4 }],
    ["palette with transparency, 8 bits", { colorType: 3, bitDepth: 8, transparency: Uint8Array.of(0, 255) }],
    ["grey and alpha", { colorType: 4, bitDepth: 8 }],
    ["RGBA, 16 bits", { colorType: 6, bitDepth: 16 }],
  ] as const)("accepts a PNG: %s", (_, options) => {
    expect(accepted(inspectLogo(pngBytes(options))).mediaType).toBe("image/png");
  });

  it("reads a JPEG's type and size from its frame header, baseline or progressive", () => {
    expect(accepted(inspectLogo(jpegBytes({ width: 300, height: 100 })))).toMatchObject({ mediaType: "image/jpeg", width: 300, height: 100, png: null });
    expect(accepted(inspectLogo(jpegBytes({ frame: 0xc2 }))).mediaType).toBe("image/jpeg");
  });

  it("keeps a PNG's image data for the decoder check", () => {
    const image = accepted(inspectLogo(pngBytes({ width: 20, height: 18, colorType: 2 })));
    expect(image.png).toMatchObject({ width: 20, height: 18, bitDepth: 8, channels: 3 });
    expect(pngPixelDataProblem(image.png!, pngRawData({ width: 20, height: 18, colorType: 2 }))).toBeNull();
  });
});

describe("refused kinds of file, each named", () => {
  it.each([
    ["an SVG", text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40"/></svg>'), /SVG logos are not accepted/],
    ["an SVG without a prolog", text("<svg viewBox='0 0 10 10'></svg>"), /SVG logos are not accepted/],
    ["a GIF", concat(text("GIF89a"), Uint8Array.of(16, 0, 16, 0, 0x80, 0, 0)), /GIF files are not accepted/],
    ["a WebP", concat(text("RIFF"), Uint8Array.of(0x24, 0, 0, 0), text("WEBPVP8 "), new Uint8Array(20)), /WebP files are not accepted/],
    ["a BMP", concat(text("BM"), Uint8Array.of(0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0), new Uint8Array(40)), /BMP files are not accepted/],
    ["a TIFF", concat(Uint8Array.of(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0), new Uint8Array(20)), /TIFF files are not accepted/],
    ["a HEIC photo", concat(Uint8Array.of(0, 0, 0, 0x18), text("ftypheic"), new Uint8Array(16)), /HEIC or AVIF files are not accepted/],
    ["a PDF", concat(text("%PDF-1.7\n%"), Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x01)), /PDF files are not accepted/],
    ["a text file", text("Acme Advisory\nOur logo is attached.\n"), /text file, not an image/],
    ["an unknown binary file", Uint8Array.of(0x00, 0x01, 0x02, 0x03, 0xfe, 0x99, 0x10), /not a PNG or JPEG image/],
  ])("%s", (_, bytes, message) => {
    const refused = refusal(inspectLogo(bytes));
    expect(refused).toMatch(message);
    expect(refused).toContain("PNG or JPEG");
  });

  it("an empty file", () => {
    expect(refusal(inspectLogo(new Uint8Array()))).toMatch(/empty/);
  });
});

describe("the limits, at their boundaries", () => {
  it(`accepts ${LOGO_LIMITS.maxBytes} bytes and refuses one more`, () => {
    expect(accepted(inspectLogo(pngOfLength(LOGO_LIMITS.maxBytes))).mediaType).toBe("image/png");
    expect(refusal(inspectLogo(pngOfLength(LOGO_LIMITS.maxBytes + 1)))).toBe("The logo can be at most 256 KB; this file is 257 KB. Export it smaller and try again.");
  });

  it.each([
    [16, 16],
    [1200, 16],
    [16, 600],
    [1200, 600],
  ])("accepts a %i × %i PNG", (width, height) => {
    expect(accepted(inspectLogo(pngBytes({ width, height, colorType: 0, bitDepth: 1 })))).toMatchObject({ width, height });
  });

  it.each([
    [15, 16],
    [16, 15],
    [1201, 100],
    [100, 601],
    [600, 1200],
  ])("refuses a %i × %i PNG", (width, height) => {
    expect(refusal(inspectLogo(pngBytes({ width, height, colorType: 0, bitDepth: 1 })))).toMatch(/from 16 × 16 to 1,200 × 600 pixels \(width × height\); this one is/);
  });

  it("says how to fix an image that is too large, and not one that is too small", () => {
    expect(refusal(inspectLogo(pngBytes({ width: 2000, height: 2000, colorType: 0, bitDepth: 1 })))).toMatch(/this one is 2,000 × 2,000\. Export it smaller: the cover draws it at most 140 × 48 points\.$/);
    expect(refusal(inspectLogo(pngBytes({ width: 15, height: 16, colorType: 0, bitDepth: 1 })))).toMatch(/this one is 15 × 16\.$/);
  });

  it("applies the same pixel limits to a JPEG", () => {
    expect(accepted(inspectLogo(jpegBytes({ width: 1200, height: 16 })))).toMatchObject({ width: 1200, height: 16 });
    expect(refusal(inspectLogo(jpegBytes({ width: 1201, height: 16 })))).toMatch(/this one is 1,201 × 16/);
    expect(refusal(inspectLogo(jpegBytes({ width: 16, height: 8 })))).toMatch(/this one is 16 × 8/);
  });
});

describe("damaged or cut-short files", () => {
  const DAMAGED_PNG = /This PNG file is cut short or damaged/;
  const DAMAGED_JPEG = /This JPEG file is cut short or damaged/;

  it("refuses a PNG cut short anywhere", () => {
    const whole = pngBytes();
    for (let length = 8; length < whole.length; length += 1) expect(refusal(inspectLogo(whole.subarray(0, length))), `${length} bytes`).toMatch(DAMAGED_PNG);
  });

  it("refuses a JPEG cut short anywhere", () => {
    const whole = jpegBytes();
    for (let length = 3; length < whole.length; length += 1) expect(refusal(inspectLogo(whole.subarray(0, length))), `${length} bytes`).toMatch(DAMAGED_JPEG);
  });

  it("refuses a PNG with a changed byte (its checksum no longer matches)", () => {
    const bytes = pngBytes();
    bytes[20] = (bytes[20] ?? 0) ^ 0x01;
    expect(refusal(inspectLogo(bytes))).toMatch(DAMAGED_PNG);
  });

  it("refuses a PNG with something after its end", () => {
    expect(refusal(inspectLogo(concat(pngBytes(), text("<script>"))))).toMatch(DAMAGED_PNG);
  });

  it.each([
    ["without image data", withChunk("IDAT", () => null)],
    ["with a header of the wrong length", withChunk("IHDR", (chunk) => ({ ...chunk, data: chunk.data.subarray(0, 12) }))],
    ["with no width", pngBytes({ width: 0 })],
    ["with a bit depth its colour type does not allow", pngBytes({ colorType: 2, bitDepth: 4 })],
    ["with a palette image that has no palette", withChunk("PLTE", () => null, pngChunks({ colorType: 3, bitDepth: 8 }))],
    ["with an unknown critical chunk", pngFromChunks([...pngChunks().slice(0, 1), { type: "ZZZZ", data: new Uint8Array(4) }, ...pngChunks().slice(1)])],
    ["with image data split around another chunk", pngFromChunks([...pngChunks().slice(0, 2), { type: "tEXt", data: text("a\0b") }, ...pngChunks().slice(1)])],
  ])("refuses a PNG %s", (_, bytes) => {
    expect(refusal(inspectLogo(bytes))).toMatch(DAMAGED_PNG);
  });

  it("refuses the PNGs the PDF library cannot decode, saying how to export them", () => {
    expect(refusal(inspectLogo(pngBytes({ interlace: 1 })))).toMatch(/Interlaced PNGs are not accepted/);
    expect(refusal(inspectLogo(pngBytes({ colorType: 3, bitDepth: 4, transparency: Uint8Array.of(0) })))).toMatch(/transparent palette in fewer than 8 bits/);
    const rgbWithPalette = pngFromChunks([...pngChunks({ colorType: 2 }).slice(0, 1), { type: "PLTE", data: Uint8Array.of(0, 0, 0) }, ...pngChunks({ colorType: 2 }).slice(1)]);
    expect(refusal(inspectLogo(rgbWithPalette))).toMatch(/colour palette beside its full colours/);
  });

  it("refuses a JPEG with lossless, arithmetic or hierarchical coding", () => {
    for (const frame of [0xc3, 0xc5, 0xc9, 0xcb]) expect(refusal(inspectLogo(jpegBytes({ frame })))).toMatch(/kind of compression/);
  });

  it("refuses a JPEG whose header is damaged", () => {
    const jpeg = jpegBytes();
    const frame = jpeg.findIndex((byte, index) => byte === 0xff && jpeg[index + 1] === 0xc0);
    const twelveBit = Uint8Array.from(jpeg);
    twelveBit[frame + 4] = 12;
    const badLength = Uint8Array.from(jpeg);
    badLength[frame + 3] = 0xff;
    const fillBytes = concat(jpeg.subarray(0, 2), Uint8Array.of(0xff), jpeg.subarray(2));
    const noFrame = concat(jpeg.subarray(0, frame), jpeg.subarray(frame + 13));
    const trailing = concat(jpeg, text("junk"));
    for (const bytes of [twelveBit, badLength, fillBytes, noFrame, trailing]) expect(refusal(inspectLogo(bytes))).toMatch(DAMAGED_JPEG);
  });
});

describe("a PNG's inflated image data", () => {
  const layout = { width: 32, height: 16, bitDepth: 8, channels: 4, compressed: deflateSync(pngRawData()) };

  it("passes when every row is there and starts with a filter type", () => {
    expect(pngPixelDataProblem(layout, pngRawData())).toBeNull();
    expect(pngPixelDataProblem(layout, pngRawData({ filter: 4 }))).toBeNull();
  });

  it("fails when rows are missing", () => {
    expect(pngPixelDataProblem(layout, pngRawData().subarray(0, 32 * 4 * 15))).toMatch(/damaged/);
  });

  it("fails when a row starts with an unknown filter type", () => {
    const raw = pngRawData();
    raw[(32 * 4 + 1) * 7] = 5;
    expect(pngPixelDataProblem(layout, raw)).toMatch(/damaged/);
  });
});
