import type { DateInfo } from '../../core/article.js';
import { packFor } from '../../core/packs/index.js';

/**
 * Country-code domains whose local time differs from their language's default
 * zone (a Swiss or Canadian French site). Markup conventions, not language words.
 */
const TLD_ZONES: Record<string, string> = {
  fr: 'Europe/Paris',
  ch: 'Europe/Zurich',
  be: 'Europe/Brussels',
  lu: 'Europe/Luxembourg',
  ca: 'America/Toronto',
  uk: 'Europe/London',
  ie: 'Europe/Dublin',
  au: 'Australia/Sydney',
  nz: 'Pacific/Auckland',
  in: 'Asia/Kolkata',
  sn: 'Africa/Dakar',
  ci: 'Africa/Abidjan',
  ma: 'Africa/Casablanca',
  dz: 'Africa/Algiers',
  tn: 'Africa/Tunis',
  lb: 'Asia/Beirut',
};

/**
 * A date printed without a zone gets a best guess, from the site's country domain
 * or else the language, recorded as `zone: 'assumed'` with `assumedOffset`. The
 * value itself is left as printed: the guess is a flag, never an assertion.
 */
export function assumeZone(info: DateInfo, language: string | null, url: string | null): DateInfo {
  if (info.zone !== 'none' || info.precision === 'year' || info.precision === 'month' || info.precision === 'day') return info;
  const zone = zoneFromUrl(url) ?? packFor(language)?.defaultTimeZone ?? null;
  if (!zone) return info;
  const offset = offsetAt(zone, info.value);
  return offset ? { ...info, zone: 'assumed', assumedOffset: offset } : info;
}

function zoneFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const tld = new URL(url).hostname.split('.').pop() ?? '';
    return TLD_ZONES[tld] ?? null;
  } catch {
    return null;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one; keep one per zone. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's UTC offset at a local wall-clock time, as "+01:00". */
function offsetAt(zone: string, localIso: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(localIso);
  if (!m) return null;
  const instant = Date.parse(`${m[1]}T${m[2]}:00Z`);
  if (Number.isNaN(instant)) return null;
  try {
    const name = formatterFor(zone)
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!name) return null;
    if (name === 'GMT') return '+00:00';
    const o = /^GMT([+-]\d{2}):?(\d{2})?$/.exec(name);
    return o ? `${o[1]}:${o[2] ?? '00'}` : null;
  } catch {
    return null;
  }
}
