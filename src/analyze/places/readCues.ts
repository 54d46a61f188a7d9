/**
 * What the words around a name say about it: a kind cue ("le quartier de X", "the
 * district of X", "X province"), a locative word ("à X", "north of X"), or membership
 * of a list whose first item was cued ("le quartier de X, …, ainsi que de Y et de Z").
 */
import type { CompiledPlacesPack } from './compilePack.js';
import type { PlaceCue, PlaceDraft } from './placeDraft.js';
import type { Token } from './tokenize.js';

/** How far back (in tokens) a cue noun may stand from the name it announces. */
const CUE_REACH = 6;
/** Lower-case words other than links allowed between a cue noun and the name ("la ville syrienne d'Alep"). */
const MAX_FILLERS = 2;

/** The kind cue before token `i`, or null. */
export function kindCueBefore(tokens: readonly Token[], i: number, pack: CompiledPlacesPack): PlaceCue | null {
  let sawComma = false;
  let sawLink = false;
  let fillers = 0;
  for (let k = i - 1; k >= 0 && i - k <= CUE_REACH; k--) {
    const t = tokens[k];
    if (!t) break;
    // "states such as X": the examples of a plural noun, as after a comma.
    const intro = sawComma || sawLink || fillers > 0 ? 0 : phraseEndingAt(tokens, k, pack.listIntroducers);
    if (intro > 0) {
      sawComma = true;
      k -= intro - 1;
      continue;
    }
    if (!t.word) {
      if ((t.text === ',' || t.text === ':') && !sawComma && !sawLink && fillers === 0) {
        sawComma = true;
        continue;
      }
      break;
    }
    // A capital ends the search, unless it only marks a sentence start ("Le quartier de X").
    if (t.cap && !t.sentenceStart) break;
    const singular = pack.kindCues.get(t.key);
    const plural = singular === undefined ? pack.pluralKindCues.get(t.key) : undefined;
    const kind = singular ?? plural;
    if (kind !== undefined) {
      // "deux quartiers, Soukkari et al-Machad": a list announced by the noun.
      if (sawComma) return { kind, role: 'is', inherited: false };
      // Without a link word the noun stands right before the name ("le quartier Ferdous");
      // "Country singer Chris" is no cue.
      if (!sawLink) return fillers === 0 ? { kind, role: 'is', inherited: false } : null;
      // With a link word, only a definite singular noun names the place; an indefinite one
      // places it in the name ("un quartier de Damas"); a plural one says nothing.
      if (plural !== undefined) return null;
      // A nationality or a qualifier may stand between them: "the Nigerian city of Kano",
      // "the eastern city of Sialkot", "the northern Syrian city of Manbij".
      let d = k - 1;
      for (let n = 0; n < 2 && tokens[d]?.word && !pack.definiteArticles.has(tokens[d]!.key); n++) {
        if (!tokens[d]!.cap && !pack.cueQualifiers.has(tokens[d]!.key)) break;
        d--;
      }
      const det = tokens[d];
      const definite = det !== undefined && det.word && pack.definiteArticles.has(det.key);
      return { kind, role: definite ? 'is' : 'contains', inherited: false };
    }
    if (pack.cueLinks.has(t.key)) {
      sawLink = true;
      continue;
    }
    if (t.cap) break;
    if (++fillers > MAX_FILLERS) break;
  }
  return null;
}

/** A lower-case kind noun right after the name ("Idlib province", "the Ferdous district"). */
export function kindCueAfter(tokens: readonly Token[], j: number, pack: CompiledPlacesPack): PlaceCue | null {
  const t = tokens[j + 1];
  if (!t || !t.word || t.cap || !t.spaceBefore) return null;
  const kind = pack.kindCues.get(t.key);
  return kind === undefined ? null : { kind, role: 'is', inherited: false };
}

/** Whether a locative word or phrase stands right before token `i` (articles skipped: "in the Bekaa"). */
export function locativeBefore(tokens: readonly Token[], i: number, pack: CompiledPlacesPack): boolean {
  let end = i - 1;
  const before = tokens[end];
  if (before && before.word && pack.articles.has(before.key)) end--;
  return phraseEndingAt(tokens, end, pack.locativeCues) > 0;
}

/** Length in tokens of the longest phrase of `phrases` ending at token `k` (0 when none). */
export function phraseEndingAt(tokens: readonly Token[], k: number, phrases: readonly string[][]): number {
  for (const phrase of phrases) {
    const n = phrase.length;
    if (k - n + 1 < 0) continue;
    let ok = true;
    for (let p = 0; p < n; p++) {
      const t = tokens[k - n + 1 + p];
      if (!t || !t.word || t.key !== phrase[p]) {
        ok = false;
        break;
      }
    }
    if (ok) return n;
  }
  return 0;
}

/** How far back (in tokens) a list may reach to its previous item. */
const LIST_REACH = 16;
/** Longest apposition skipped between two list items (", l'un des plus fortifiés,"). */
const MAX_APPOSITION = 7;

/**
 * The previous item of the list token `i` belongs to, as the index given by `endsAt`
 * (keyed by the last token of each earlier mention), or null. Items are chained by
 * commas and list connectors; one comma-delimited apposition may stand in between.
 */
export function listPredecessor(
  tokens: readonly Token[],
  i: number,
  pack: CompiledPlacesPack,
  endsAt: ReadonlyMap<number, number>,
): number | null {
  let k = i - 1;
  let connectors = 0;
  let skippedApposition = false;
  while (k >= 0 && i - k <= LIST_REACH) {
    const hit = endsAt.get(k);
    if (hit !== undefined) return connectors > 0 ? hit : null;
    const t = tokens[k];
    if (!t) return null;
    if (!t.word) {
      if (t.text !== ',') return null;
      connectors++;
      k--;
      continue;
    }
    const n = phraseEndingAt(tokens, k, pack.listConnectors);
    if (n > 0) {
      connectors++;
      k -= n;
      continue;
    }
    // An apposition: lower-case words back to a comma, just after an earlier comma.
    const next = tokens[k + 1];
    if (!skippedApposition && next && next.text === ',' && !t.cap) {
      let m = k;
      while (m >= 0 && k - m < MAX_APPOSITION && tokens[m]?.word && !tokens[m]?.cap) m--;
      if (tokens[m]?.text === ',') {
        skippedApposition = true;
        k = m - 1;
        continue;
      }
    }
    return null;
  }
  return null;
}

/** Reads the cue words around each draft, then lets list items inherit their list's cue. Drafts must be in text order. */
export function attachCues(drafts: PlaceDraft[], tokens: readonly Token[], pack: CompiledPlacesPack): void {
  const endsAt = new Map<number, number>();
  drafts.forEach((d, n) => {
    // An adjective takes no kind cue: in "la ville syrienne d'Alep" the cue is Alep's.
    if (d.cue === null && !d.demonym) d.cue = kindCueBefore(tokens, d.firstToken, pack) ?? kindCueAfter(tokens, d.lastToken, pack);
    d.locative = locativeBefore(tokens, d.firstToken, pack);
    const word = tokens[d.firstToken - 1];
    d.townLocative = word !== undefined && word.word && pack.townLocatives.has(word.key);
    const prev = d.demonym ? null : listPredecessor(tokens, d.firstToken, pack, endsAt);
    const before = prev === null ? undefined : drafts[prev];
    if (before && !before.demonym) {
      // Items of one list: each makes the other more likely a place.
      d.listed = true;
      before.listed = true;
      if (d.cue === null && before.cue?.role === 'is') d.cue = { ...before.cue, inherited: true };
    }
    endsAt.set(d.lastToken, n);
  });
  drafts.forEach((d, n) => {
    d.hostedBy = hostFollows(drafts, n, tokens, pack);
    d.owner = ownsInstitution(d, tokens, pack);
  });
}

/** Whether the pack's owner words stand right after the name ("U.S. embassy") or right before it ("ambassade de France"). */
function ownsInstitution(d: PlaceDraft, tokens: readonly Token[], pack: CompiledPlacesPack): boolean {
  if (phraseEndingAt(tokens, d.firstToken - 1, pack.ownerBefore) > 0) return true;
  return pack.ownerAfter.some((phrase) =>
    phrase.every((w, p) => tokens[d.lastToken + 1 + p]?.word === true && tokens[d.lastToken + 1 + p]!.key === w),
  );
}

/**
 * How the next mention says where mention `n` lies (see PlaceDraft.hostedBy): by a host
 * word ("in", « à »), or by a comma or a bracket when it does not go on as a list
 * ("Oulton Park, Cheshire", but not "Copenhagen, Hamburg, Brasoc").
 */
function hostFollows(drafts: readonly PlaceDraft[], n: number, tokens: readonly Token[], pack: CompiledPlacesPack): PlaceDraft['hostedBy'] {
  const d = drafts[n]!;
  const next = drafts[n + 1];
  if (!next || next.source !== d.source || next.demonym || next.firstToken <= d.lastToken) return null;
  const gap = next.firstToken - d.lastToken - 1;
  if (gap === 1 && (tokens[d.lastToken + 1]?.text === ',' || tokens[d.lastToken + 1]?.text === '(')) {
    const after = drafts[n + 2];
    if (!after || after.source !== d.source) return 'mark';
    const between = tokens.slice(next.lastToken + 1, after.firstToken);
    // A list goes on after the second name: a comma or a connector, then a third name.
    if (between.length === 1 && between[0]!.text === ',') return null;
    return phraseEndingAt(tokens, after.firstToken - 1, pack.listConnectors) !== between.length ? 'mark' : null;
  }
  let end = next.firstToken - 1;
  if (tokens[end]?.word && pack.articles.has(tokens[end]!.key)) end--;
  const n2 = phraseEndingAt(tokens, end, pack.hostLinks);
  return n2 > 0 && end - n2 === d.lastToken ? 'word' : null;
}
