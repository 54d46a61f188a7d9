/**
 * A pattern with its lookaround assertions, `(?<!…)`, `(?<=…)`, `(?!…)` and `(?=…)`, taken out.
 *
 * Why: V8 tries a pattern's lookbehinds at every position of the text before it looks at
 * the words that follow them, and the pack's guards ("not after 'demanded a'") run
 * backwards over several words. Without its assertions a pattern matches wherever the
 * original does, and more, and it scans fast: it is a cheap test of where the original
 * can match at all (see findTriggers).
 */
export function withoutLookarounds(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      const end = classEnd(pattern, i);
      out += pattern.slice(i, end + 1);
      i = end;
    } else if (/^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) {
      i = groupEnd(pattern, i);
    } else out += ch;
  }
  return out;
}

/** Index of the `]` closing the character class opened at `open`. */
function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length - 1;
}

/** Index of the `)` closing the group opened at `open`. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(pattern, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return pattern.length - 1;
}
