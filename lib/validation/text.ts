/**
 * Text that is not text: half of a UTF-16 surrogate pair on its own. JSON can escape one
 * ("\ud800"), but no UTF-8 database column can store it, so inputs that could carry one refuse it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
