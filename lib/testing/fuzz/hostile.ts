/**
 * Hostile values for the fuzz suite (issue #7): injection strings, unusual and broken Unicode,
 * numeric edge cases written as text, prototype keys and strings of a megabyte. Pure fast-check
 * arbitraries: the request builders in this folder combine them with the real schemas' fields.
 */
import fc from "fast-check";

/** The request body limit of lib/http/route.ts, in bytes; a unit test keeps the two equal. */
export const BODY_LIMIT_BYTES = 1_000_000;

export const SQL_INJECTION = [
  "' OR '1'='1",
  "'; DROP TABLE \"User\"; --",
  "1; SELECT * FROM sqlite_master --",
  "\" OR \"\"=\"",
  "admin'--",
  "1 UNION SELECT NULL, name FROM sqlite_master--",
  "%' AND 1=1 --",
  "\\'; DELETE FROM \"Result\" WHERE '1'='1",
  "' || (SELECT hex(randomblob(8))) || '",
  "1' AND pg_sleep(5)--",
  "$1; COPY (SELECT 1) TO PROGRAM 'id'",
] as const;

export const HTML_INJECTION = [
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "<svg/onload=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "${7*7}",
  "<!--",
  "]]><![CDATA[",
  "&lt;b&gt;&#x3C;",
  "<iframe srcdoc='<script>parent.x=1</script>'>",
  "</textarea><script>alert(1)</script>",
  "=HYPERLINK(\"http://evil.test\")",
] as const;

export const UNUSUAL_UNICODE = [
  "\u202Eevil\u202C.pdf",
  "\u2066isolate\u2069",
  "مؤسسة الاختبار",
  "שלום עולם",
  "a\u200Bb\u200Cc\u200Dd",
  "\uFEFFbom",
  "e\u0301\u0302\u0303\u0304\u0305",
  "Z\u0335\u0321\u0327\u031B\u0349\u031D\u032Aa\u0335l\u0338g\u0334o",
  "👨‍👩‍👧‍👦🏳️‍🌈",
  "𝕳𝖊𝖑𝖑𝖔",
  "\u00A0\u2007\u202F",
  "line\u2028break\u2029",
  "İıßﬁ",
  "\uFFFD\uFFFE\uFFFF",
  "\u{10FFFF}\u{E0001}",
] as const;

/** Valid UTF-16 only in pairs: alone they cannot be written as UTF-8 at all. */
export const LONE_SURROGATES = ["\uD800", "\uDFFF", "a\uD83Db", "\uDE00\uD83D"] as const;

export const CONTROL_CHARACTERS = ["\u0000", "a\u0000b", "\u0007\u001B[31m", "\r\n", "\t", "\u007F", "\u0085", "\b\f\v"] as const;

/** Numbers as a form or a query carries them: the limits of doubles and integers, and things only almost numbers. */
export const NUMERIC_EDGE_TEXT = [
  "1e308",
  "-1e308",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "-Infinity",
  "9007199254740993",
  "99999999999999999999999999",
  "-9223372036854775809",
  "0x10",
  "0b11",
  "1_000",
  "5.5",
  "0.25",
  " 7 ",
  "+1",
  "-1",
  "1e-400",
  "١٢",
  "¹",
  "2,5",
] as const;

/**
 * Numbers past every numeric field's range: past 32-bit integers (a PostgreSQL int column), past
 * 2^53 (where doubles stop counting), and past doubles altogether.
 */
export const HUGE_NUMBERS = ["2147483648", "4294967296", "9007199254740993", "123456789012345678901234567890", "1e308", "-1e308", "1e400"] as const;

/** Keys that change an object's prototype or shadow its methods when assigned naively. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "isPrototypeOf"] as const;

/** Byte sequences that are not UTF-8: stray continuation, truncated, overlong, encoded surrogate, beyond U+10FFFF. */
export const INVALID_UTF8 = [[0xff], [0x80], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]] as const;

const utf8Length = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * A string of about a megabyte: exactly BODY_LIMIT_BYTES of UTF-8, one byte over, a mebibyte, or
 * a mere 64 KiB, filled with one- to four-byte characters.
 */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(BODY_LIMIT_BYTES, BODY_LIMIT_BYTES + 1, 1_048_576, 65_536), fc.constantFrom("a", "é", "€", "😀", "<", "'"))
  .map(([bytes, fill]) => {
    const whole = fill.repeat(Math.floor(bytes / utf8Length(fill)));
    return whole + "a".repeat(bytes - utf8Length(whole));
  });

/** Longer than any field allows but far from the body limit: the schema, not the size check, must refuse it. */
export const longText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1_025, max: 20_000 }), fc.constantFrom("x", "ж", "字", "🙂", " "))
  .map(([length, fill]) => fill.repeat(length));

export const injectionText = fc.oneof(fc.constantFrom(...SQL_INJECTION), fc.constantFrom(...HTML_INJECTION));

/** Code units from anywhere in UTF-16, halves of surrogate pairs included. */
const anyCodeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }).map((units) => String.fromCharCode(...units));

export const unicodeText = fc.oneof(
  fc.constantFrom(...UNUSUAL_UNICODE),
  fc.constantFrom(...CONTROL_CHARACTERS),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  anyCodeUnits,
);

export const numericText = fc.oneof(fc.constantFrom(...NUMERIC_EDGE_TEXT), fc.double().map(String), fc.bigInt().map(String));

/**
 * Hostile strings short enough for a URL or a header: a Node server refuses a request line or
 * headers over 16 KB (431) before any route sees them, so megabytes belong in bodies and forms.
 */
export const shortHostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: injectionText, weight: 4 },
  { arbitrary: unicodeText, weight: 4 },
  { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 1 },
  { arbitrary: numericText, weight: 2 },
  { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 1 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
  { arbitrary: fc.constantFrom("", " ", "null", "undefined", "true", "[]", "{}"), weight: 1 },
  { arbitrary: longText.map((text) => text.slice(0, 4_000)), weight: 1 },
);

/** Any hostile string, from every category; the megabyte ones are kept rare because they are slow to move around. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: shortHostileText, weight: 18 },
  { arbitrary: longText, weight: 1 },
  { arbitrary: hugeText, weight: 1 },
);

/** A field name no schema has: prototype keys, injection, Unicode, empty, dotted and very long names. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 4 },
  { arbitrary: injectionText, weight: 1 },
  { arbitrary: fc.constantFrom(...UNUSUAL_UNICODE, ...CONTROL_CHARACTERS), weight: 1 },
  { arbitrary: fc.constantFrom("", " ", "a.b", "answers[0]", "role ", "Role", "id", "userId", "isPlatformAdmin", "organizationId "), weight: 2 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 16 }), weight: 2 },
  { arbitrary: fc.integer({ min: 201, max: 5_000 }).map((length) => "k".repeat(length)), weight: 1 },
);

/** The string as a URL, a header or FormData carries it: USV strings, so a lone surrogate becomes U+FFFD. */
export function asUsv(text: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(text));
}

/** A string shortened for a counterexample: a megabyte of "a" helps nobody read a failure. */
export function preview(text: string, keep = 60): string {
  const shown = text.length > keep ? `${text.slice(0, keep)}…` : text;
  return `${JSON.stringify(shown)}${text.length > keep ? ` (${text.length.toLocaleString("en-US")} chars)` : ""}`;
}
