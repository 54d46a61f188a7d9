/** An article as an event's source: its outlet (site name, else host), URL and publication time. */
import type { AnalyzedArticle } from '../analyze/analyze.js';
import type { EventSource } from './types.js';

export function sourceOf(article: AnalyzedArticle): EventSource {
  return { outlet: article.siteName || hostOf(article.url), url: article.url, publishedAt: article.publishedAt };
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    // A file has no outlet: its name stands for it.
    return u.protocol === 'file:'
      ? decodeURIComponent(u.pathname.split('/').pop() ?? '') || null
      : u.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
