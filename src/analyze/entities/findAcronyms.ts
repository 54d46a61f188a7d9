import { fold } from '../packs/textPatterns.js';
import type { CompiledEntityPack } from './compileEntityPack.js';
import { normalizePhrase } from './compileEntityPack.js';
import type { Draft, EntityDrafts } from './entityDrafts.js';
import type { Token } from './tokenize.js';

const DEFINITION = /\(\s*([\p{Lu}][\p{Lu}\p{N}&.-]{1,9}s?)\s*\)/gu;
/** How far back a long form may start, in words. */
const MAX_WORDS = 14;

/**
 * Organisations introduced with their acronym, "Observatoire syrien des droits de l'Homme
 * (OSDH)": the long form is found by matching the acronym's letters, right to left, with
 * the initials of the words before the bracket (small words may be skipped; one other
 * word may be). Returns acronym → entity, so that later bare acronyms join it.
 */
export function findAcronyms(
  text: string,
  tokens: Token[],
  cp: CompiledEntityPack,
  drafts: EntityDrafts,
  byActor: Map<string, Draft>,
): Map<string, Draft> {
  const byAcronym = new Map<string, Draft>();
  for (const m of text.matchAll(DEFINITION)) {
    const acr = m[1]!;
    if ((acr.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const open = m.index;
    const last = lastTokenBefore(tokens, open);
    if (last < 0 || !/^\s*$/u.test(text.slice(tokens[last]!.end, open))) continue;
    const first = longFormStart(text, tokens, last, acr, cp);
    if (first < 0) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    if (!drafts.isFree(start, end)) continue;
    const longForm = text.slice(start, end).replace(/\s+/g, ' ');
    const entry = cp.exactTerms.get(acr) ?? cp.looseTerms.get(normalizePhrase(longForm)) ?? cp.exactTerms.get(longForm);
    let d = byAcronym.get(acr) ?? (entry ? byActor.get(entry.key) : undefined);
    if (!d) {
      const armed = tokens.slice(first, last + 1).some((t) => cp.armedWords.has(fold(t.text)));
      d = drafts.create({ kind: entry?.kind ?? (armed ? 'armed_group' : 'organization'), name: longForm, actor: entry?.key ?? null });
      if (entry) byActor.set(entry.key, d);
    } else if (longForm.length > d.name.length) {
      d.aliases.add(d.name);
      d.name = longForm;
    }
    d.aliases.add(acr);
    drafts.mention(d, start, end);
    const acrStart = text.indexOf(acr, open);
    drafts.mention(d, acrStart, acrStart + acr.length);
    byAcronym.set(acr, d);
  }
  return byAcronym;
}

/** Index of the last token ending at or before `pos`, or -1. */
export function lastTokenBefore(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function longFormStart(text: string, tokens: Token[], last: number, acr: string, cp: CompiledEntityPack): number {
  const letters = [...fold(acr).replace(/s$/, '')].filter((c) => /\p{L}/u.test(c));
  const sentence = tokens[last]!.sentence;
  let k = letters.length - 1;
  let skips = 0;
  let j = last;
  for (; j >= 0 && j > last - MAX_WORDS && k >= 0; j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) return fallback(text, tokens, last, letters, cp);
    // Words join through spaces and elisions only: a comma or a bracket ends the name.
    if (j < last && !/^[\s'’ʼ]*$/u.test(text.slice(t.end, tokens[j + 1]!.start))) return fallback(text, tokens, last, letters, cp);
    const parts = fold(t.text).split(/[-‑]/).reverse();
    // A hyphenated word the acronym skips ("du Congo-Zaïre (AFDL)") is one word skipped, not two.
    let skippedHere = false;
    for (const part of parts) {
      if (k < 0) break;
      if (part[0] === letters[k]) k--;
      else if (isSmallWord(part, cp) || skippedHere) continue;
      else if (skips++ >= 1) return fallback(text, tokens, last, letters, cp);
      else skippedHere = true;
    }
  }
  if (k >= 0) return fallback(text, tokens, last, letters, cp);
  const first = j + 1;
  if (!tokens[first]!.cap && (skips > 0 || letters.length < 3)) return -1;
  return first;
}

function isSmallWord(w: string, cp: CompiledEntityPack): boolean {
  return cp.connectors.has(w) || cp.elisions.has(w) || cp.particles.has(w) || cp.determiners.has(w) || cp.functionWords.has(w);
}

/**
 * Names whose acronym comes from another language or spelling ("Hayat Tahrir al-Cham
 * (HTS)"): the run of capitalised words before the bracket, if it starts with the
 * acronym's first letter.
 */
function fallback(text: string, tokens: Token[], last: number, letters: string[], cp: CompiledEntityPack): number {
  let j = last;
  while (j > 0 && last - j < MAX_WORDS) {
    const prev = tokens[j - 1]!;
    if (prev.sentence !== tokens[j]!.sentence || !/^\s+$/u.test(text.slice(prev.end, tokens[j]!.start))) break;
    if (!(prev.cap || cp.particleWord.test(prev.text))) break;
    j--;
  }
  if (j === last) return -1;
  const t = tokens[j]!;
  if (t.sentenceStart && cp.functionWords.has(fold(t.text))) j++;
  if (j >= last || fold(tokens[j]!.text)[0] !== letters[0]) return -1;
  return j;
}
