/**
 * The one-sentence English summary of an event, built from its fields only, in the
 * manner of ACLED's notes: "On 2016-12-12, Military Forces of Syria regained control of
 * Aleppo - Bustan al-Qasr from Syrian rebels (according to OSDH); fatalities unknown."
 */
import { ARMED_INTER } from './packs/acledTaxonomy.js';
import type { EventRecord, SubEventType } from './types.js';

/** `[…]` segments are dropped when a placeholder inside them is empty. */
const TEMPLATES: Readonly<Record<SubEventType, string>> = {
  'Armed clash': '{a1} clashed[ with {a2}] in {place}',
  'Government regains territory': '{a1} regained control of {place}[ from {a2}]',
  'Non-state actor overtakes territory': '{a1} took control of {place}[ from {a2}]',
  'Shelling/artillery/missile attack': '{a1} shelled {place}[, hitting {a2}]',
  'Air/drone strike': '{a1} carried out an air or drone strike on {place}[, hitting {a2}]',
  'Suicide bomb': 'a suicide bombing[ by {a1}] hit {place}[, targeting {a2}]',
  'Remote explosive/landmine/IED': 'an explosive device[ planted by {a1}] went off in {place}[, hitting {a2}]',
  'Chemical weapon': 'a chemical agent[ released by {a1}] struck {place}[, hitting {a2}]',
  Grenade: 'a grenade[ thrown by {a1}] exploded in {place}[, hitting {a2}]',
  Attack: '{a1} attacked[ {a2}] in {place}',
  'Abduction/forced disappearance': '{a1} abducted[ {a2}] in {place}',
  'Sexual violence': '{a1} committed sexual violence[ against {a2}] in {place}',
  'Peaceful protest': '{a1} demonstrated in {place}',
  'Protest with intervention': '{a1} demonstrated in {place}[ and were dispersed by {a2}]',
  'Excessive force against protesters': '{a1} used deadly force against[ {a2}] demonstrating in {place}',
  'Violent demonstration': '{a1} rioted in {place}[ against {a2}]',
  'Mob violence': '{a1} attacked[ {a2}] in {place}',
  Agreement: 'an agreement was reported[ between {a1}][ and {a2}] concerning {place}',
  Arrests: '{a1} arrested[ {a2}] in {place}',
  'Non-violent transfer of territory': '{a1} took over {place} without fighting[ from {a2}]',
  'Looting/property destruction': '{a1} looted or destroyed property in {place}[ belonging to {a2}]',
  'Disrupted weapons use': '{a1} stopped the use of weapons in {place}[ by {a2}]',
  'Change to group/activity': '{a1} laid down or handed over its arms, or disbanded, in {place}',
  'Headquarters or base established': '{a1} set up a base or headquarters in {place}',
  Other: '{a1} were displaced in {place}',
};

export function eventNotes(e: Omit<EventRecord, 'id' | 'notes'>): string {
  const values: Record<string, string> = {
    a1: e.actor1?.name ?? 'unidentified actors',
    a2: e.actor2?.name ?? '',
    place: e.location.name,
  };
  // A side that left with no new holder named: say who left, not who took over.
  // "Other" is civilians displaced, or an armed side taking power without a fight (a coup):
  // displacement triggers leave armed men out ("attackers fled" displaces no one).
  const template =
    e.subEventType === 'Non-violent transfer of territory' && e.actor1 === null
      ? '{a2} left {place}'
      : e.subEventType === 'Other' && e.actor1 !== null && ARMED_INTER.has(e.actor1.inter)
        ? '{a1} took power in {place}'
        : TEMPLATES[e.subEventType];
  const filled = template
    .replace(/\[([^\]]*)\]/g, (_, inner: string) =>
      /\{(\w+)\}/.exec(inner) && inner.match(/\{(\w+)\}/g)!.some((p) => values[p.slice(1, -1)] === '') ? '' : inner,
    )
    .replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  const when = e.date !== null ? `On ${e.date}${e.datePrecision === 1 ? '' : e.datePrecision === 2 ? ' (week of)' : ' (month of)'}, ` : '';
  const source = e.attributedTo !== null ? ` (according to ${e.attributedTo})` : '';
  const toll =
    e.fatalities === null
      ? 'fatalities unknown'
      : `${e.fatalities} fatalit${e.fatalities === 1 ? 'y' : 'ies'}${e.flags.fatalitiesEstimated ? ' (estimated)' : ''}`;
  const sentence = `${when}${filled}${source}; ${toll}.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}
