/** Layer 3: event records coded from analysed articles. */
export { codeEvents, type CodeEventsOptions } from './codeEvents.js';
export { events, type EventsOptions } from './events.js';
export { findControlClaims } from './findControlClaims.js';
export { toAcledCsv, ACLED_COLUMNS } from './formats/toAcledCsv.js';
export { toGeoJson } from './formats/toGeoJson.js';
export type * from './types.js';
export { mergeEvents, mergeKey, type EventMention } from './mergeEvents.js';
export { controlStatements, type ControlStatement } from './controlStatements.js';
export { placeHistory, type PlaceHistory, type HistoryDay } from './placeHistory.js';
export { controlAt, type ControlReport, type HeldPlace } from './controlAt.js';
export { placeQuery, placeHolds, type PlaceQuery } from './placeQuery.js';
