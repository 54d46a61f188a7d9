import { CompiledGazetteer } from './compiledGazetteer.js';
import { buildIndexData, recordFromEntry, type BuildIndexOptions } from './indexData.js';
import { defaultSpellingKeys, type SpellingKeys } from './spellingKeys.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

export interface CreateGazetteerOptions extends BuildIndexOptions {
  /** Spelling rules to index with; every shipped pack's by default. */
  spelling?: SpellingKeys;
  /** Where the entries come from, for status lines. */
  sources?: readonly string[];
}

/**
 * An in-memory gazetteer over entries, indexed under their `name`, `alternateNames` and
 * (apart) `demonyms`. Building costs a few microseconds per name: fine for a user's file
 * or a test fixture; the default gazetteer is built once and cached instead.
 */
export function createGazetteer(entries: readonly GazetteerEntry[], options: CreateGazetteerOptions = {}): Gazetteer {
  const spelling = options.spelling ?? defaultSpellingKeys();
  return new CompiledGazetteer(buildIndexData(entries.map(recordFromEntry), spelling, options), spelling, options.sources ?? []);
}
