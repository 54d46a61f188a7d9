import type { ActorEntry } from '../packs/textPack.js';
import { fold, wordMatches } from '../packs/textPatterns.js';
import type { CompiledEntityPack } from './compileEntityPack.js';
import { normalizePhrase } from './compileEntityPack.js';
import type { Draft, EntityDrafts } from './entityDrafts.js';

interface Hit {
  start: number;
  end: number;
  entry: ActorEntry;
  /** Where the printed nationality is, when there is one. */
  dem: { start: number; end: number; text: string } | null;
  /** Matched as printed: a proper name ("EI", "Islamic State"), not a common noun. */
  exact: boolean;
}

/**
 * Armed groups, institutions and groups named by the pack's lexicon ("rebelles", "l'armée
 * syrienne", "EI", "des témoins"). A nationality keeps apart actors of one kind ("armée
 * russe", "armée ukrainienne"); an unqualified mention joins the latest actor of its kind.
 * `byActor` maps actor keys to the entity most recently given one.
 */
export function findActors(text: string, cp: CompiledEntityPack, drafts: EntityDrafts, byActor: Map<string, Draft>): void {
  const hits: Hit[] = [];
  collect(text, cp.actorsLoose, cp, true, false, hits);
  collect(text, cp.actorsExact, cp, false, false, hits);
  collect(text, cp.qualifiedLoose, cp, true, true, hits);
  collect(text, cp.qualifiedExact, cp, false, true, hits);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd || !drafts.isFree(h.start, h.end)) continue;
    lastEnd = h.end;
    kept.push(h);
  }
  // Generic words once used for a named group ("Islamic State militants") keep meaning it ("the militants").
  const generic = new Map<string, Draft>();
  for (let i = 0; i < kept.length; i++) {
    const h = kept[i]!;
    const named = namedNeighbour(text, kept, i, cp);
    const word = normalizePhrase(text.slice(h.start, h.end));
    const claimedGroup = named ? undefined : groupNamedAfter(text, h, cp, drafts);
    const d = named ? draftFor(named, drafts, byActor) : (claimedGroup ?? ((!h.dem && generic.get(word)) || draftFor(h, drafts, byActor)));
    if (named || claimedGroup) generic.set(word, d);
    drafts.mention(d, h.start, h.end);
    const surface = text.slice(h.start, h.end).replace(/\s+/g, ' ');
    if (named || claimedGroup) continue;
    if (h.dem && d.name === h.entry.name) d.name = surface;
    d.aliases.add(surface);
  }
}

/**
 * A generic word for fighters next to a named group belongs to that group: "Islamic
 * State militants", "les jihadistes de l'EI". Returns the named hit, or null.
 */
function namedNeighbour(text: string, hits: Hit[], i: number, cp: CompiledEntityPack): Hit | null {
  const h = hits[i]!;
  if (h.exact || h.entry.kind !== 'armed_group') return null;
  const prev = hits[i - 1];
  if (prev && prev.exact && prev.entry.kind === 'armed_group' && /^[\s\u00a0]+$/u.test(text.slice(prev.end, h.start))) return prev;
  const next = hits[i + 1];
  if (next && next.exact && next.entry.kind === 'armed_group' && next.start - h.end < 12) {
    const gap = fold(text.slice(h.end, next.start))
      .split(/[\s']+/)
      .filter(Boolean);
    if (gap.length > 0 && gap.every((w) => cp.connectors.has(w) || cp.elisions.has(w) || cp.determiners.has(w))) return next;
  }
  return null;
}

/** "les jihadistes de Hayat Tahrir al-Cham (HTS)": the group an acronym definition already named right after a generic word. */
function groupNamedAfter(text: string, h: Hit, cp: CompiledEntityPack, drafts: EntityDrafts): Draft | undefined {
  if (h.exact || h.entry.kind !== 'armed_group') return undefined;
  // Step over small words ("de", "l'", "of the") to the first other word.
  const small = /[\s\u00a0]*([\p{L}]+)(['’]?)/uy;
  let pos = h.end;
  for (let steps = 0; steps < 4; steps++) {
    small.lastIndex = pos;
    const m = small.exec(text);
    if (!m) return undefined;
    const w = fold(m[1]!);
    if (!(cp.connectors.has(w) || cp.elisions.has(w) || cp.determiners.has(w))) {
      if (steps === 0) return undefined;
      const d = drafts.mentionedAt(m.index + m[0].length - m[1]!.length - m[2]!.length);
      return d && d.kind === 'armed_group' ? d : undefined;
    }
    pos = m.index + m[0].length;
  }
  return undefined;
}

function collect(text: string, re: RegExp, cp: CompiledEntityPack, loose: boolean, needsDemonym: boolean, out: Hit[]): void {
  for (const m of wordMatches(text, re)) {
    const key = loose ? normalizePhrase(m[0]) : m[0].replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'");
    const entry = loose ? cp.looseTerms.get(key) : cp.exactTerms.get(key);
    if (!entry) continue;
    let start = m.index;
    let end = start + m[0].length;
    let dem = demonymAround(text, start, end, cp);
    // "Taliban fighters": a named group's name may look like a nationality; it is the group, met by namedNeighbour().
    if (dem && (cp.exactTerms.has(dem.text) || cp.looseTerms.has(normalizePhrase(dem.text)))) dem = null;
    if (needsDemonym && !dem) continue;
    if (dem) {
      start = Math.min(start, dem.start);
      end = Math.max(end, dem.end);
    }
    out.push({ start, end, entry, dem, exact: !loose });
  }
}

function demonymAround(text: string, start: number, end: number, cp: CompiledEntityPack): Hit['dem'] {
  if (cp.demonymAfter) {
    cp.demonymAfter.lastIndex = end;
    const m = cp.demonymAfter.exec(text);
    if (m?.groups?.dem) return { start: m.index + m[0].length - m.groups.dem.length, end: m.index + m[0].length, text: m.groups.dem };
  }
  if (cp.demonymBefore) {
    const from = Math.max(0, start - 30);
    const m = cp.demonymBefore.exec(text.slice(from, start));
    if (m?.groups?.dem) return { start: from + m.index, end: from + m.index + m.groups.dem.length, text: m.groups.dem };
  }
  return null;
}

/** "syrienne", "syriens", "Syrian" → one key per nationality, whatever the agreement. */
function demonymKey(s: string): string {
  return fold(s)
    .replace(/(?:es|e|s)$/, '')
    .replace(/nn$/, 'n');
}

function draftFor(h: Hit, drafts: EntityDrafts, byActor: Map<string, Draft>): Draft {
  const key = h.entry.key;
  const same = drafts.all.filter((d) => d.actor === key);
  if (h.dem) {
    const dk = demonymKey(h.dem.text);
    const match = same.find((d) => d.demonym === dk) ?? same.find((d) => d.demonym === null);
    if (match) {
      match.demonym = dk;
      byActor.set(key, match);
      return match;
    }
    const d = drafts.create({ kind: h.entry.kind, name: h.entry.name, actor: key, demonym: dk });
    byActor.set(key, d);
    return d;
  }
  const recent = byActor.get(key);
  if (recent) return recent;
  const d = drafts.create({ kind: h.entry.kind, name: h.entry.name, actor: key });
  byActor.set(key, d);
  return d;
}
