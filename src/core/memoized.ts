/**
 * A string function that remembers what it made. Words and names come back in every
 * article, and folding or keying one costs far more than a look-up. The memo starts over
 * once it holds `size` entries, so that a long run's vocabulary cannot grow it forever.
 */
export function memoized(fn: (s: string) => string, size: number): (s: string) => string {
  const made = new Map<string, string>();
  return (s) => {
    let out = made.get(s);
    if (out === undefined) {
      if (made.size >= size) made.clear();
      out = fn(s);
      made.set(s, out);
    }
    return out;
  };
}
