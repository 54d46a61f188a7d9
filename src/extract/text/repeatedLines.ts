/**
 * Lines repeated across several documents of one source (a site's header, footer,
 * "Subscribe to our newsletter"…). Used on directories of text dumps, where there is
 * no markup to tell boilerplate from content.
 */

/** Trimmed, with every run of whitespace collapsed to one space. */
export function normaliseLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

const MIN_LINE_LENGTH = 3;

/**
 * Normalised lines (see `normaliseLine`) that appear in at least 2 documents, and in at
 * least half of them when there are 3 or more. Documents that are identical (once their
 * lines are normalised) count once, so duplicating a whole document does not turn its
 * lines into boilerplate. Blank lines and lines shorter than 3 characters are ignored.
 */
export function repeatedLines(texts: readonly string[]): Set<string> {
  const seenDocs = new Set<string>();
  const counts = new Map<string, number>();
  let docs = 0;
  for (const text of texts) {
    const lines = new Set<string>();
    const kept: string[] = [];
    for (const raw of text.split(/\r\n|\r|\n/)) {
      const line = normaliseLine(raw);
      if (line.length === 0) continue;
      kept.push(line);
      if (line.length >= MIN_LINE_LENGTH) lines.add(line);
    }
    const key = kept.join('\n');
    if (seenDocs.has(key)) continue;
    seenDocs.add(key);
    docs++;
    for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const result = new Set<string>();
  if (docs < 2) return result;
  const threshold = docs >= 3 ? Math.max(2, Math.ceil(docs / 2)) : 2;
  for (const [line, n] of counts) if (n >= threshold) result.add(line);
  return result;
}
