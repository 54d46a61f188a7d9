/**
 * The sides of an event: the actor mentions around a trigger, named the way ACLED names
 * them (ACLED_ACTORS, by lexicon key and country). An actor's country is the one its
 * nationality adjective names ("armée syrienne", "Russian forces"), else the event's.
 */
import type { Entity, Mention, Place } from '../analyze/types.js';
import { ACLED_ACTORS } from './packs/acledActors.js';
import { sideOfGroupName } from './sideOfGroupName.js';
import type { EventActor } from './types.js';

export interface ActorMention {
  entity: Entity;
  mention: Mention;
  key: string;
  /** ISO country its nationality adjective names, or null. */
  country: string | null;
}

/** Every mention of an actor ACLED can name, in text order. */
export function actorMentions(entities: readonly Entity[], places: readonly Place[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const entity of entities) {
    // A named group the lexicon does not know takes the side its name says ("Liberation Front": rebels).
    const key = entity.actor ?? (entity.kind === 'armed_group' ? sideOfGroupName(entity.name) : null);
    if (key === null || ACLED_ACTORS[key] === undefined || ACLED_ACTORS[key].reportsOnly) continue;
    for (const mention of entity.mentions) {
      // Inside the mention ("American troops"), or a country's name written just before it ("U.S. Marines").
      const demonym = places.find(
        (p) =>
          p.kind === 'country' &&
          p.country !== null &&
          ((p.mention.start >= mention.start && p.mention.end <= mention.end) ||
            (p.mention.end < mention.start && mention.start - p.mention.end <= 1)),
      );
      out.push({ entity, mention, key, country: demonym?.country ?? null });
    }
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** The ACLED actor for a lexicon key, in the event's country unless the mention names another. */
export function acledActor(key: string, eventCountry: string | null, from?: ActorMention): EventActor | null {
  const rule = ACLED_ACTORS[key];
  if (rule === undefined) return null;
  const country = from?.country ?? eventCountry;
  const abroad = from?.country != null && eventCountry !== null && from.country !== eventCountry;
  const name =
    (country !== null ? rule.byCountry?.[country] : undefined) ??
    rule.name.replace('{country}', country !== null ? countryName(country) : 'Unknown');
  return {
    name,
    inter: abroad ? (rule.abroadInter ?? rule.inter) : rule.inter,
    associated: [],
    key,
    entityId: from?.entity.id ?? null,
  };
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** English short name of an ISO 3166-1 alpha-2 code ("SY" → "Syria"). */
export function countryName(iso: string): string {
  try {
    return displayNames.of(iso.toUpperCase()) ?? iso;
  } catch {
    return iso;
  }
}
