import { APOSTROPHES, fold } from '../packs/textPatterns.js';
import type { CompiledEntityPack } from './compileEntityPack.js';
import type { EntityDrafts } from './entityDrafts.js';
import type { Token } from './tokenize.js';

/** Token indices, inclusive. */
export interface Run {
  first: number;
  last: number;
}

const BLANK = /^[ \t\u00a0\u202f]{1,3}$/u;
const AFTER_INITIAL = /^\.[ \t\u00a0\u202f]{1,3}$/u;

/**
 * Maximal runs of name words: capitalised words ("Rami", "Abdel"), hyphenated particle
 * forms ("al-Assad"), initials ("J."), joined by single spaces, with the given lower-case
 * joiners allowed between two of them ("Charles de Gaulle", "Ministry of Defence"). Runs
 * stop at words another finder has claimed, at acronyms, at month and weekday names and
 * at elided articles ("L'").
 */
export function capitalRuns(text: string, tokens: Token[], cp: CompiledEntityPack, drafts: EntityDrafts, joiners: Set<string>): Run[] {
  const runs: Run[] = [];
  let first = -1;
  let last = -1;
  const close = (): void => {
    // Trailing joiners are not part of the name.
    while (last > first && !isNameWord(text, tokens[last]!, cp)) last--;
    if (first >= 0) runs.push({ first, last });
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const nameWord = isNameWord(text, t, cp) && drafts.isFree(t.start, t.end);
    const joiner = !nameWord && first >= 0 && joiners.has(fold(t.text)) && drafts.isFree(t.start, t.end);
    if (first >= 0) {
      const prev = tokens[last]!;
      const gap = text.slice(prev.end, t.start);
      const joined =
        (nameWord || joiner) && prev.sentence === t.sentence && (BLANK.test(gap) || (isInitial(text, prev) && AFTER_INITIAL.test(gap)));
      if (joined) {
        last = i;
        continue;
      }
      close();
    }
    if (nameWord) {
      first = i;
      last = i;
    }
  }
  if (first >= 0) close();
  return runs;
}

export function isNameWord(text: string, t: Token, cp: CompiledEntityPack): boolean {
  if (t.allCaps) return false;
  if (!(t.cap || cp.particleWord.test(t.text))) return false;
  const f = fold(t.text);
  if (cp.calendar.has(f)) return false;
  // "L'", "D'": an article glued to the next word.
  if (cp.elisions.has(f) && APOSTROPHES.includes(text[t.end] ?? '')) return false;
  return true;
}

/** One capital letter followed by a dot: "J." in "J. Smith", "M." in "M. Abdel Rahmane". */
export function isInitial(text: string, t: Token): boolean {
  return t.text.length <= 3 && t.cap && text[t.end] === '.';
}
