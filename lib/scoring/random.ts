/**
 * A small seeded random number generator, so the robustness analysis draws the same numbers for
 * the same answers on every server and in every browser: cyrb128 hashes the seed text into 128
 * bits and sfc32 (from PractRand) generates from them. Neither is cryptographic; neither needs to be.
 */

/** cyrb128 by bryc (public domain): four 32-bit words from a string. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The 128-bit seed as 32 hex digits, the form a result stores. */
export function seedHex(seed: readonly [number, number, number, number]): string {
  return seed.map((word) => word.toString(16).padStart(8, "0")).join("");
}

/**
 * sfc32: fills `out` with uniform numbers in [0, 1) on each call. Filling a buffer keeps the
 * generator's state in local int32 variables, many times faster than a call per number.
 */
export function sfc32(seed: readonly [number, number, number, number]): (out: Float64Array) => void {
  const state = Int32Array.from(seed, (word) => word | 0);
  const fill = (out: Float64Array) => {
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    for (let i = 0; i < out.length; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      out[i] = (t >>> 0) / 4294967296;
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
  };
  // The first outputs still carry the seed's structure; the reference implementation discards them.
  fill(new Float64Array(15));
  return fill;
}
