/**
 * Event records as ACLED's CSV export: its column names in its order, RFC 4180 quoting
 * (fields with a comma, quote or line break in double quotes, quotes doubled, CRLF line
 * ends). `iso` is ACLED's numeric ISO 3166 code and `event_id_cnty` starts with the
 * alpha-3 code, both from world-countries; `region` is left empty (ACLED's regions are
 * its own grouping, not shipped here).
 */
import { countryName } from '../eventActors.js';
import { worldCountries } from '../worldCountries.js';
import type { EventRecord } from '../types.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** The header line, then one line per event; every line ends with CRLF. */
export function toAcledCsv(events: readonly EventRecord[], header = true): string {
  const lines = events.map((e) => ACLED_COLUMNS.map((c) => csvField(acledRow(e)[c])).join(','));
  if (header) lines.unshift(ACLED_COLUMNS.join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}

export function acledRow(e: EventRecord): Record<(typeof ACLED_COLUMNS)[number], string> {
  const codes = e.location.country !== null ? countryCodes(e.location.country) : null;
  const inters = [e.actor1?.inter, e.actor2?.inter].filter((i): i is NonNullable<typeof i> => i !== undefined).sort();
  const interaction = inters.length === 0 ? '' : inters.length === 1 ? `${inters[0]}0` : `${inters[0]}${inters[1]}`;
  return {
    event_id_cnty: `${codes?.alpha3 ?? 'XXX'}-${e.id.replace(/^ev_/, '')}`,
    event_date: e.date ?? '',
    year: e.date?.slice(0, 4) ?? '',
    time_precision: String(e.datePrecision),
    disorder_type: e.disorderType,
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: e.actor1?.name ?? '',
    assoc_actor_1: e.actor1?.associated.join('; ') ?? '',
    inter1: e.actor1 ? String(e.actor1.inter) : '',
    actor2: e.actor2?.name ?? '',
    assoc_actor_2: e.actor2?.associated.join('; ') ?? '',
    inter2: e.actor2 ? String(e.actor2.inter) : '',
    interaction,
    civilian_targeting: e.actor2?.inter === 7 && e.eventType !== 'Strategic developments' ? 'Civilian targeting' : '',
    iso: codes?.numeric ?? '',
    region: '',
    country: e.location.country !== null ? countryName(e.location.country) : '',
    admin1: e.location.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: e.location.name,
    latitude: String(e.location.lat),
    longitude: String(e.location.lon),
    geo_precision: String(e.location.geoPrecision),
    source: [...new Set(e.sources.map((s) => s.outlet ?? s.url ?? '').filter((s) => s !== ''))].join('; '),
    source_scale: '',
    notes: e.notes,
    fatalities: e.fatalities === null ? '' : String(e.fatalities),
    tags: [
      e.fatalities !== null && e.flags.fatalitiesEstimated ? 'fatalities estimated' : '',
      e.attributedTo ? `reported by ${e.attributedTo}` : '',
    ]
      .filter((t) => t !== '')
      .join('; '),
    timestamp: e.sources[0]?.publishedAt ?? '',
  };
}

/** RFC 4180: quoted when the field holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

let countries: Map<string, { alpha3: string; numeric: string }> | undefined;

function countryCodes(iso2: string): { alpha3: string; numeric: string } | null {
  countries ??= new Map(worldCountries().map((c) => [c.cca2, { alpha3: c.cca3, numeric: c.ccn3 }]));
  return countries.get(iso2.toUpperCase()) ?? null;
}
