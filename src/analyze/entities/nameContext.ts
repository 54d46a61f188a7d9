/**
 * What stands around a name and tells whether it is a person's: courtesy titles, roles
 * before the name or in apposition after it, and context phrases. Token-based, so each
 * check looks at a handful of words rather than scanning text.
 */
import { fold } from '../packs/textPatterns.js';
import type { CompiledEntityPack } from './compileEntityPack.js';
import { normalizePhrase } from './compileEntityPack.js';
import type { Token } from './tokenize.js';

const SPACES = /^[\s\u00a0\u202f]+$/u;
const SPACES_OR_ELISION = /^(?:[\s\u00a0\u202f]+|['’ʼ])$/u;
const ROLE_STOP = /[,;:«»"“”—–!?\n]/u;

/** The courtesy title a token is ("M." with its dot, "Mme"), with the gender it implies, or null. */
export function honorific(text: string, t: Token, cp: CompiledEntityPack): { gender: 'm' | 'f' | null } | null {
  const dotted = text[t.end] === '.' ? `${t.text}.` : null;
  if (dotted && cp.honorifics.has(dotted)) return { gender: cp.honorifics.get(dotted) ?? null };
  if (cp.honorifics.has(t.text)) return { gender: cp.honorifics.get(t.text) ?? null };
  return null;
}

/** Length in words of a role phrase ending at token r (not before token `min`), or 0. */
export function roleEndingAt(text: string, tokens: Token[], r: number, min: number, cp: CompiledEntityPack): number {
  for (let w = Math.min(cp.roleWords, r - min + 1); w >= 1; w--) {
    if (cp.roles.has(normalizePhrase(text.slice(tokens[r - w + 1]!.start, tokens[r]!.end)))) return w;
  }
  return 0;
}

/**
 * A role printed before the name: "le président syrien Bachar al-Assad", "le directeur
 * de l'OSDH, Rami Abdel Rahmane", "Kremlin spokesman Dmitry Peskov". Between the role
 * word and the name only small words, capitalised words and nationalities may stand.
 */
export function roleBefore(text: string, tokens: Token[], nameStart: number, cp: CompiledEntityPack): string | null {
  const j = nameStart - 1;
  if (j < 0) return null;
  const sentence = tokens[nameStart]!.sentence;
  if (tokens[j]!.sentence !== sentence || !/^,?[\s\u00a0\u202f]+$/u.test(text.slice(tokens[j]!.end, tokens[nameStart]!.start))) return null;
  // "correspondante du Journal": a name right after "de" is the role's complement, not a person.
  const jf = fold(tokens[j]!.text);
  if (cp.connectors.has(jf) || cp.elisions.has(jf) || cp.determiners.has(jf)) return null;
  for (let k = j; k >= 0 && k >= j - 5; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return null;
    if (k < j && !SPACES_OR_ELISION.test(text.slice(t.end, tokens[k + 1]!.start))) return null;
    const w = roleEndingAt(text, tokens, k, Math.max(0, k - cp.roleWords), cp);
    if (w > 0) {
      let s = k - w + 1;
      // Capitalised or national qualifiers before the role word: "Kremlin spokesman", "Syrian army commander".
      while (s > 0 && tokens[s - 1]!.sentence === sentence && SPACES.test(text.slice(tokens[s - 1]!.end, tokens[s]!.start))) {
        const p = tokens[s - 1]!;
        const pf = fold(p.text);
        if (cp.functionWords.has(pf) || cp.determiners.has(pf)) break;
        if (!(p.cap || cp.demonymWord.test(p.text))) break;
        s--;
      }
      return text.slice(tokens[s]!.start, tokens[j]!.end);
    }
    const f = fold(t.text);
    const filler = cp.connectors.has(f) || cp.elisions.has(f) || cp.determiners.has(f) || t.cap || cp.demonymWord.test(t.text);
    if (!filler || (cp.functionWords.has(f) && !cp.connectors.has(f) && !cp.elisions.has(f))) return null;
  }
  return null;
}

/** Whether the word before token `i` ties it to what precedes ("de la Défense", "of Defence"). */
export function complementOpens(text: string, tokens: Token[], i: number, cp: CompiledEntityPack): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence) return false;
  const f = fold(prev.text);
  return cp.connectors.has(f) || cp.elisions.has(f) || cp.determiners.has(f);
}

/** ", directeur de l'OSDH" after a name → "directeur de l'OSDH" (up to the next comma or the sentence end). */
export function roleAfter(text: string, end: number, sentenceEnd: number, cp: CompiledEntityPack): string | null {
  cp.roleAfter.lastIndex = end;
  const m = cp.roleAfter.exec(text);
  if (!m?.groups?.role) return null;
  const roleStart = m.index + m[0].length - m.groups.role.length;
  let stop = Math.min(sentenceEnd, roleStart + 160);
  for (let i = roleStart; i < stop; i++) {
    if (ROLE_STOP.test(text[i]!)) {
      stop = i;
      break;
    }
  }
  const role = text
    .slice(roleStart, stop)
    .replace(/[\s.]+$/u, '')
    .trim();
  return role || null;
}

/** Whether one of `phrases` (folded) ends right before token `idx`, through a space or an elision. */
export function phraseBefore(text: string, tokens: Token[], idx: number, phrases: Set<string>): boolean {
  if (idx <= 0 || phrases.size === 0) return false;
  const prev = tokens[idx - 1]!;
  if (!SPACES_OR_ELISION.test(text.slice(prev.end, tokens[idx]!.start))) return false;
  for (let k = idx - 1; k >= 0 && k >= idx - 3; k--) {
    if (phrases.has(normalizePhrase(text.slice(tokens[k]!.start, prev.end)))) return true;
  }
  return false;
}

/** Whether one of `phrases` (folded) follows token `idx` after a space. */
export function phraseAfter(text: string, tokens: Token[], idx: number, phrases: Set<string>): boolean {
  const next = tokens[idx + 1];
  if (!next || phrases.size === 0 || !SPACES.test(text.slice(tokens[idx]!.end, next.start))) return false;
  for (let k = idx + 1; k < tokens.length && k <= idx + 2; k++) {
    if (phrases.has(normalizePhrase(text.slice(next.start, tokens[k]!.end)))) return true;
  }
  return false;
}
