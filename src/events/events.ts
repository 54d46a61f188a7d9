/**
 * The library entry point: articles (analysed or not) or pages (bytes or strings,
 * extracted first) coded into event records against the given gazetteer or the default
 * one, then merged across the inputs (see mergeEvents): one record per event, listing
 * every source. One input or several; ids are those of the merged events.
 */
import { analyze, type AnalyzeOptions, type AnalyzedArticle } from '../analyze/analyze.js';
import type { Article } from '../core/article.js';
import { codeEvents, type CodeEventsOptions } from './codeEvents.js';
import { mergeEvents, type EventMention } from './mergeEvents.js';
import type { EventRecord } from './types.js';

export type EventsOptions = AnalyzeOptions & CodeEventsOptions;

type EventsInput = Article | AnalyzedArticle | Uint8Array | string;

export async function events(input: EventsInput | readonly EventsInput[], options: EventsOptions = {}): Promise<EventRecord[]> {
  const inputs = Array.isArray(input) ? (input as readonly EventsInput[]) : [input as EventsInput];
  const mentions: EventMention[] = [];
  for (const [i, one] of inputs.entries()) {
    const analysed = isAnalysed(one) ? one : await analyze(one, options);
    const article = analysed.url ?? `${analysed.source}#${i}`;
    for (const record of codeEvents(analysed, options)) mentions.push({ record, article, group: article });
  }
  return mergeEvents(mentions);
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
