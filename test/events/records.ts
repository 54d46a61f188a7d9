/**
 * Hand-built event records for tests of merging, history and the store: only the
 * fields those read need thought; the rest take plain defaults.
 */
import type { ControlClaim, EventActor, EventLocation, EventRecord, SubEventType } from '../../src/events/types.js';
import { ACLED_SUB_TYPES } from '../../src/events/packs/acledTaxonomy.js';

export const ARMY: EventActor = { name: 'Military Forces of Syria', inter: 1, associated: [], key: 'army', entityId: null };
export const REBELS: EventActor = { name: 'Syrian rebels', inter: 2, associated: [], key: 'rebels', entityId: null };
export const RUSSIA: EventActor = { name: 'Military Forces of Russia', inter: 8, associated: [], key: 'army', entityId: null };

export function district(name: string, geonameId: number, lat = 36.19, lon = 37.15): EventLocation {
  return { country: 'SY', admin1: '09', name: `Aleppo - ${name}`, lat, lon, geoPrecision: 1, geonameId };
}

export const ALEPPO: EventLocation = {
  country: 'SY',
  admin1: '09',
  name: 'Aleppo',
  lat: 36.2,
  lon: 37.16,
  geoPrecision: 1,
  geonameId: 170063,
};
export const IDLIB: EventLocation = {
  country: 'SY',
  admin1: '08',
  name: 'Idlib',
  lat: 35.93,
  lon: 36.63,
  geoPrecision: 1,
  geonameId: 169389,
};

export interface RecordSpec {
  id?: string;
  subType?: SubEventType;
  date?: string | null;
  location?: EventLocation;
  actor1?: EventActor | null;
  actor2?: EventActor | null;
  fatalities?: number | null;
  url?: string;
  outlet?: string;
  publishedAt?: string;
  attributedTo?: string | null;
  confidence?: number;
  text?: string;
}

export function record(spec: RecordSpec = {}): EventRecord {
  const subType = spec.subType ?? 'Government regains territory';
  const info = ACLED_SUB_TYPES[subType];
  const url = spec.url ?? 'https://a.example/1';
  const text = spec.text ?? 'Les rebelles se sont retirés.';
  return {
    id: spec.id ?? `ev_${url.length}${text.length}`,
    date: spec.date === undefined ? '2016-12-12' : spec.date,
    datePrecision: 1,
    eventType: info.eventType,
    subEventType: subType,
    disorderType: info.disorderType,
    plover: { ...info.plover },
    actor1: spec.actor1 === undefined ? ARMY : spec.actor1,
    actor2: spec.actor2 === undefined ? REBELS : spec.actor2,
    location: spec.location ?? district('Sukkari', 900001),
    fatalities: spec.fatalities ?? null,
    sources: [{ outlet: spec.outlet ?? new URL(url).hostname, url, publishedAt: spec.publishedAt ?? '2016-12-12T14:25' }],
    reports: 1,
    attributedTo: spec.attributedTo ?? null,
    notes: '',
    evidence: [{ articleId: url, start: 0, end: text.length, text }],
    confidence: spec.confidence ?? 0.7,
    flags: {
      negated: false,
      hypothetical: false,
      future: false,
      background: false,
      reportedClaim: spec.attributedTo != null,
      fatalitiesEstimated: false,
    },
  };
}

export function claim(
  holder: string,
  places: EventLocation[],
  asOf: string | null,
  url = 'https://a.example/1',
  attributedTo: string | null = null,
): ControlClaim {
  const text = `${holder} now hold only ${places.map((p) => p.name).join(' and ')}.`;
  return {
    asOf,
    holder,
    places,
    attributedTo,
    sources: [{ outlet: new URL(url).hostname, url, publishedAt: asOf }],
    evidence: [{ articleId: url, start: 0, end: text.length, text }],
  };
}
