export { extract } from './extract/extract.js';
export type { ExtractCallOptions } from './extract/extract.js';
export type {
  Article,
  Block,
  BlockKind,
  DateInfo,
  DatePrecision,
  ExtractFailure,
  ExtractResult,
  RemovedSummary,
  Diagnostic,
} from './core/article.js';
export type { ExtractOptions } from './core/options.js';
export { VigieError } from './core/errors.js';
export type { ErrorCode, ErrorInfo } from './core/errors.js';
export { extractSources } from './extract/extractSources.js';
export type { ExtractSourcesOptions } from './extract/extractSources.js';
export { ingest } from './ingest/ingest.js';
export type { IngestOptions } from './ingest/ingestOptions.js';
export type { IngestEvent, IngestItem, IngestStatus, IngestSummary, IngestFailure, ListingKind } from './ingest/ingestEvents.js';
export { openStore } from './store/openStore.js';
export type { Store, StoreOptions, SaveInput, SaveOutcome, SaveStatus, FetchRecord, FeedState } from './store/types.js';
export type { SearchQuery, SearchHit, StoredArticle, StoreStats, MigrationState } from './store/types.js';
export {
  events,
  codeEvents,
  findControlClaims,
  mergeEvents,
  placeHistory,
  controlAt,
  placeQuery,
  toAcledCsv,
  toGeoJson,
} from './events/index.js';
export type {
  EventsOptions,
  CodeEventsOptions,
  EventMention,
  PlaceHistory,
  HistoryDay,
  ControlReport,
  HeldPlace,
  ControlStatement,
  PlaceQuery,
} from './events/index.js';
export type { EventQuery, SaveEventsInput } from './store/types.js';
export type {
  EventRecord,
  ControlClaim,
  EventActor,
  EventLocation,
  EventSource,
  EventFlags,
  Evidence,
  SubEventType,
  EventType,
} from './events/types.js';
export { analyze, analyzeArticle } from './analyze/analyze.js';
export type { AnalyzeOptions, AnalyzedArticle } from './analyze/analyze.js';
export type { Analysis, Entity, EntityKind, Place, PlaceKind, Quote, TimeExpression, Span, Mention } from './analyze/types.js';
export { loadGazetteer, loadDefaultGazetteer, loadGeoNamesFile, composeGazetteer, createGazetteer } from './analyze/gazetteer/index.js';
export type { Gazetteer, GazetteerEntry, NameMatch } from './analyze/gazetteer/index.js';
