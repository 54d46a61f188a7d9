import { fold, wordMatches } from '../packs/textPatterns.js';
import type { Entity, EntityKind, Span } from '../types.js';
import type { CompiledQuotePack } from './compileQuotePack.js';

interface Indexed {
  start: number;
  end: number;
  id: string;
  kind: EntityKind;
}

/** A speaker found in the text: an entity id (null when a pronoun had no antecedent) and where its words are. */
export interface SpeakerHit {
  id: string | null;
  start: number;
  end: number;
}

const BLANK = /^[\s\u00a0\u202f]*$/u;
const PUNCT = /[,.;:!?«»"“”()[\]—–]/u;
const APPOSITION = /^[\s\u00a0\u202f]*,[^;:!?«»"“”\n]{1,160},[\s\u00a0\u202f]*$/u;
/** "The UN's humanitarian office said": the organisation speaks through its office. */
const POSSESSIVE = /^['’]s(?:\s+[\p{Ll}-]+){1,3}\s+$/u;
const WORDS = /[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*/gu;
/** How far back a pronoun looks for its person. */
const PRONOUN_REACH = 2000;

/**
 * Who can be a speaker around a position: entity mentions, pronouns resolved to the last
 * person who spoke or was named as a subject, and the speakers already attached to quotes.
 */
export class SpeakerIndex {
  private readonly mentions: Indexed[];
  private readonly gender = new Map<string, 'm' | 'f' | null>();
  private readonly spoken: { pos: number; id: string; kind: EntityKind }[] = [];

  constructor(
    private readonly text: string,
    entities: Entity[],
    private readonly cq: CompiledQuotePack,
    /** Direct quotations: names inside them are not speakers. */
    private readonly quoted: Span[],
  ) {
    this.mentions = [];
    for (const e of entities) {
      for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, id: e.id, kind: e.kind });
      if (e.kind === 'person') this.gender.set(e.id, genderOf(e, cq));
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** Remembers who spoke where: "il" after it means them unless someone else was named since. */
  recordSpeaker(pos: number, id: string | null): void {
    if (id === null) return;
    const m = this.mentions.find((x) => x.id === id);
    if (m) this.spoken.push({ pos, id, kind: m.kind });
  }

  /**
   * The speaker named right before `pos` (within [limit, pos)): a mention or a pronoun
   * followed only by spaces or small words ("has", "also"), or a name followed by an
   * apposition ("Ahmed Hassan, a spokesman for the SOHR, said").
   */
  subjectBefore(pos: number, limit: number): SpeakerHit | null {
    const pron = this.lastPronoun(limit, pos);
    if (pron && this.isFiller(this.text.slice(pron.end, pos)))
      return { id: this.resolvePronoun(pron.word, pron.start), start: pron.start, end: pron.end };
    let checked = 0;
    for (let i = this.lastEndingBy(pos); i >= 0 && checked < 6; i--) {
      const m = this.mentions[i]!;
      if (m.end > pos) continue;
      if (m.start < limit) break;
      checked++;
      const gap = this.text.slice(m.end, pos);
      // ") a annoncé": the subject's acronym in brackets, "Le Comité … (CICR) a annoncé".
      if (this.isFiller(gap) || POSSESSIVE.test(gap) || /^\)[\s\u00a0]*$/u.test(gap)) return { id: m.id, start: m.start, end: m.end };
      // "Le porte-parole du Kremlin, Dmitri Peskov, a démenti": a name in apposition to the subject.
      if (m.kind === 'person' && /^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/u.test(gap)) return { id: m.id, start: m.start, end: m.end };
      if ((m.kind === 'person' || m.kind === 'group') && APPOSITION.test(gap)) return { id: m.id, start: m.start, end: m.end };
    }
    return null;
  }

  /** The speaker named right after `pos` ("selon l'OSDH", "said Ahmed Hassan", "d'après lui"). */
  speakerAfter(pos: number, limit: number): SpeakerHit | null {
    const pron = this.firstPronoun(pos, Math.min(limit, pos + 30));
    const i = this.firstStartingFrom(pos);
    const m = i < this.mentions.length ? this.mentions[i]! : null;
    const cands: SpeakerHit[] = [];
    if (m && m.start < limit) cands.push({ id: m.id, start: m.start, end: m.end });
    if (pron) cands.push({ id: null, start: pron.start, end: pron.end });
    cands.sort((a, b) => a.start - b.start);
    for (const c of cands) {
      const gap = this.text.slice(pos, c.start);
      if (!this.onlyArticles(gap) && !(c.id !== null && this.isTitleGap(gap))) continue;
      if (c.id === null) {
        const word = this.text.slice(c.start, c.end);
        return { id: this.resolvePronoun(word, c.start), start: c.start, end: c.end };
      }
      return c;
    }
    return null;
  }

  /**
   * The entity a pronoun stands for: the latest person (or, for a plural, the latest group
   * or organisation) that spoke or was named outside a quotation and not as a complement
   * ("du régime de Bachar al-Assad" is passed over).
   */
  resolvePronoun(word: string, pos: number): string | null {
    const info = this.cq.pronouns.get(fold(word));
    if (!info) return null;
    const fits = (id: string, kind: EntityKind): boolean => {
      if (info.plural) return kind === 'group' || kind === 'armed_group' || kind === 'organization';
      if (kind !== 'person') return false;
      const g = this.gender.get(id) ?? null;
      return info.gender === null || g === null || g === info.gender;
    };
    let best: { pos: number; id: string } | null = null;
    for (let i = this.lastEndingBy(pos); i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.end > pos) continue;
      if (m.end < pos - PRONOUN_REACH) break;
      if (!fits(m.id, m.kind) || this.inQuote(m.start) || this.isOblique(m.start)) continue;
      best = { pos: m.start, id: m.id };
      break;
    }
    for (let i = this.spoken.length - 1; i >= 0; i--) {
      const s = this.spoken[i]!;
      if (s.pos > pos || s.pos < pos - PRONOUN_REACH || !fits(s.id, s.kind)) continue;
      if (!best || s.pos > best.pos) best = { pos: s.pos, id: s.id };
      break;
    }
    return best?.id ?? null;
  }

  inQuote(pos: number): boolean {
    return this.quoted.some((q) => q.start <= pos && pos < q.end);
  }

  private isOblique(start: number): boolean {
    const words = this.text.slice(Math.max(0, start - 30), start).match(WORDS) ?? [];
    for (let i = words.length - 1; i >= 0 && i >= words.length - 2; i--) {
      const w = fold(words[i]!);
      if (this.cq.oblique.has(w)) return true;
      if (!this.cq.articles.has(w)) return false;
    }
    return false;
  }

  private isFiller(gap: string): boolean {
    if (BLANK.test(gap)) return true;
    if (PUNCT.test(gap)) return false;
    const words = gap.match(WORDS) ?? [];
    return words.length <= 3 && words.every((w) => this.cq.functionWords.has(fold(w)));
  }

  private onlyArticles(gap: string): boolean {
    if (PUNCT.test(gap)) return false;
    const words = gap.match(WORDS) ?? [];
    return words.length <= 2 && words.every((w) => this.cq.articles.has(fold(w)));
  }

  /** "le colonel", "le ministre ukrainien de la Défense": a title printed between a cue and the name. */
  private isTitleGap(gap: string): boolean {
    if (/[,;:.!?«»"“”()]/u.test(gap)) return false;
    const words = gap.match(WORDS) ?? [];
    if (words.length > 8) return false;
    const head = words.find((w) => !this.cq.articles.has(fold(w)));
    return head !== undefined && this.cq.roleHeads.has(fold(head));
  }

  private lastPronoun(from: number, to: number): { start: number; end: number; word: string } | null {
    let last: { start: number; end: number; word: string } | null = null;
    for (const m of wordMatches(this.text.slice(from, to), this.cq.pronounWords)) {
      last = { start: from + m.index, end: from + m.index + m[0].length, word: m[0] };
    }
    return last;
  }

  private firstPronoun(from: number, to: number): { start: number; end: number } | null {
    for (const m of wordMatches(this.text.slice(from, to), this.cq.pronounWords)) {
      return { start: from + m.index, end: from + m.index + m[0].length };
    }
    return null;
  }

  /** Index of the last mention starting before `pos`. */
  private lastEndingBy(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private firstStartingFrom(pos: number): number {
    return this.lastEndingBy(pos) + 1;
  }
}

/** A person's gender when a courtesy title printed with one of their mentions implies it. */
function genderOf(e: Entity, cq: CompiledQuotePack): 'm' | 'f' | null {
  for (const m of e.mentions) {
    const first = m.text.split(/\s+/)[0] ?? '';
    const g = cq.honorifics.get(first);
    if (g) return g;
  }
  return null;
}
