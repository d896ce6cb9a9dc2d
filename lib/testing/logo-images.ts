/**
 * For tests: small real PNG and JPEG files built from bytes, so logo tests need no binary
 * fixtures and can make exactly the damage they test.
 */
import { crc32, deflateSync } from "node:zlib";

export interface PngChunkSpec {
  type: string;
  data: Uint8Array;
}

export interface PngOptions {
  width?: number;
  height?: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey and alpha, 6 RGBA. */
  colorType?: 0 | 2 | 3 | 4 | 6;
  bitDepth?: number;
  interlace?: 0 | 1;
  /** A tRNS chunk (palette images: one alpha per entry). */
  transparency?: Uint8Array;
  /** The filter byte every row starts with. */
  filter?: number;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as const;

const u32 = (value: number) => Uint8Array.of((value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

export function pngChunk({ type, data }: PngChunkSpec): Uint8Array {
  const typed = concat(new TextEncoder().encode(type), data);
  return concat(u32(data.length), typed, u32(crc32(typed)));
}

export function pngFromChunks(chunks: PngChunkSpec[]): Uint8Array {
  return concat(SIGNATURE, ...chunks.map(pngChunk));
}

/** The unfiltered image data: each row a filter byte, then a pattern of samples. */
export function pngRawData({ width = 32, height = 16, colorType = 6, bitDepth = 8, filter = 0 }: PngOptions = {}): Uint8Array {
  const rowBytes = Math.ceil((width * CHANNELS[colorType] * bitDepth) / 8);
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let row = 0; row < height; row += 1) {
    raw[row * (rowBytes + 1)] = filter;
    for (let column = 0; column < rowBytes; column += 1) raw[row * (rowBytes + 1) + 1 + column] = colorType === 3 ? (row + column) % 2 : (row * 7 + column * 13) % 256;
  }
  return raw;
}

/** The chunks of a valid PNG, to change or extend before pngFromChunks. */
export function pngChunks(options: PngOptions = {}, raw = pngRawData(options)): PngChunkSpec[] {
  const { width = 32, height = 16, colorType = 6, bitDepth = 8, interlace = 0 } = options;
  const header = concat(u32(width), u32(height), Uint8Array.of(bitDepth, colorType, 0, 0, interlace));
  return [
    { type: "IHDR", data: header },
    ...(colorType === 3 ? [{ type: "PLTE", data: Uint8Array.of(0x1d, 0x4e, 0x89, 0xff, 0xff, 0xff) }] : []),
    ...(options.transparency ? [{ type: "tRNS", data: options.transparency }] : []),
    { type: "IDAT", data: deflateSync(raw) },
    { type: "IEND", data: new Uint8Array() },
  ];
}

export function pngBytes(options: PngOptions = {}): Uint8Array {
  return pngFromChunks(pngChunks(options));
}

const u16 = (value: number) => [(value >>> 8) & 255, value & 255];

/**
 * A real baseline JPEG, one grey component: every 8×8 block is flat mid-grey, so with one
 * Huffman code for "no difference" and one for "end of block" each block takes two zero bits.
 */
export function jpegBytes({ width = 16, height = 16, frame = 0xc0 }: { width?: number; height?: number; frame?: number } = {}): Uint8Array {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = "00".repeat(blocks).padEnd(Math.ceil((blocks * 2) / 8) * 8, "1");
  const scan = Array.from({ length: bits.length / 8 }, (_, index) => parseInt(bits.slice(index * 8, index * 8 + 8), 2));
  const oneCodeTable = (tableClass: number) => [0xff, 0xc4, 0x00, 0x14, tableClass, 1, ...Array<number>(15).fill(0), 0x00];
  return Uint8Array.from([
    0xff, 0xd8,
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0xff, 0xdb, 0x00, 0x43, 0x00, ...Array<number>(64).fill(1),
    0xff, frame, 0x00, 0x0b, 0x08, ...u16(height), ...u16(width), 0x01, 0x01, 0x11, 0x00,
    ...oneCodeTable(0x00),
    ...oneCodeTable(0x10),
    0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00,
    ...scan,
    0xff, 0xd9,
  ]);
}
