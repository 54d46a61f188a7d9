import { fold, wordMatches } from '../packs/textPatterns.js';
import type { Entity, Mention, Quote, Span } from '../types.js';
import { type CompiledQuotePack, type QuotePack, compileQuotePack } from './compileQuotePack.js';
import { quotedRanges } from './quotedRanges.js';
import { type SpeakerHit, SpeakerIndex } from './speakerIndex.js';

export type { QuotePack } from './compileQuotePack.js';

interface Cue {
  start: number;
  end: number;
  source: boolean;
  /** A subject pronoun inside the cue ("a-t-il affirmé"). */
  pronoun: { start: number; end: number; word: string } | null;
}

interface Direct {
  /** From the opening mark to just after the closing one. */
  outer: Span;
  /** The quoted words, trimmed. */
  inner: Span;
  /** The line (paragraph) holding it. */
  line: Span;
}

const SPACE = /[\s\u00a0\u202f]/u;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const TRAILING = /[\s\u00a0\u202f.,;:!?]+$/u;
const LEADING = /^[\s\u00a0\u202f,;:]+/u;
/** Quotations shorter than this, with no cue, are scare quotes or titles, not speech. */
const MIN_UNCUED_WORDS = 4;
/** Reported clauses shorter than this are circumstances ("said on Monday"), not content. */
const MIN_CLAUSE_WORDS = 3;

/**
 * Quotations and reported speech, each with its speaker when one can be attached. Direct
 * quotes are the words between quotation marks, with the cue found after them in their
 * sentence ("», a-t-il affirmé", "," he said") or before them ("X a déclaré : «").
 * Indirect quotes are clauses introduced by a speech verb and "que"/"that" ("Il a précisé
 * que …"), by a source cue ("Selon X, …", "… , according to X"), or closed by one ("…,
 * the group said"). Speakers are entity ids; a pronoun stands for the last person who
 * spoke or was named as a subject.
 */
export function findQuotes(text: string, sentences: Span[], entities: Entity[], pack: QuotePack): Quote[] {
  const cq = compileQuotePack(pack);
  const directs = findDirects(text, pack.quotes.marks);
  const index = new SpeakerIndex(
    text,
    entities,
    cq,
    directs.map((d) => d.outer),
  );
  const roles = new Map(entities.filter((e) => e.role).map((e) => [e.id, e.role!] as const));
  const cues = findCues(text, cq);
  const out: Quote[] = [];
  let di = 0;
  let ci = 0;
  let lastDirect: { line: Span; speaker: string | null } | null = null;
  for (const s of sentences) {
    const inSentence: Direct[] = [];
    while (di < directs.length && directs[di]!.outer.start < s.end) {
      if (directs[di]!.outer.start >= s.start) inSentence.push(directs[di]!);
      di++;
    }
    const sentenceCues: Cue[] = [];
    while (ci < cues.length && cues[ci]!.start < s.end) {
      const c = cues[ci]!;
      if (c.start >= s.start && c.end <= s.end && !index.inQuote(c.start)) sentenceCues.push(c);
      ci++;
    }
    const used = new Set<Cue>();
    inSentence.forEach((q, k) => {
      const prevEnd = k > 0 ? inSentence[k - 1]!.outer.end : s.start;
      const nextStart = k + 1 < inSentence.length ? inSentence[k + 1]!.outer.start : s.end;
      const quote = direct(text, q, prevEnd, nextStart, sentenceCues, used, index, cq, lastDirect);
      if (!quote) return;
      out.push(quote);
      lastDirect = { line: q.line, speaker: quote.speaker };
    });
    // One reported clause, one quote: "said it had received reports that …" is cued twice.
    const clauseEnds = new Set<number>();
    for (const c of sentenceCues) {
      if (used.has(c)) continue;
      const quote = indirect(text, s, c, inSentence, index, cq, roles, clauseEnds);
      if (!quote) continue;
      out.push(quote);
      clauseEnds.add(quote.span.end);
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

function findDirects(text: string, marks: [string, string][]): Direct[] {
  const out: Direct[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (const r of quotedRanges(text, lineStart, lineEnd, marks)) {
      let a = r.start + 1;
      let b = r.end - 1;
      while (a < b && SPACE.test(text[a]!)) a++;
      // A comma closing the quoted words belongs to the sentence around them (“We will not leave,” said…).
      while (b > a && (SPACE.test(text[b - 1]!) || text[b - 1] === ',')) b--;
      if (b > a) out.push({ outer: r, inner: { start: a, end: b }, line: { start: lineStart, end: lineEnd } });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function findCues(text: string, cq: CompiledQuotePack): Cue[] {
  const out: Cue[] = [];
  for (const m of wordMatches(text, cq.cues)) {
    let which = 0;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        which = g - 1;
        break;
      }
    }
    const start = m.index;
    // "United States", "Le Point": a capitalised verb form after a capitalised word is part of a name.
    if (/^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}\p{M}]*[\s\u00a0]+$/u.test(text.slice(Math.max(0, start - 30), start))) continue;
    let pronoun: Cue['pronoun'] = null;
    // Only inversions carry their pronoun inside ("a-t-il"): it is glued by a hyphen.
    for (const p of wordMatches(m[0], cq.pronounWords)) {
      if (p.index > 0 && /[-‑]/.test(m[0][p.index - 1]!))
        pronoun = { start: start + p.index, end: start + p.index + p[0].length, word: p[0] };
    }
    out.push({ start, end: start + m[0].length, source: cq.sourceCue[which] ?? false, pronoun });
  }
  return out;
}

function wordCount(s: string): number {
  return (s.match(WORDS) ?? []).length;
}

function direct(
  text: string,
  q: Direct,
  prevEnd: number,
  nextStart: number,
  cues: Cue[],
  used: Set<Cue>,
  index: SpeakerIndex,
  cq: CompiledQuotePack,
  lastDirect: { line: Span; speaker: string | null } | null,
): Quote | null {
  const words = wordCount(text.slice(q.inner.start, q.inner.end));
  let cue = cues.find((c) => !used.has(c) && c.start >= q.outer.end && c.start < nextStart);
  let speaker: SpeakerHit | null = null;
  if (cue) speaker = speakerOf(text, cue, q.outer.end, nextStart, index, cq);
  else {
    cue = [...cues].reverse().find((c) => !used.has(c) && c.end <= q.outer.start && c.start >= prevEnd);
    if (cue) {
      speaker = speakerOf(text, cue, prevEnd, q.outer.start, index, cq);
      // A name after a cue that opens a quotation speaks only if the quotation follows at once
      // ("a déclaré M. X : « … »"); otherwise it belongs to a clause ("said troops were “…”").
      if (speaker && speaker.start >= cue.end && !/^[\s\u00a0\u202f:,]*$/u.test(text.slice(speaker.end, q.outer.start))) speaker = null;
    }
  }
  if (cue) {
    used.add(cue);
    index.recordSpeaker(cue.start, speaker?.id ?? null);
    return {
      text: text.slice(q.inner.start, q.inner.end),
      span: q.inner,
      kind: 'direct',
      speaker: speaker?.id ?? null,
      cue: cueMention(text, cue, speaker),
    };
  }
  // A quotation standing alone as a sentence after another in the same paragraph goes on from it: same speaker.
  const alone = /^[\s\u00a0\u202f.!?…—–-]*$/u.test(text.slice(prevEnd, q.outer.start) + text.slice(q.outer.end, nextStart));
  if (lastDirect && lastDirect.speaker && lastDirect.line.start === q.line.start && alone && words >= 3) {
    return { text: text.slice(q.inner.start, q.inner.end), span: q.inner, kind: 'direct', speaker: lastDirect.speaker, cue: null };
  }
  const wholeLine = text.slice(q.line.start, q.line.end).trim() === text.slice(q.outer.start, q.outer.end);
  if (words < MIN_UNCUED_WORDS || wholeLine) return null;
  return { text: text.slice(q.inner.start, q.inner.end), span: q.inner, kind: 'direct', speaker: null, cue: null };
}

/** The subject of a speech verb: the pronoun of an inversion ("a-t-il"), else the name or pronoun right before it. */
function subjectOf(cue: Cue, from: number, index: SpeakerIndex): SpeakerHit | null {
  if (cue.pronoun) return { id: index.resolvePronoun(cue.pronoun.word, cue.pronoun.start), start: cue.pronoun.start, end: cue.pronoun.end };
  return index.subjectBefore(cue.start, from);
}

/** The speaker a cue points at, looking between `from` and `to` (the stretch the cue stands in). */
function speakerOf(text: string, cue: Cue, from: number, to: number, index: SpeakerIndex, cq: CompiledQuotePack): SpeakerHit | null {
  if (cue.source) return index.speakerAfter(cue.end, to);
  const before = subjectOf(cue, from, index);
  if (before) return before;
  const verb = fold(text.slice(cue.start, cue.end));
  if (cq.addresseeVerbs.has(verb)) return null;
  return index.speakerAfter(cue.end, to);
}

/** The cue as printed, with its speaker when they stand together ("selon l'OSDH", "rapporte M. Abdel Rahmane"). */
function cueMention(text: string, cue: Cue, speaker: SpeakerHit | null, extendTo?: number): Mention {
  let start = cue.start;
  let end = extendTo ?? cue.end;
  if (speaker) {
    const gap = speaker.start >= cue.end ? text.slice(cue.end, speaker.start) : text.slice(speaker.end, cue.start);
    if (!/[,;:«»"“”()]/u.test(gap) && gap.length <= 12) {
      start = Math.min(start, speaker.start);
      end = Math.max(end, speaker.end);
    }
  }
  return { start, end, text: text.slice(start, end) };
}

function indirect(
  text: string,
  s: Span,
  cue: Cue,
  directs: Direct[],
  index: SpeakerIndex,
  cq: CompiledQuotePack,
  roles: Map<string, string>,
  clauseEnds: Set<number>,
): Quote | null {
  let clause: Span | null = null;
  let speaker: SpeakerHit | null = null;
  let cueEnd = cue.end;
  // A colon or semicolon opens a new clause: "… était achevée: selon l'organisation, …".
  const head0 = text.slice(s.start, cue.start);
  const colon = Math.max(head0.lastIndexOf(':'), head0.lastIndexOf(';'));
  const clauseStart = colon >= 0 ? s.start + colon + 1 : s.start;
  const before = text.slice(clauseStart, cue.start);
  if (cue.source) {
    speaker = index.speakerAfter(cue.end, s.end);
    // At most a conjunction before it ("Mais selon lui, …").
    if (wordCount(before) <= 1 && !/[,;:]/u.test(before)) {
      // "Selon X, directeur de Y, <clause>."; an unnamed source still introduces the clause.
      clause = clauseAfterSpeaker(text, speaker ?? { id: null, start: cue.end, end: cue.end }, s, roles);
    } else if (/,[\s\u00a0]*$/u.test(before) || wordCount(before) >= 4) {
      // "<clause>, selon X."
      clause = { start: clauseStart, end: cue.start };
    }
  } else {
    cq.complementizer.lastIndex = cue.end;
    const comp = cq.complementizer.exec(text);
    if (comp && comp.index + comp[0].length <= s.end) {
      cueEnd = comp.index + comp[0].length;
      clause = { start: cueEnd, end: s.end };
      speaker = subjectOf(cue, s.start, index);
    } else {
      speaker = subjectOf(cue, s.start, index);
      const subjectStart = speaker && speaker.end <= cue.start ? speaker.start : cue.start;
      const head = text.slice(s.start, subjectStart);
      const after = speaker && speaker.start >= cue.end ? null : index.speakerAfter(cue.end, s.end);
      const comma = /,[\s\u00a0\p{L}\p{M}'’-]{0,40}$/u.exec(head);
      // Only a subject between the comma and the verb, and little after it: "…, the group said (on Monday)."
      const tail = text.slice(after ? after.end : cue.end, s.end);
      const closes = (!/,/.test(tail) && wordCount(tail) <= 3) || /^[\s\u00a0]*,[^,;:]*$/u.test(tail);
      if (comma && closes && wordCount(head.slice(0, comma.index)) >= MIN_CLAUSE_WORDS && (speaker || after || wordCount(comma[0]) <= 4)) {
        // "<clause>, the SOHR said." / "<clause>, a monitoring group said."
        clause = { start: s.start, end: s.start + comma.index };
        speaker ??= after;
      } else if (after && endsSentence(text, after.end, s.end, roles.get(after.id ?? '')) && wordCount(head) >= MIN_CLAUSE_WORDS) {
        // "<clause> rapporte l'OSDH."
        clause = { start: s.start, end: cue.start };
        speaker = after;
      } else if (speaker && cq.bareClauseVerbs.has(fold(text.slice(cue.start, cue.end)))) {
        // "He said the rebels had withdrawn."
        clause = { start: cue.end, end: s.end };
      }
    }
  }
  if (!clause) return null;
  const span = trimClause(text, clause);
  if (!span || wordCount(text.slice(span.start, span.end)) < MIN_CLAUSE_WORDS) return null;
  if (clauseEnds.has(span.end)) return null;
  // "Le porte-parole du Kremlin, Dmitri Peskov, a démenti": the "clause" is the speaker's own title.
  const role = speaker?.id ? roles.get(speaker.id) : undefined;
  if (role && fold(text.slice(span.start, span.end)).includes(fold(role))) return null;
  // Reported words that are themselves quoted are the direct quote's.
  if (
    directs.some((d) => d.outer.start < span.end && d.outer.end > span.start && d.inner.end - d.inner.start > (span.end - span.start) / 2)
  )
    return null;
  index.recordSpeaker(cue.start, speaker?.id ?? null);
  return {
    text: text.slice(span.start, span.end),
    span,
    kind: 'indirect',
    speaker: speaker?.id ?? null,
    cue: cueMention(text, cue, speaker, cueEnd),
  };
}

/** Whether only punctuation, brackets or the speaker's own role stand between `pos` and the sentence end. */
function endsSentence(text: string, pos: number, end: number, role: string | undefined): boolean {
  let rest = text.slice(pos, end).replace(/^\s*\([^)]{1,12}\)/u, '');
  if (role) {
    const at = rest.indexOf(role);
    if (at >= 0 && /^\s*,\s*(?:\p{L}+\s+)?$/u.test(rest.slice(0, at))) rest = rest.slice(at + role.length);
  }
  return /^[\s.!?"»”)]*$/u.test(rest);
}

/** After "Selon X" comes the clause, once past X's role in apposition. */
function clauseAfterSpeaker(text: string, speaker: SpeakerHit, s: Span, roles: Map<string, string>): Span | null {
  const rest = text.slice(speaker.end, s.end);
  const comma = rest.indexOf(',');
  if (comma < 0) return null;
  let pos = comma + 1;
  const role = speaker.id ? roles.get(speaker.id) : undefined;
  if (role) {
    const at = rest.indexOf(role, pos);
    if (at >= 0 && at - pos <= 6) {
      const next = rest.indexOf(',', at + role.length);
      if (next > 0) pos = next + 1;
    }
  }
  return { start: speaker.end + pos, end: s.end };
}

function trimClause(text: string, span: Span): Span | null {
  const raw = text.slice(span.start, span.end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw)?.[0].length ?? 0;
  const start = span.start + lead;
  const end = span.end - trail;
  return end > start ? { start, end } : null;
}
