import type { Entity, Span } from '../types.js';
import { type EntityPack, compileEntityPack } from './compileEntityPack.js';
import { type Draft, EntityDrafts } from './entityDrafts.js';
import { findAcronyms } from './findAcronyms.js';
import { findActors } from './findActors.js';
import { findOrganizations } from './findOrganizations.js';
import { type PeopleOptions, findPeople } from './findPeople.js';
import { tokenize } from './tokenize.js';

export type { EntityPack } from './compileEntityPack.js';
export type FindEntitiesOptions = PeopleOptions;

/**
 * People, organisations, armed groups and groups of people in `text` (places are left to
 * place resolution), each with every mention, numbered e1, e2… in order of first
 * mention. Finders run from the most to the least certain, and a word taken by one is not
 * taken again: acronym definitions, then the pack's actor lexicon, then organisation
 * names and acronyms, then people.
 */
export function findEntities(text: string, sentences: Span[], pack: EntityPack, options: FindEntitiesOptions = {}): Entity[] {
  const cp = compileEntityPack(pack);
  const tokens = tokenize(text, sentences);
  const drafts = new EntityDrafts(text);
  const byActor = new Map<string, Draft>();
  const byAcronym = findAcronyms(text, tokens, cp, drafts, byActor);
  findActors(text, cp, drafts, byActor);
  findOrganizations(text, tokens, sentences, cp, drafts, byAcronym);
  findPeople(text, tokens, sentences, cp, drafts, options);
  return drafts.finish();
}
