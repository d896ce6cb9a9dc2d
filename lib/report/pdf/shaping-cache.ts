/**
 * Remembers fontkit's text shaping (glyph substitution and positioning, `font.layout`) within a
 * render thread. Shaping is about a fifth of a report's render, and the same strings come back:
 * within one report each run of text is shaped about twice (react-pdf lays the document out again
 * once it knows the page count), and across reports the headings, the labels, the method notes
 * and the appendix repeat word for word. Measured on the twelve archetype reports: 1,256
 * distinct strings for 29,375 calls.
 *
 * fontkit has no hook for this, so the cache wraps `layout` on the fonts' shared prototype, once
 * per thread. Every call gets a run of its own: pdfkit scales a run's positions in place after
 * asking for it, which would corrupt a run handed out twice. The glyphs themselves are fontkit's
 * shared, read-only objects, as they are without the cache.
 */

/** The parts of fontkit's GlyphRun and GlyphPosition the copy needs: plain fields over getters on the prototype. */
interface GlyphRunLike {
  glyphs: unknown[];
  positions: object[];
  features: Record<string, boolean>;
}

type Layout = (this: object, text: unknown, ...options: unknown[]) => GlyphRunLike;

/** fontkit's font prototype, or any object whose `layout` shapes a string. */
export interface ShapingHost {
  layout: Layout;
}

/**
 * The strings kept, counted in characters: the English archetype reports together shape about
 * 63,000, so a quarter of a million keeps the vocabulary of several languages, at a few MB of
 * positions and glyph references.
 */
export const SHAPING_CACHE_CHARACTERS = 250_000;

export interface ShapingCache {
  hits: number;
  misses: number;
  entries: () => number;
  characters: () => number;
  /** Puts the original `layout` back (for tests that compare with and without the cache). */
  uninstall: () => void;
}

function copyOf<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as T, value);
}

function copyRun(run: GlyphRunLike): GlyphRunLike {
  const copy = copyOf(run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map(copyOf);
  copy.features = { ...run.features };
  return copy;
}

const installed = new WeakMap<ShapingHost, ShapingCache>();

export function installShapingCache(host: ShapingHost, capacityCharacters = SHAPING_CACHE_CHARACTERS): ShapingCache {
  const existing = installed.get(host);
  if (existing) return existing;
  const original = host.layout;
  // Insertion order is recency order: a hit is moved to the end, the oldest goes first.
  const runs = new Map<string, { run: GlyphRunLike; length: number }>();
  const fontIds = new WeakMap<object, number>();
  let nextFontId = 0;
  let characters = 0;

  const cache: ShapingCache = {
    hits: 0,
    misses: 0,
    entries: () => runs.size,
    characters: () => characters,
    uninstall: () => {
      host.layout = original;
      installed.delete(host);
    },
  };

  host.layout = function layout(this: object, text: unknown, ...options: unknown[]): GlyphRunLike {
    // fontkit also shapes arrays of code points; only strings are worth a key.
    if (typeof text !== "string") return original.call(this, text, ...options);
    let fontId = fontIds.get(this);
    if (fontId === undefined) {
      fontId = nextFontId++;
      fontIds.set(this, fontId);
    }
    const key = `${fontId}\u0000${JSON.stringify(options)}\u0000${text}`;
    const remembered = runs.get(key);
    if (remembered) {
      cache.hits += 1;
      runs.delete(key);
      runs.set(key, remembered);
      return copyRun(remembered.run);
    }
    cache.misses += 1;
    const run = original.call(this, text, ...options);
    runs.set(key, { run, length: text.length });
    characters += text.length;
    for (const [oldest, { length }] of runs) {
      if (characters <= capacityCharacters || oldest === key) break;
      runs.delete(oldest);
      characters -= length;
    }
    return copyRun(run);
  };
  installed.set(host, cache);
  return cache;
}
