/**
 * The library entry point: an Article (analysed or not), or a page (bytes or a string,
 * extracted first), coded into event records against the given gazetteer or the default one.
 */
import { analyze, type AnalyzeOptions, type AnalyzedArticle } from '../analyze/analyze.js';
import type { Article } from '../core/article.js';
import { codeEvents, type CodeEventsOptions } from './codeEvents.js';
import type { EventRecord } from './types.js';

export type EventsOptions = AnalyzeOptions & CodeEventsOptions;

export async function events(input: Article | AnalyzedArticle | Uint8Array | string, options: EventsOptions = {}): Promise<EventRecord[]> {
  const analysed = isAnalysed(input) ? input : await analyze(input, options);
  return codeEvents(analysed, options);
}

function isAnalysed(x: unknown): x is AnalyzedArticle {
  return (
    typeof x === 'object' &&
    x !== null &&
    !(x instanceof Uint8Array) &&
    (x as AnalyzedArticle).ok === true &&
    typeof (x as AnalyzedArticle).analysis === 'object'
  );
}
