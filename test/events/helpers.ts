/**
 * Short invented dispatches analysed against the offline default gazetteer, for event
 * tests. The publication date is set so that relative dates resolve.
 */
import { analyzeArticle, type AnalyzedArticle } from '../../src/analyze/analyze.js';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Gazetteer } from '../../src/analyze/gazetteer/types.js';
import { extract } from '../../src/index.js';

let gazetteer: Promise<Gazetteer> | undefined;

/** Short texts fool language detection: the language is declared, as a page would. */
export async function analysed(
  text: string,
  language: 'fr' | 'en',
  publishedAt = '2024-03-12T10:00',
  url = 'https://news.example.org/a',
): Promise<AnalyzedArticle> {
  gazetteer ??= loadDefaultGazetteer();
  const article = extract(text, { url });
  if (!article.ok) throw new Error(`cannot extract: ${article.error.message}`);
  return analyzeArticle({ ...article, publishedAt, language }, await gazetteer);
}
