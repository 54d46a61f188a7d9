/**
 * Every migration in order. Later issues add tables by appending a module here
 * (002_…, 003_…); both engines run the same list.
 */
import type { Migration } from './migration.js';
import { initial } from './001_initial.js';
import { lighterWrites } from './002_lighter_writes.js';
import { uncompressedHotColumns } from './003_uncompressed_hot_columns.js';
import { searchIndexReads } from './004_search_index_reads.js';
import { articleAnalyses } from './005_article_analyses.js';
import { events } from './006_events.js';
import { searchIndexWrites } from './007_search_index_writes.js';

export type { Migration } from './migration.js';

export const MIGRATIONS: readonly Migration[] = [
  initial,
  lighterWrites,
  uncompressedHotColumns,
  searchIndexReads,
  articleAnalyses,
  events,
  searchIndexWrites,
];
