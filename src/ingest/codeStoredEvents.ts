/**
 * Event coding for stored articles: on the way in (`vigie ingest --analyze`) and to catch
 * up on articles stored without it (`vigie events`, `vigie history`, `vigie control` run
 * it first). An article's stored analysis is reused when the current analyzer made it;
 * otherwise it is analysed again. Each article is written in its own transaction, so an
 * interrupted catch-up resumes where it stopped.
 */
import { analyzeArticle, analyzerName, type AnalyzedArticle } from '../analyze/analyze.js';
import type { Gazetteer } from '../analyze/gazetteer/types.js';
import { toVigieError, type VigieError } from '../core/errors.js';
import { codeEvents } from '../events/codeEvents.js';
import { findControlClaims } from '../events/findControlClaims.js';
import type { SaveEventsInput, Store, StoredArticle } from '../store/types.js';

/** The events and claims of a stored article; evidence and sources name it by its stored URL. */
export function eventsToSave(articleId: string, url: string, version: number, article: AnalyzedArticle): SaveEventsInput {
  const analysed = article.url === null ? { ...article, url } : article;
  return {
    articleId,
    version,
    coder: analyzerName(),
    events: codeEvents(analysed),
    claims: findControlClaims(analysed),
  };
}

export interface CatchUpProgress {
  done: number;
  total: number;
  failed: number;
}

export interface CatchUpResult extends CatchUpProgress {
  errors: { article: string; error: VigieError }[];
}

/** Codes every article not yet coded by this Vigie version (every article with `all`). */
export async function codeStoredEvents(
  store: Store,
  gazetteer: Gazetteer,
  options: { all?: boolean; onProgress?: (p: CatchUpProgress) => void } = {},
): Promise<CatchUpResult> {
  const coder = analyzerName();
  const all = options.all === true;
  const total = all ? (await store.stats()).articles : await store.countArticlesToCode(coder);
  const result: CatchUpResult = { done: 0, total, failed: 0, errors: [] };
  if (total === 0) return result;
  const articles: AsyncIterable<StoredArticle> = all ? store.export() : store.articlesToCode(coder);
  for await (const stored of articles) {
    try {
      const analysis =
        stored.analysis !== null && stored.analysis.analyzer === coder
          ? stored.analysis.analysis
          : analyzeArticle(stored.article, gazetteer).analysis;
      await store.saveEvents(eventsToSave(stored.id, stored.url, stored.version, { ...stored.article, analysis }));
    } catch (err) {
      result.failed++;
      result.errors.push({ article: stored.url, error: toVigieError(err) });
    }
    result.done++;
    options.onProgress?.({ done: result.done, total, failed: result.failed });
  }
  return result;
}
