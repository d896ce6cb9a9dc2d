/**
 * A PNG logo with transparency or 16-bit samples, flattened onto white as an 8-bit RGB PNG.
 *
 * The PDF library copies an opaque 8-bit PNG's compressed data into each PDF as it is, but it
 * decodes, splits and compresses again one with an alpha channel, a transparent colour or 16-bit
 * samples, in every report: the largest logo the upload allows cost about 75 ms a report. The
 * cover shows the logo on a white plate, so flattening it onto white changes nothing on paper.
 * Pure: runs once, on upload, on a PNG whose structure lib/validation/logo-image.ts already checked.
 */
import { crc32, deflateSync, inflateSync } from "node:zlib";

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

interface Parsed {
  header: Header;
  palette: Uint8Array | null;
  transparency: Uint8Array | null;
  data: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function parse(png: Uint8Array): Parsed {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let header: Header | null = null;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const data: Uint8Array[] = [];
  for (let at = SIGNATURE.length; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), bitDepth: body[8] ?? 0, colorType: body[9] ?? 0, interlace: body[12] ?? 0 };
    } else if (type === "PLTE") palette = body;
    else if (type === "tRNS") transparency = body;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    at += 12 + length;
  }
  if (!header) throw new Error("PNG without a header");
  return { header, palette, transparency, data: Buffer.concat(data) };
}

/** Whether the PDF library would decode this PNG again for every report. */
function costsEveryReport({ header, transparency }: Parsed): boolean {
  return header.colorType === 4 || header.colorType === 6 || header.bitDepth === 16 || transparency !== null;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** The rows' bytes without their filters (PNG specification, section 9). */
function unfilter(inflated: Uint8Array, rowBytes: number, height: number, pixelBytes: number): Uint8Array[] {
  const rows: Uint8Array[] = [];
  let previous = new Uint8Array(rowBytes);
  for (let row = 0; row < height; row += 1) {
    const start = row * (rowBytes + 1);
    const filter = inflated[start];
    const line = inflated.slice(start + 1, start + 1 + rowBytes);
    for (let index = 0; index < rowBytes; index += 1) {
      const left = index >= pixelBytes ? (line[index - pixelBytes] ?? 0) : 0;
      const up = previous[index] ?? 0;
      const upLeft = index >= pixelBytes ? (previous[index - pixelBytes] ?? 0) : 0;
      const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
      line[index] = ((line[index] ?? 0) + predicted) & 0xff;
    }
    rows.push(line);
    previous = line;
  }
  return rows;
}

/** Sample `index` of a row, as stored (1 to 16 bits). */
function sample(line: Uint8Array, index: number, bitDepth: number): number {
  if (bitDepth === 8) return line[index] ?? 0;
  if (bitDepth === 16) return ((line[index * 2] ?? 0) << 8) | (line[index * 2 + 1] ?? 0);
  const bitOffset = index * bitDepth;
  return ((line[bitOffset >> 3] ?? 0) >> (8 - bitDepth - (bitOffset & 7))) & ((1 << bitDepth) - 1);
}

/** The 16-bit big-endian value at `at` of a tRNS chunk, or -1 when the chunk is too short. */
function transparencyKey(transparency: Uint8Array | null, at: number): number {
  if (!transparency || transparency.length < at + 2) return -1;
  return ((transparency[at] ?? 0) << 8) | (transparency[at + 1] ?? 0);
}

/** One row as 8-bit RGB over white. */
function flattenRow(line: Uint8Array, { header, palette, transparency }: Parsed, out: Uint8Array): void {
  const { width, bitDepth, colorType } = header;
  const max = (1 << bitDepth) - 1;
  const to8 = (value: number) => Math.round((value * 255) / max);
  const channels = CHANNELS[colorType] ?? 1;
  const greyKey = colorType === 0 ? transparencyKey(transparency, 0) : -1;
  const rgbKey = colorType === 2 ? [0, 2, 4].map((at) => transparencyKey(transparency, at)) : null;
  for (let x = 0; x < width; x += 1) {
    const base = x * channels;
    let rgb: [number, number, number];
    let alpha = 1;
    if (colorType === 3) {
      const entry = sample(line, x, bitDepth);
      rgb = [palette?.[entry * 3] ?? 0, palette?.[entry * 3 + 1] ?? 0, palette?.[entry * 3 + 2] ?? 0];
      alpha = (transparency?.[entry] ?? 255) / 255;
    } else if (colorType === 0 || colorType === 4) {
      const grey = sample(line, base, bitDepth);
      rgb = [to8(grey), to8(grey), to8(grey)];
      if (colorType === 4) alpha = sample(line, base + 1, bitDepth) / max;
      else if (grey === greyKey) alpha = 0;
    } else {
      const values = [sample(line, base, bitDepth), sample(line, base + 1, bitDepth), sample(line, base + 2, bitDepth)];
      rgb = [to8(values[0] ?? 0), to8(values[1] ?? 0), to8(values[2] ?? 0)];
      if (colorType === 6) alpha = sample(line, base + 3, bitDepth) / max;
      else if (rgbKey && values.every((value, index) => value === rgbKey[index])) alpha = 0;
    }
    for (let channel = 0; channel < 3; channel += 1) out[x * 3 + channel] = Math.round((rgb[channel] ?? 0) * alpha + 255 * (1 - alpha));
  }
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, checksum]);
}

/**
 * The PNG flattened onto white as 8-bit RGB, or null when the PDF library already embeds it
 * as it is (opaque, 8 bits or fewer). Rows are written unfiltered; deflate does the work.
 */
export function opaquePng(png: Uint8Array): Uint8Array | null {
  const parsed = parse(png);
  if (!costsEveryReport(parsed)) return null;
  const { width, height, bitDepth, colorType, interlace } = parsed.header;
  if (interlace !== 0) throw new Error("Interlaced PNGs are refused on upload");
  const channels = CHANNELS[colorType] ?? 1;
  const rowBytes = Math.ceil((width * channels * bitDepth) / 8);
  const rows = unfilter(inflateSync(parsed.data), rowBytes, height, Math.max(1, (channels * bitDepth) >> 3));
  const raw = new Uint8Array((width * 3 + 1) * height);
  const line = new Uint8Array(width * 3);
  rows.forEach((row, y) => {
    flattenRow(row, parsed, line);
    raw.set(line, y * (width * 3 + 1) + 1);
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", new Uint8Array())]));
}
