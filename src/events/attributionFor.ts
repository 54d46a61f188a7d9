/**
 * Who the article says reports an event: the speaker of the quote or reported clause
 * the trigger stands in. An organisation is named by its acronym when it has one
 * ("OSDH"); a person speaking for an organisation the article names ("directeur de
 * l'OSDH") by that organisation; a group by its English name ("witnesses").
 */
import type { Entity, Quote, Span } from '../analyze/types.js';
import { ACLED_ACTORS } from './packs/acledActors.js';

export function attributionFor(hit: Span, quotes: readonly Quote[], entities: readonly Entity[]): string | null {
  const quote = quotes.find((q) => q.speaker !== null && q.span.start <= hit.start && hit.end <= q.span.end);
  if (quote === undefined) return null;
  const speaker = entities.find((e) => e.id === quote.speaker);
  return speaker === undefined ? null : sourceName(speaker, entities);
}

export function sourceName(e: Entity, entities: readonly Entity[]): string {
  if (e.kind === 'organization') return acronym(e) ?? e.name;
  if (e.kind === 'person' && e.role !== null) {
    const role = e.role.toLowerCase();
    const org = entities.find((o) => o.kind === 'organization' && [o.name, ...o.aliases].some((n) => containsWord(role, n.toLowerCase())));
    if (org !== undefined) return acronym(org) ?? org.name;
  }
  const key = e.actor ?? null;
  if (key !== null) return ACLED_ACTORS[key]?.asSource ?? e.name;
  return e.name;
}

function acronym(e: Entity): string | null {
  return [e.name, ...e.aliases].find((n) => /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(n)) ?? null;
}

function containsWord(haystack: string, needle: string): boolean {
  const i = haystack.indexOf(needle);
  if (i < 0 || needle === '') return false;
  const before = haystack[i - 1];
  const after = haystack[i + needle.length];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}
