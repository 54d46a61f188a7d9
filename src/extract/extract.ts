// TEMPORARY: signature only; the real pipeline is being written.
import type { ExtractResult } from '../core/article.js';
import type { ExtractOptions } from '../core/options.js';

export interface ExtractCallOptions extends ExtractOptions {
  /** What to report as `source` (path, URL, '-'); '<string>' by default. */
  source?: string;
  /** Content-Type header of the response, when the input came over HTTP. */
  contentType?: string | null;
}

/** Extracts one article from HTML or plain-text content. Never throws. */
export function extract(input: string | Uint8Array, options: ExtractCallOptions = {}): ExtractResult {
  void input;
  return { ok: false, source: options.source ?? '<string>', url: options.url ?? null, error: { code: 'E_INTERNAL', message: 'not implemented yet', hint: '' } };
}
