/** Event records as a GeoJSON FeatureCollection (RFC 7946): one Point per event, [lon, lat], the record's fields as properties. */
import type { EventRecord } from '../types.js';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Omit<EventRecord, 'id'>;
}

export function toGeoJson(events: readonly EventRecord[]): { type: 'FeatureCollection'; features: EventFeature[] } {
  return {
    type: 'FeatureCollection',
    features: events.map(({ id, ...properties }) => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [properties.location.lon, properties.location.lat] },
      properties,
    })),
  };
}
