/**
 * Compiled patterns readied for machine code before their first real use.
 *
 * Why: V8 first runs a new pattern in its bytecode interpreter and compiles it to machine
 * code once it is used again, for the representation of the string at hand: one byte per
 * character, or two (one ’ makes an article two-byte, and all its slices). Patterns that
 * went that way were measured to stay several times slower on the dev set: event coding
 * took 3.1 ms/article, against 1.2 when V8 compiles them to machine code at once. V8 does
 * so when a pattern's subject is long (1,000 characters or more), and then compiles it
 * for the other representation at its first use too. So each pattern is run once on a
 * long two-byte string. What the patterns match is unchanged; compiling costs about
 * 0.2 s per language pack, up front instead of over the first articles.
 */

/**
 * A two-byte string past V8's long-subject threshold, of a character that is neither a
 * letter nor a space nor a punctuation mark, on which patterns fail fast.
 */
const SUBJECT = '\u2063'.repeat(1000);

/** Every RegExp found in `value` (through arrays, maps, sets and plain objects) run once on the long subject; `value` is returned. */
export function primeRegExps<T>(value: T): T {
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof RegExp) {
      v.lastIndex = 0;
      v.test(SUBJECT);
      v.lastIndex = 0;
    } else if (Array.isArray(v) || v instanceof Set) for (const x of v) visit(x);
    else if (v instanceof Map) for (const x of v.values()) visit(x);
    else for (const x of Object.values(v)) visit(x);
  };
  visit(value);
  return value;
}
