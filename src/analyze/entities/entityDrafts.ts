import type { Entity, EntityKind, Mention } from '../types.js';

/** An entity while the finders are still adding to it. */
export interface Draft {
  kind: EntityKind;
  name: string;
  /** For people: folded name words without particles, to match short forms ("Abdel Rahmane"). */
  nameWords: string[];
  mentions: Mention[];
  aliases: Set<string>;
  role: string | null;
  actor: string | null;
  gender: 'm' | 'f' | null;
  /** Normalised nationality of an actor ("syrien"), or null. */
  demonym: string | null;
  /** Position of its latest mention, for "most recent" choices. */
  last: number;
}

/**
 * The entities of one text as they are found, with the character claims that stop two
 * entities from taking the same words. Finders run in order of trust (acronym definitions,
 * lexicons, then names), so the first claim wins.
 */
export class EntityDrafts {
  readonly all: Draft[] = [];
  private readonly claimed: Uint8Array;
  private readonly byStart = new Map<number, Draft>();

  constructor(private readonly text: string) {
    this.claimed = new Uint8Array(text.length);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return false;
    return true;
  }

  create(init: Partial<Draft> & Pick<Draft, 'kind' | 'name'>): Draft {
    const d: Draft = {
      nameWords: [],
      mentions: [],
      aliases: new Set(),
      role: null,
      actor: null,
      gender: null,
      demonym: null,
      last: -1,
      ...init,
    };
    this.all.push(d);
    return d;
  }

  /** Adds a mention if its words are still free; returns whether it was added. */
  mention(d: Draft, start: number, end: number): boolean {
    if (end <= start || !this.isFree(start, end)) return false;
    this.claimed.fill(1, start, end);
    d.mentions.push({ start, end, text: this.text.slice(start, end) });
    this.byStart.set(start, d);
    if (start > d.last) d.last = start;
    return true;
  }

  /** The entity with a mention starting exactly at `pos`, if any. */
  mentionedAt(pos: number): Draft | undefined {
    return this.byStart.get(pos);
  }

  /** The entity list: drafts with mentions, numbered in order of first mention. */
  finish(): Entity[] {
    const live = this.all.filter((d) => d.mentions.length > 0);
    for (const d of live) d.mentions.sort((a, b) => a.start - b.start);
    live.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    return live.map((d, i) => {
      const aliases = [...d.aliases].filter((x) => x !== d.name);
      const e: Entity = { id: `e${i + 1}`, kind: d.kind, name: d.name, mentions: d.mentions, aliases, role: d.role };
      if (d.actor !== null || d.kind === 'armed_group' || d.kind === 'group') e.actor = d.actor;
      return e;
    });
  }
}
