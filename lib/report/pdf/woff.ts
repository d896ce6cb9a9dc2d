/**
 * WOFF 1.0 to plain TrueType/OpenType (sfnt). The npm font packages ship WOFF, whose tables
 * are zlib-compressed; the PDF library's font reader inflates a table every time it reads one,
 * so embedding a subset in every PDF paid for decompression again and again. Converted once
 * per process, the fonts are read directly. Format: https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from "node:zlib";

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

function pad4(length: number): number {
  return (length + 3) & ~3;
}

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error("Not a WOFF 1.0 font");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const entries: TableEntry[] = [];
  for (let index = 0; index < numTables; index += 1) {
    const at = WOFF_HEADER + index * WOFF_ENTRY;
    entries.push({
      tag: woff.readUInt32BE(at),
      offset: woff.readUInt32BE(at + 4),
      compLength: woff.readUInt32BE(at + 8),
      origLength: woff.readUInt32BE(at + 12),
      checksum: woff.readUInt32BE(at + 16),
    });
  }
  const tables = entries.map((entry) => {
    const stored = woff.subarray(entry.offset, entry.offset + entry.compLength);
    const data = entry.compLength < entry.origLength ? inflateSync(stored) : stored;
    if (data.length !== entry.origLength) throw new Error("Corrupt WOFF table");
    return { entry, data };
  });

  let power = 1;
  while (power * 2 <= numTables) power *= 2;
  const headerLength = SFNT_HEADER + numTables * SFNT_ENTRY;
  const total = headerLength + tables.reduce((sum, table) => sum + pad4(table.data.length), 0);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerLength;
  tables.forEach(({ entry, data }, index) => {
    const at = SFNT_HEADER + index * SFNT_ENTRY;
    out.writeUInt32BE(entry.tag, at);
    out.writeUInt32BE(entry.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(data.length, at + 12);
    data.copy(out, offset);
    offset += pad4(data.length);
  });
  return out;
}

/** A tag no shaper asks for: a feature renamed to it is never applied. */
const INERT_TAG = "xxxx";

/**
 * Switches off OpenType substitution features in a font by renaming them in its GSUB feature
 * list (in place). Used for Inter's contextual alternates: they cost most of the layout time
 * and change nothing in this report's text. Passing the same switch as a style instead makes
 * react-pdf process it on every node, which costs nearly as much.
 */
export function disableGsubFeatures(sfnt: Buffer, tags: readonly string[]): Buffer {
  const numTables = sfnt.readUInt16BE(4);
  for (let index = 0; index < numTables; index += 1) {
    const record = SFNT_HEADER + index * SFNT_ENTRY;
    if (sfnt.toString("latin1", record, record + 4) !== "GSUB") continue;
    const gsub = sfnt.readUInt32BE(record + 8);
    const featureList = gsub + sfnt.readUInt16BE(gsub + 6);
    const count = sfnt.readUInt16BE(featureList);
    for (let feature = 0; feature < count; feature += 1) {
      const at = featureList + 2 + feature * 6;
      if (tags.includes(sfnt.toString("latin1", at, at + 4))) sfnt.write(INERT_TAG, at, "latin1");
    }
  }
  return sfnt;
}
