/**
 * A feed entry that carries its whole article (content:encoded, Atom content, JSON Feed
 * content_html) can be stored without fetching its page: it is wrapped in a small HTML
 * document carrying its title, date, authors and link as the metadata extraction
 * reads. The wrapping is deterministic, so an unchanged entry yields identical bytes
 * and is recognised as already stored on the next run.
 */
import { decodeHTML } from 'entities';
import { countWords } from '../core/article.js';
import { escapeHtml, type FeedEntry, type ParsedFeed } from './readFeed.js';

/**
 * Summaries rarely pass 60 words; articles rarely fall under 150. Entries between the
 * two are treated as summaries: fetching the page (--follow) is the safer way.
 */
export const FULL_CONTENT_MIN_WORDS = 120;

export function hasFullContent(entry: FeedEntry): boolean {
  if (entry.url === null || entry.contentHtml === null) return false;
  return countWords(stripTags(entry.contentHtml)) >= FULL_CONTENT_MIN_WORDS;
}

export function feedEntryDocument(entry: FeedEntry, feed: ParsedFeed): Uint8Array {
  const title =
    entry.title === null ? null : entry.titleIsHtml ? decodeHTML(stripTags(entry.title)).replace(/\s+/g, ' ').trim() : entry.title;
  const head = [
    '<meta charset="utf-8">',
    title !== null ? `<title>${escapeHtml(title)}</title>` : '',
    entry.url !== null ? `<link rel="canonical" href="${escapeHtml(entry.url)}">` : '',
    entry.publishedAt !== null ? `<meta property="article:published_time" content="${escapeHtml(isoOr(entry.publishedAt))}">` : '',
    ...entry.authors.map((a) => `<meta name="author" content="${escapeHtml(a)}">`),
    feed.title !== null ? `<meta property="og:site_name" content="${escapeHtml(feed.title)}">` : '',
  ].filter((s) => s !== '');
  const lang = feed.language !== null ? ` lang="${escapeHtml(feed.language)}"` : '';
  const h1 = title !== null ? `<h1>${escapeHtml(title)}</h1>\n` : '';
  const html = `<!doctype html>\n<html${lang}><head>\n${head.join('\n')}\n</head><body><article>\n${h1}${entry.contentHtml ?? ''}\n</article></body></html>\n`;
  return new TextEncoder().encode(html);
}

/** RSS dates are RFC 822 ("Tue, 05 Mar 2024 10:00:00 GMT"); metadata readers prefer ISO. */
function isoOr(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date;
  const t = Date.parse(date);
  return Number.isFinite(t) ? new Date(t).toISOString() : date;
}

function stripTags(html: string): string {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
}
