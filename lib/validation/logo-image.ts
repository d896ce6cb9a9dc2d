/**
 * Which files may become a consulting firm's logo on the report cover. A file is recognised by
 * its bytes alone: the declared type and the file name are the sender's word, not the file's.
 * Pure (no I/O, nothing from Node), so it runs in tests and could run in the browser; the server
 * adds the checks that need a decoder (lib/report/pdf/logo-check.ts).
 */

/**
 * The cover draws the logo at most 140 x 48 points, so 1,200 x 600 pixels is already over 600 dpi.
 * Larger images buy nothing on paper but cost every report: a PNG's pixels are decoded and
 * compressed again for each PDF (a 2,000 x 2,000 logo added about 200-330 ms to a 450 ms report).
 */
export const LOGO_LIMITS = { maxBytes: 256 * 1024, minPixels: 16, maxWidth: 1200, maxHeight: 600 } as const;

export type LogoMediaType = "image/png" | "image/jpeg";

/** What the PNG decoder check needs to know about the image data. */
export interface PngLayout {
  width: number;
  height: number;
  bitDepth: number;
  /** Samples per pixel: 1 (grey or palette), 2 (grey and alpha), 3 (RGB) or 4 (RGBA). */
  channels: number;
  /** The IDAT chunks' data, joined: one zlib stream. */
  compressed: Uint8Array;
}

export interface LogoImage {
  mediaType: LogoMediaType;
  width: number;
  height: number;
  /** Only for PNGs. */
  png: PngLayout | null;
}

export type LogoInspection = { ok: true; image: LogoImage } | { ok: false; message: string };

const refuse = (message: string): LogoInspection => ({ ok: false, message });

const AS_PNG_OR_JPEG = "Save the logo as a PNG or JPEG file and upload that.";
const PNG_DAMAGED = "This PNG file is cut short or damaged. Export the logo again and upload the new file.";
const JPEG_DAMAGED = "This JPEG file is cut short or damaged. Export the logo again and upload the new file.";

export function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString("en-US")} KB`;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Kinds people try that are not accepted, each named so the message says what was sent. */
const REFUSED_KINDS: { name: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { name: "GIF", matches: (bytes) => startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a")) },
  { name: "WebP", matches: (bytes) => startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8) },
  { name: "BMP", matches: (bytes) => startsWith(bytes, ascii("BM")) && startsWith(bytes, [0, 0, 0, 0], 6) },
  { name: "TIFF", matches: (bytes) => startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) },
  { name: "HEIC or AVIF", matches: (bytes) => startsWith(bytes, ascii("ftyp"), 4) },
  { name: "ICO", matches: (bytes) => startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) },
  { name: "PDF", matches: (bytes) => startsWith(bytes, ascii("%PDF-")) },
];

/** The start of the file as text, if it reads as text: SVG is XML, and a text file is no image. */
function leadingText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  let text = "";
  for (const byte of head) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return null;
    text += String.fromCharCode(byte);
  }
  return text;
}

function refusedKind(bytes: Uint8Array): string {
  const text = leadingText(bytes);
  if (text !== null && /<svg[\s>]/i.test(text)) {
    return `SVG logos are not accepted, because the PDF report cannot draw every SVG faithfully. ${AS_PNG_OR_JPEG}`;
  }
  const kind = REFUSED_KINDS.find((candidate) => candidate.matches(bytes));
  if (kind) return `${kind.name} files are not accepted. ${AS_PNG_OR_JPEG}`;
  if (text !== null) return `This is a text file, not an image. ${AS_PNG_OR_JPEG}`;
  return `This file is not a PNG or JPEG image, whatever its name says. ${AS_PNG_OR_JPEG}`;
}

/** The limits in words, for the form's help and the refusals. */
export function logoSizeRule(): string {
  const { minPixels, maxWidth, maxHeight } = LOGO_LIMITS;
  return `from ${minPixels} × ${minPixels} to ${maxWidth.toLocaleString("en-US")} × ${maxHeight} pixels (width × height)`;
}

function sizeProblem(width: number, height: number): string | null {
  const { minPixels, maxWidth, maxHeight } = LOGO_LIMITS;
  if (width >= minPixels && height >= minPixels && width <= maxWidth && height <= maxHeight) return null;
  const size = `${width.toLocaleString("en-US")} × ${height.toLocaleString("en-US")}`;
  const advice = width > maxWidth || height > maxHeight ? " Export it smaller: the cover draws it at most 140 × 48 points." : "";
  return `The logo must be ${logoSizeRule()}; this one is ${size}.${advice}`;
}

/** The PNG, JPEG or refusal this file is, with the image's size read from its header. */
export function inspectLogo(bytes: Uint8Array): LogoInspection {
  if (bytes.length === 0) return refuse("The file is empty. Choose the logo file again.");
  if (bytes.length > LOGO_LIMITS.maxBytes) {
    return refuse(`The logo can be at most ${kilobytes(LOGO_LIMITS.maxBytes)}; this file is ${kilobytes(bytes.length)}. Export it smaller and try again.`);
  }
  const inspected = startsWith(bytes, PNG_SIGNATURE) ? inspectPng(bytes) : startsWith(bytes, [0xff, 0xd8, 0xff]) ? inspectJpeg(bytes) : refuse(refusedKind(bytes));
  if (!inspected.ok) return inspected;
  const problem = sizeProblem(inspected.image.width, inspected.image.height);
  return problem ? refuse(problem) : inspected;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const uint32 = (bytes: Uint8Array, at: number) => (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
const uint16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);

/** Bit depths the PNG specification allows for each colour type, and the samples per pixel. */
const PNG_COLOR_TYPES: Record<number, { depths: number[]; channels: number }> = {
  0: { depths: [1, 2, 4, 8, 16], channels: 1 },
  2: { depths: [8, 16], channels: 3 },
  3: { depths: [1, 2, 4, 8], channels: 1 },
  4: { depths: [8, 16], channels: 2 },
  6: { depths: [8, 16], channels: 4 },
};

interface PngChunk {
  type: string;
  data: Uint8Array;
}

/** The chunks, each checked against its length and CRC; null when the file is cut short or damaged. */
function pngChunks(bytes: Uint8Array): PngChunk[] | null {
  const chunks: PngChunk[] = [];
  let at = PNG_SIGNATURE.length;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return null;
    const length = uint32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 8 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff || end + 4 > bytes.length) return null;
    if (crc32(bytes.subarray(at + 4, end)) !== uint32(bytes, end)) return null;
    chunks.push({ type, data: bytes.subarray(at + 8, end) });
    at = end + 4;
    // The file ends with IEND: anything after it is not part of the image.
    if (type === "IEND") return at === bytes.length ? chunks : null;
  }
  return null;
}

const KNOWN_CRITICAL_PNG_CHUNKS = new Set(["IHDR", "PLTE", "IDAT", "IEND"]);

function inspectPng(bytes: Uint8Array): LogoInspection {
  const chunks = pngChunks(bytes);
  const header = chunks?.[0];
  if (!chunks || header?.type !== "IHDR" || header.data.length !== 13) return refuse(PNG_DAMAGED);
  const { data } = header;
  const width = uint32(data, 0);
  const height = uint32(data, 4);
  const [bitDepth = 0, colorType = 0, compression, filter, interlace] = data.subarray(8);
  const color = PNG_COLOR_TYPES[colorType];
  if (width === 0 || height === 0 || !color || !color.depths.includes(bitDepth) || compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) {
    return refuse(PNG_DAMAGED);
  }
  // The PDF library's PNG decoder breaks on these two, and it throws where nothing can catch it.
  if (interlace === 1) return refuse("Interlaced PNGs are not accepted. Export the logo again without interlacing (the default in most tools).");
  const types = chunks.map((chunk) => chunk.type);
  const firstData = types.indexOf("IDAT");
  const lastData = types.lastIndexOf("IDAT");
  const palette = types.indexOf("PLTE");
  const transparency = types.indexOf("tRNS");
  if (firstData < 0 || types.slice(firstData, lastData + 1).some((type) => type !== "IDAT")) return refuse(PNG_DAMAGED);
  if (types.some((type, index) => (type === "IHDR" && index > 0) || (/^[A-Z]/.test(type) && !KNOWN_CRITICAL_PNG_CHUNKS.has(type)))) return refuse(PNG_DAMAGED);
  if (colorType === 3 && (palette < 0 || palette > firstData)) return refuse(PNG_DAMAGED);
  if (colorType !== 3 && palette >= 0) {
    return refuse("This PNG carries a colour palette beside its full colours, which the PDF report would draw wrongly. Export it again without the palette.");
  }
  if (colorType === 3 && transparency >= 0 && bitDepth < 8) {
    return refuse("This PNG keeps a transparent palette in fewer than 8 bits per pixel, which the PDF report cannot draw. Export it again as a 24- or 32-bit PNG.");
  }
  const compressed = new Uint8Array(chunks.slice(firstData, lastData + 1).reduce((total, chunk) => total + chunk.data.length, 0));
  let offset = 0;
  for (const chunk of chunks.slice(firstData, lastData + 1)) {
    compressed.set(chunk.data, offset);
    offset += chunk.data.length;
  }
  return { ok: true, image: { mediaType: "image/png", width, height, png: { width, height, bitDepth, channels: color.channels, compressed } } };
}

/** The size of the image data once inflated: a filter byte, then the packed samples, per row. */
export function pngRowBytes(layout: Pick<PngLayout, "width" | "bitDepth" | "channels">): number {
  return 1 + Math.ceil((layout.width * layout.channels * layout.bitDepth) / 8);
}

/**
 * Checks the inflated image data against the header: one row of the right length for each line
 * of the image, each starting with one of the five filter types. The PDF library stops the whole
 * process when either is wrong, so a logo must pass this before it is ever drawn.
 */
export function pngPixelDataProblem(layout: PngLayout, inflated: Uint8Array): string | null {
  const row = pngRowBytes(layout);
  if (inflated.length < row * layout.height) return PNG_DAMAGED;
  for (let line = 0; line < layout.height; line += 1) {
    if ((inflated[line * row] ?? 255) > 4) return PNG_DAMAGED;
  }
  return null;
}

/** Frame markers PDF readers can draw: baseline, extended and progressive Huffman coding. */
const DRAWABLE_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
const isFrameMarker = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Walks the segments up to the first scan: the frame header there gives the size. */
function inspectJpeg(bytes: Uint8Array): LogoInspection {
  if (uint16(bytes, bytes.length - 2) !== 0xffd9) return refuse(JPEG_DAMAGED);
  let at = 2;
  let size: { width: number; height: number } | null = null;
  while (at + 4 <= bytes.length) {
    const marker = bytes[at + 1] ?? 0;
    // Every segment before the scan has a length; fill bytes and stand-alone markers there
    // would make the PDF library read the header from the wrong place.
    if (bytes[at] !== 0xff || marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) return refuse(JPEG_DAMAGED);
    const length = uint16(bytes, at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return refuse(JPEG_DAMAGED);
    if (marker === 0xda) return size ? { ok: true, image: { mediaType: "image/jpeg", ...size, png: null } } : refuse(JPEG_DAMAGED);
    if (isFrameMarker(marker) && !size) {
      if (!DRAWABLE_FRAMES.has(marker)) {
        return refuse("This JPEG uses a kind of compression (lossless, arithmetic or hierarchical) that PDF readers cannot all show. Save it again as a standard JPEG.");
      }
      const precision = bytes[at + 4];
      const height = uint16(bytes, at + 5);
      const width = uint16(bytes, at + 7);
      const components = bytes[at + 9] ?? 0;
      if (precision !== 8 || width === 0 || height === 0 || ![1, 3, 4].includes(components) || length !== 8 + 3 * components) return refuse(JPEG_DAMAGED);
      size = { width, height };
    }
    at += 2 + length;
  }
  return refuse(JPEG_DAMAGED);
}
