/**
 * The compiled form of a gazetteer: flat columns and one hashed key table, so that it
 * can be written to a file and read back without rebuilding anything (see indexFile.ts),
 * and looked up in constant time. Building it is the slow part (spelling keys for every
 * name); it is done once per source and cached.
 */
import type { GazetteerEntry, GazetteerKind } from './types.js';
import type { NameKeys, SpellingKeys } from './spellingKeys.js';

export const KINDS: readonly GazetteerKind[] = ['country', 'admin1', 'admin2', 'city', 'district', 'region', 'other'];

/** One name of a record, with what we know about it. */
export interface IndexName {
  text: string;
  /** ISO 639-1 language of the name, when the source says. */
  language?: string | null;
  /** Derived by us (a region's name without "Governorate"), not read from the source. */
  derived?: boolean;
  /** A demonym: indexed apart, matched only on request. */
  demonym?: boolean;
  /**
   * Matched only as written, case and dots included ("US", never "us"): indexed under its
   * loose key alone, and a surface found there must equal it (see NAME_EXACT_CASE).
   */
  exactCase?: boolean;
}

/** An entry and the names it is to be found under (its `name` is always one). */
export interface IndexRecord {
  entry: GazetteerEntry;
  names: IndexName[];
}

export const NAME_DERIVED = 1;
export const NAME_DEMONYM = 2;
/**
 * The name's case-and-accent fold equals its loose key (no punctuation, hyphen or
 * apostrophe in it): a surface without any either matches it exactly when their loose keys
 * are equal, without folding the name again at lookup time.
 */
export const NAME_PLAIN = 4;
/**
 * The name matches only a surface written the same, case and dots included (a name
 * whose folded form is a common word: "US" and "us"); such names have no variant,
 * skeleton or partial keys.
 */
export const NAME_EXACT_CASE = 8;

/** Key tags: which index a key belongs to. */
export const TAG = {
  loose: 'L',
  variant: 'V',
  skeleton: 'S',
  partial: 'P',
  demonymLoose: 'd',
  demonymVariant: 'v',
} as const;

export interface IndexData {
  /** Entries, sorted by id. Column `i` of every entry array is entry `i`. */
  ids: Int32Array;
  lats: Float64Array;
  lons: Float64Array;
  populations: Float64Array;
  /** Parent id, 0 for none (GeoNames has no id 0, synthetic ids are negative). */
  parents: Int32Array;
  /** Index into KINDS. */
  kinds: Uint8Array;
  /** Indexes into the tables below; 0 stands for null. */
  featureCodes: Uint16Array;
  countries: Uint16Array;
  admin1s: Uint16Array;
  tables: { featureCodes: string[]; countries: string[]; admin1s: string[]; languages: string[] };
  /** Names of entry `i` are nameTexts[nameStart[i] .. nameStart[i + 1]); the first is its `name`. */
  nameStart: Int32Array;
  nameTexts: string[];
  nameFlags: Uint8Array;
  /** Index into tables.languages; 0 for unknown. */
  nameLangs: Uint8Array;
  /** Tagged keys ("V" + variant key…), in no particular order. */
  keys: string[];
  /**
   * Open-addressing hash table over `keys` (linear probing, size a power of two, at most
   * half full): slot s holds 1 + the index of a key whose keyHash lands there, 0 when empty.
   * Stored with the index, so loading it costs nothing, and probed in O(1).
   */
  slots: Int32Array;
  /** Name indexes under keys[k] are postings[postingStart[k] .. postingStart[k + 1]). */
  postingStart: Int32Array;
  postings: Int32Array;
}

export interface BuildIndexOptions {
  /**
   * Kinds whose multi-word names are also indexed under their trailing words ('partial'
   * matches). Districts by default: the press shortens "Al-Ansari Mashhad" to "al-Machad",
   * while for cities the same index would mostly add noise ("York" → "New York").
   */
  partialKinds?: readonly GazetteerKind[];
}

/** A table of strings with 0 reserved for null. */
class Table {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>();
  constructor(private readonly max: number) {}
  id(v: string | null | undefined): number {
    if (v === null || v === undefined || v === '') return 0;
    let i = this.index.get(v);
    if (i === undefined) {
      if (this.values.length > this.max) return 0;
      i = this.values.length;
      this.values.push(v);
      this.index.set(v, i);
    }
    return i;
  }
}

/** Names are stored '\n'-separated; a stray line break must not split one. */
const cleanName = (s: string): string => s.replace(/[\r\n\t]+/g, ' ').trim();

export function buildIndexData(records: readonly IndexRecord[], keys: SpellingKeys, options: BuildIndexOptions = {}): IndexData {
  const partialKinds = new Set(options.partialKinds ?? ['district']);
  const sorted = mergeById(records);
  const n = sorted.length;
  const data: IndexData = {
    ids: new Int32Array(n),
    lats: new Float64Array(n),
    lons: new Float64Array(n),
    populations: new Float64Array(n),
    parents: new Int32Array(n),
    kinds: new Uint8Array(n),
    featureCodes: new Uint16Array(n),
    countries: new Uint16Array(n),
    admin1s: new Uint16Array(n),
    tables: { featureCodes: [], countries: [], admin1s: [], languages: [] },
    nameStart: new Int32Array(n + 1),
    nameTexts: [],
    nameFlags: new Uint8Array(0),
    nameLangs: new Uint8Array(0),
    keys: [],
    slots: new Int32Array(0),
    postingStart: new Int32Array(0),
    postings: new Int32Array(0),
  };
  const fc = new Table(0xffff);
  const cc = new Table(0xffff);
  const a1 = new Table(0xffff);
  const langs = new Table(0xff);
  const flags: number[] = [];
  const nameLangs: number[] = [];
  const byKey = new Map<string, number | number[]>();
  // Many names share a loose key (a name and its ASCII form): their spelling keys are computed once.
  const keysOf = new Map<string, NameKeys>();
  const post = (key: string, nameIdx: number): void => {
    const cur = byKey.get(key);
    if (cur === undefined) byKey.set(key, nameIdx);
    else if (typeof cur === 'number') {
      if (cur !== nameIdx) byKey.set(key, [cur, nameIdx]);
    } else if (cur[cur.length - 1] !== nameIdx) cur.push(nameIdx);
  };

  for (let i = 0; i < n; i++) {
    const { entry, names } = sorted[i]!;
    data.ids[i] = entry.id;
    data.lats[i] = entry.lat;
    data.lons[i] = entry.lon;
    data.populations[i] = Number.isFinite(entry.population) ? entry.population : 0;
    data.parents[i] = entry.parentId ?? 0;
    data.kinds[i] = Math.max(0, KINDS.indexOf(entry.kind));
    data.featureCodes[i] = fc.id(entry.featureCode);
    data.countries[i] = cc.id(entry.country);
    data.admin1s[i] = a1.id(entry.admin1);
    data.nameStart[i] = data.nameTexts.length;
    const partial = partialKinds.has(entry.kind);
    const seen = new Set<string>();
    for (const nm of expandNames(entry.kind, names, keys)) {
      const text = cleanName(nm.text);
      const flag = (nm.derived ? NAME_DERIVED : 0) | (nm.demonym ? NAME_DEMONYM : 0) | (nm.exactCase && !nm.demonym ? NAME_EXACT_CASE : 0);
      const dedupe = `${flag & NAME_DEMONYM}${text}`;
      if (text === '' || seen.has(dedupe)) continue;
      seen.add(dedupe);
      const nameIdx = data.nameTexts.length;
      const loose = keys.loose(text);
      data.nameTexts.push(text);
      flags.push(flag | (keys.exactForm(text) === loose ? NAME_PLAIN : 0));
      nameLangs.push(langs.id(nm.language));
      if (loose === '') continue;
      let k = keysOf.get(loose);
      if (k === undefined) keysOf.set(loose, (k = keys.keysFromLoose(loose)));
      if (flag & NAME_DEMONYM) {
        post(TAG.demonymLoose + k.loose, nameIdx);
        if (k.variant !== '') post(TAG.demonymVariant + k.variant, nameIdx);
        continue;
      }
      post(TAG.loose + k.loose, nameIdx);
      if (flag & NAME_EXACT_CASE) continue;
      if (k.variant !== '') post(TAG.variant + k.variant, nameIdx);
      if (k.skeleton !== null) post(TAG.skeleton + k.skeleton, nameIdx);
      if (partial) for (const p of k.partials) post(TAG.partial + p, nameIdx);
    }
  }
  data.nameStart[n] = data.nameTexts.length;
  data.nameFlags = Uint8Array.from(flags);
  data.nameLangs = Uint8Array.from(nameLangs);
  data.tables = { featureCodes: fc.values, countries: cc.values, admin1s: a1.values, languages: langs.values };

  data.keys = [...byKey.keys()];
  data.slots = buildSlots(data.keys);
  data.postingStart = new Int32Array(data.keys.length + 1);
  let total = 0;
  for (const v of byKey.values()) total += typeof v === 'number' ? 1 : v.length;
  data.postings = new Int32Array(total);
  let at = 0;
  let k = 0;
  for (const v of byKey.values()) {
    data.postingStart[k++] = at;
    if (typeof v === 'number') data.postings[at++] = v;
    else for (const x of v) data.postings[at++] = x;
  }
  data.postingStart[data.keys.length] = at;
  return data;
}

/** FNV-1a over UTF-16 code units: cheap, and spreads short keys well enough for probing. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function buildSlots(keys: readonly string[]): Int32Array {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  keys.forEach((key, i) => {
    let s = keyHash(key) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  });
  return slots;
}

/**
 * Adds the names we derive: an administrative region's name without its "Governorate" or
 * "Gouvernorat de", and demonyms' plurals ("Syriens"). Derived names come after the
 * source's, so a real name spelt the same keeps its full score.
 */
function expandNames(kind: GazetteerKind, names: readonly IndexName[], keys: SpellingKeys): IndexName[] {
  const out = [...names];
  const admin = kind === 'admin1' || kind === 'admin2' || kind === 'region';
  for (const nm of names) {
    if (nm.demonym) for (const p of keys.demonymPlurals(nm.text)) out.push({ text: p, language: nm.language ?? null, demonym: true });
    else if (admin && !nm.exactCase)
      for (const s of keys.adminShortForms(nm.text)) out.push({ text: s, language: nm.language ?? null, derived: true });
  }
  return out;
}

/**
 * Sorts records by id; records sharing an id become one (the first's fields, every
 * record's names), so that a source listing a place twice does not index it twice.
 */
function mergeById(records: readonly IndexRecord[]): IndexRecord[] {
  const byId = new Map<number, IndexRecord>();
  for (const r of records) {
    const prev = byId.get(r.entry.id);
    if (prev === undefined) byId.set(r.entry.id, { entry: r.entry, names: [{ text: r.entry.name }, ...r.names] });
    else prev.names.push({ text: r.entry.name }, ...r.names);
  }
  return [...byId.values()].sort((a, b) => a.entry.id - b.entry.id);
}

/** The index names of a plain entry: its alternate names and demonyms. */
export function recordFromEntry(entry: GazetteerEntry): IndexRecord {
  const names: IndexName[] = (entry.alternateNames ?? []).map((text) => ({ text }));
  for (const d of entry.demonyms ?? []) names.push({ text: d, demonym: true });
  return { entry, names };
}
