/**
 * Fonts for the PDF, embedded from npm packages (nothing is fetched at run time). Inter sets
 * the text; when a report contains characters Inter's Latin subset lacks (accents beyond
 * Western European, Cyrillic, Greek, Arabic, emoji), the subsets and Noto fonts that have
 * them join the font stack, and react-pdf takes each character from the first font that has
 * it. Each font is converted from WOFF and registered the first time a report needs it.
 */
import fs from "node:fs";
import path from "node:path";
import type { ReactPdfModule } from "./react-pdf";
import { installShapingCache, type ShapingCache, type ShapingHost } from "./shaping-cache";
import { disableGsubFeatures, woffToSfnt } from "./woff";

type Weight = 400 | 600 | 700;
type Style = "normal" | "italic";

interface FamilySpec {
  family: string;
  pkg: string;
  /** The file's name without "-<weight>-<style>.woff", as the package's CSS comments name it. */
  base: string;
  weights: Weight[];
  /** Whether the package has italic files; if not, the upright face stands in (as for Arabic and emoji). */
  italic: boolean;
  /** OpenType features to switch off in this font (see disableGsubFeatures). */
  disable?: string[];
}

const inter = (subset: string): FamilySpec => ({
  family: `Inter-${subset}`,
  pkg: "inter",
  base: `inter-${subset}`,
  weights: [400, 600, 700],
  italic: true,
  // Contextual alternates: most of the layout time, no visible difference in this text.
  disable: ["calt"],
});

/** Noto Emoji comes in unicode-range chunks: 0 to 10, and one named "emoji". */
const EMOJI_CHUNKS = [...Array.from({ length: 11 }, (_, index) => String(index)), "emoji"];

const FAMILIES: FamilySpec[] = [
  inter("latin"),
  inter("latin-ext"),
  inter("vietnamese"),
  inter("cyrillic"),
  inter("greek"),
  { family: "NotoSansArabic", pkg: "noto-sans-arabic", base: "noto-sans-arabic-arabic", weights: [400, 600, 700], italic: false },
  ...EMOJI_CHUNKS.map((chunk): FamilySpec => ({ family: `NotoEmoji-${chunk}`, pkg: "noto-emoji", base: `noto-emoji-${chunk}`, weights: [400], italic: false })),
];

const [BASE_FAMILY] = FAMILIES as [FamilySpec, ...FamilySpec[]];

/**
 * Where a font package lives. process.cwd() is the project root under `next start`, `next dev`,
 * vitest and tsx alike. The bundler cannot see which files such a computed path reaches, so the
 * reads below are marked for it to ignore, and next.config.js names the font files a server
 * build must carry (outputFileTracingIncludes), instead of the bundler tracing the whole project.
 */
function packageDir(pkg: string): string {
  return path.join(process.cwd(), "node_modules", "@fontsource", pkg);
}

type Range = [number, number];

let coverage: Map<string, Range[]> | null = null;

/** Each font file's unicode-range, read from the package's own CSS (the ranges it was subset to). */
function unicodeRanges(): Map<string, Range[]> {
  if (coverage) return coverage;
  const ranges = new Map<string, Range[]>();
  const sheets = [...new Set(FAMILIES.map((spec) => spec.pkg))].flatMap((pkg) =>
    ["400.css", "emoji-400.css"].map((name) => path.join(packageDir(pkg), name)).filter((file) => fs.existsSync(/*turbopackIgnore: true*/ file)),
  );
  for (const sheet of sheets) {
    const css = fs.readFileSync(/*turbopackIgnore: true*/ sheet, "utf8");
    // Comments name each file: "/* inter-latin-400-normal */", "/* noto-emoji-[0]-400-normal */".
    for (const match of css.matchAll(/\/\*\s*([\w[\]-]+)-400-normal\s*\*\/\s*@font-face\s*\{[^}]*?unicode-range:\s*([^;]+);/g)) {
      const parsed = (match[2] ?? "").split(",").map((part): Range => {
        const [from = "0", to] = part.trim().replace(/^U\+/i, "").split("-");
        return [parseInt(from, 16), parseInt(to ?? from, 16)];
      });
      ranges.set((match[1] ?? "").replace(/[[\]]/g, ""), parsed);
    }
  }
  coverage = ranges;
  return ranges;
}

function covers(spec: FamilySpec, codePoint: number): boolean {
  return (unicodeRanges().get(spec.base) ?? []).some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * The font stack for a text: Inter's Latin subset first, then only the fonts that supply a
 * character the earlier ones lack. An English report needs one font; fewer fonts make
 * layout faster.
 */
export function fontStackFor(text: string): string[] {
  const stack = [BASE_FAMILY];
  const seen = new Set<number>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x100 || seen.has(codePoint)) continue;
    seen.add(codePoint);
    if (stack.some((spec) => covers(spec, codePoint))) continue;
    const provider = FAMILIES.find((spec) => covers(spec, codePoint));
    if (provider) stack.push(provider);
  }
  // Keep the stack in the fixed order, so Latin always wins over emoji for shared characters such as digits.
  return FAMILIES.filter((spec) => stack.includes(spec)).map((spec) => spec.family);
}

/** Characters no report font has (they would print as an empty box); for tests of the model's own text. */
export function uncoveredCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x20 || (codePoint >= 0x20 && codePoint < 0x7f)) continue;
    // Joiners and variation selectors shape emoji sequences; they print nothing themselves.
    if (codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) continue;
    if (!FAMILIES.some((spec) => covers(spec, codePoint))) missing.add(char);
  }
  return [...missing];
}

const registered = new Set<string>();

function fontFile(spec: FamilySpec, fontWeight: Weight, style: Style): string {
  return path.join(packageDir(spec.pkg), "files", `${spec.base}-${fontWeight}-${style}.woff`);
}

function sfntOf(file: string, disable: string[]): Buffer {
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) throw new Error(`Report font missing: ${file}. Run npm install.`);
  return disableGsubFeatures(woffToSfnt(fs.readFileSync(/*turbopackIgnore: true*/ file)), disable);
}

function dataUrl(file: string, disable: string[]): string {
  return `data:font/ttf;base64,${sfntOf(file, disable).toString("base64")}`;
}

let footerFont: Buffer | null = null;

/** The regular Latin face as font data, for text painted directly at render time (the page numbers). */
export function footerFontData(): Buffer {
  footerFont ??= sfntOf(fontFile(BASE_FAMILY, 400, "normal"), BASE_FAMILY.disable ?? []);
  return footerFont;
}

function registerFamily({ Font }: ReactPdfModule, spec: FamilySpec): void {
  const fonts = spec.weights.flatMap((fontWeight) => {
    const upright = dataUrl(fontFile(spec, fontWeight, "normal"), spec.disable ?? []);
    const italic = spec.italic ? dataUrl(fontFile(spec, fontWeight, "italic"), spec.disable ?? []) : upright;
    return [
      { src: upright, fontWeight, fontStyle: "normal" as const },
      { src: italic, fontWeight, fontStyle: "italic" as const },
    ];
  });
  Font.register({ family: spec.family, fonts });
}

/** Words longer than this may break anywhere, so a 300-character name without spaces still wraps. */
const LONG_WORD = 24;
const LONG_WORD_PIECE = 8;

function hyphenation(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const pieces: string[] = [];
  for (let index = 0; index < word.length; index += LONG_WORD_PIECE) pieces.push(word.slice(index, index + LONG_WORD_PIECE));
  return pieces;
}

/** Registers the fonts of a stack (each once per process) and the line-breaking rule. */
export function registerReportFonts(reactPdf: ReactPdfModule, stack: string[]): void {
  for (const spec of FAMILIES) {
    if (!stack.includes(spec.family) || registered.has(spec.family)) continue;
    registerFamily(reactPdf, spec);
    registered.add(spec.family);
  }
  // Our own words are never hyphenated (that would also split phrases a reader searches for);
  // only overlong user input is cut into pieces the line breaker may break between.
  reactPdf.Font.registerHyphenationCallback(hyphenation);
}

/**
 * Shaping remembered for every report font in this thread (lib/report/pdf/shaping-cache.ts). The
 * fonts share fontkit's prototype, reached through the base font, which every report loads.
 */
export async function rememberShaping(reactPdf: ReactPdfModule): Promise<ShapingCache> {
  registerReportFonts(reactPdf, [BASE_FAMILY.family]);
  const descriptor = { fontFamily: BASE_FAMILY.family, fontWeight: 400, fontStyle: "normal" as const };
  await reactPdf.Font.load(descriptor);
  const font: unknown = reactPdf.Font.getFont(descriptor).data;
  const prototype: unknown = font && Object.getPrototypeOf(font);
  if (!prototype || typeof (prototype as Partial<ShapingHost>).layout !== "function") throw new Error("The report font has no layout method to remember: fontkit changed.");
  return installShapingCache(prototype as ShapingHost);
}
