import { fold } from '../packs/textPatterns.js';
import type { Span } from '../types.js';
import { capitalRuns } from './capitalRuns.js';
import type { CompiledEntityPack } from './compileEntityPack.js';
import type { Draft, EntityDrafts } from './entityDrafts.js';
import type { Token } from './tokenize.js';
import { datelineTailAt } from '../datelineTail.js';

/** "International Committee of the Red Cross" has seven words; longer runs are headlines. */
const MAX_ORG_WORDS = 12;
const ROMAN = /^[IVXLCDM]+$/;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u;

/**
 * Organisations named by capitalised words holding an organisation word ("Syrian
 * Observatory for Human Rights", "Ministry of Defence"), bare acronyms ("l'OSDH", "AFP"),
 * which join the organisation that defined them, and head words standing for an
 * organisation already named ("l'Observatoire", "the Observatory").
 */
export function findOrganizations(
  text: string,
  tokens: Token[],
  sentences: Span[],
  cp: CompiledEntityPack,
  drafts: EntityDrafts,
  byAcronym: Map<string, Draft>,
): void {
  const joiners = new Set([...cp.connectors, ...cp.particles]);
  for (const run of capitalRuns(text, tokens, cp, drafts, joiners)) {
    let first = run.first;
    while (first <= run.last && tokens[first]!.sentenceStart && cp.functionWords.has(fold(tokens[first]!.text))) first++;
    if (run.last - first >= MAX_ORG_WORDS) continue;
    const words = tokens.slice(first, run.last + 1);
    const nameWords = words.filter((t) => t.cap);
    if (nameWords.length < 2 || !words.some((t) => t.cap && cp.orgWords.has(fold(t.text)))) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    let d = drafts.all.find((x) => (x.kind === 'organization' || x.kind === 'armed_group') && fold(x.name) === fold(name));
    if (!d) {
      const armed = words.some((t) => cp.armedWords.has(fold(t.text)));
      d = drafts.create({ kind: armed ? 'armed_group' : 'organization', name });
    }
    drafts.mention(d, start, end);
  }
  const shouting = new Map<number, boolean>();
  // A dateline ("BEIRUT —", "LA PAZ —", "NEW DELHI, Feb 26 (Reuters) -") names a place: every capital word of it.
  const dateline = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.sentenceStart || !tokens[i]!.allCaps) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.allCaps && /^[ \t]+$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
    if (datelineTailAt(text, tokens[j]!.end)) for (let k = i; k <= j; k++) dateline.add(k);
  }
  for (const [i, t] of tokens.entries()) {
    if (!t.allCaps || !ACRONYM.test(t.text) || ROMAN.test(t.text) || cp.notOrgs.has(t.text)) continue;
    if (t.sentence >= 0 && isShouting(text, sentences, t.sentence, shouting)) continue;
    if (!drafts.isFree(t.start, t.end)) continue;
    if (dateline.has(i)) continue;
    let d = byAcronym.get(t.text);
    if (!d) {
      d = drafts.create({ kind: 'organization', name: t.text });
      byAcronym.set(t.text, d);
    }
    drafts.mention(d, t.start, t.end);
  }
  for (const t of tokens) {
    if (!t.cap || t.allCaps || !cp.orgWords.has(fold(t.text)) || !drafts.isFree(t.start, t.end)) continue;
    if (t.sentenceStart) continue;
    const head = fold(t.text);
    let best: Draft | null = null;
    for (const d of drafts.all) {
      if (d.kind !== 'organization' && d.kind !== 'armed_group') continue;
      if (d.mentions.length === 0 || d.mentions[0]!.start > t.start) continue;
      if (
        !fold(d.name)
          .split(/[\s'-]+/)
          .includes(head)
      )
        continue;
      if (!best || d.last > best.last) best = d;
    }
    if (best) drafts.mention(best, t.start, t.end);
  }
}

/** Whether a sentence is written in capitals (a headline, a shouted warning): its words are not acronyms. Memoised per sentence. */
function isShouting(text: string, sentences: Span[], i: number, memo: Map<number, boolean>): boolean {
  let v = memo.get(i);
  if (v === undefined) {
    const s = sentences[i]!;
    const body = text.slice(s.start, s.end);
    const upper = (body.match(/\p{Lu}/gu) ?? []).length;
    const lower = (body.match(/\p{Ll}/gu) ?? []).length;
    v = upper > 8 && upper > lower;
    memo.set(i, v);
  }
  return v;
}
