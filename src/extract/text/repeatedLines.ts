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

/** A document that shares this much of its text with an earlier one, and at least COPY_CHARS characters, is a copy of it. */
const COPY_SHARE = 0.5;
const COPY_CHARS = 200;

/**
 * Normalised lines (see `normaliseLine`) that appear in at least 2 documents, and in at
 * least half of them when there are 3 or more. Copies count once: a document that shares
 * half its text or more (by characters, and a few paragraphs' worth) with an earlier one
 * is a republication, whose shared lines are content, not template; a site's header and
 * footer lines are short beside its articles' paragraphs. Blank lines and lines shorter
 * than 3 characters are ignored.
 */
export function repeatedLines(texts: readonly string[]): Set<string> {
  const counted: Set<string>[] = [];
  const counts = new Map<string, number>();
  for (const text of texts) {
    const lines = new Set<string>();
    for (const raw of text.split(/\r\n|\r|\n/)) {
      const line = normaliseLine(raw);
      if (line.length >= MIN_LINE_LENGTH) lines.add(line);
    }
    if (lines.size === 0 || counted.some((earlier) => isCopy(lines, earlier))) continue;
    counted.push(lines);
    for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const docs = counted.length;
  const result = new Set<string>();
  if (docs < 2) return result;
  const threshold = docs >= 3 ? Math.max(2, Math.ceil(docs / 2)) : 2;
  for (const [line, n] of counts) if (n >= threshold) result.add(line);
  return result;
}

function isCopy(lines: ReadonlySet<string>, earlier: ReadonlySet<string>): boolean {
  let shared = 0;
  let total = 0;
  for (const line of lines) {
    total += line.length;
    if (earlier.has(line)) shared += line.length;
  }
  // A document saved twice is a copy however short.
  return shared === total || (shared >= COPY_CHARS && shared >= COPY_SHARE * total);
}
