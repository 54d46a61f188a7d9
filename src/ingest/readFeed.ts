/**
 * A feed (RSS 0.9x/2.0, Atom, RDF, JSON Feed, parsed by feedsmith) reduced to what ingest
 * needs from each entry: its link, and its content when the feed carries it.
 */
import { parseFeed, type AnyFeed, type AtomFeed } from 'feedsmith';
import { VigieError } from '../core/errors.js';

export interface FeedEntry {
  /** Absolute http(s) link to the entry's page, when it has one. */
  url: string | null;
  title: string | null;
  /** Whether `title` is HTML (Atom type="html"/"xhtml") rather than plain text. */
  titleIsHtml: boolean;
  publishedAt: string | null;
  authors: string[];
  /** The entry's body as HTML (content:encoded, Atom content, JSON content_html/text). */
  contentHtml: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  language: string | null;
  entries: FeedEntry[];
}

export function readFeed(text: string, baseUrl: string | null): ParsedFeed {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(text);
  } catch (err) {
    throw new VigieError('E_NO_CONTENT', `not a feed Vigie can read: ${(err as Error).message}`, {
      cause: err,
      hint: 'check that the URL serves RSS, Atom or JSON Feed',
    });
  }
  const abs = (href: string | undefined | null, base: string | null = baseUrl): string | null => absoluteHttp(href, base);
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      return {
        format: 'rss',
        title: f.title ?? null,
        language: f.language ?? null,
        entries: (f.items ?? []).map((it) => {
          // RSS 2.0: a guid is a permalink unless it says isPermaLink="false".
          const guid = it.guid?.isPermaLink !== false ? it.guid?.value : undefined;
          return {
            url: abs(it.link) ?? abs(guid),
            title: it.title ?? null,
            titleIsHtml: false,
            publishedAt: it.pubDate ?? it.dc?.dates?.[0] ?? null,
            authors: [...(it.dc?.creators ?? []), ...(it.authors ?? []).map((a) => a.name ?? '')].filter((a) => a !== ''),
            contentHtml: it.content?.encoded ?? null,
          };
        }),
      };
    }
    case 'rdf': {
      const f = parsed.feed;
      return {
        format: 'rdf',
        title: f.title ?? null,
        language: f.dc?.languages?.[0] ?? null,
        entries: (f.items ?? []).map((it) => ({
          url: abs(it.link),
          title: it.title ?? null,
          titleIsHtml: false,
          publishedAt: it.dc?.dates?.[0] ?? null,
          authors: it.dc?.creators ?? [],
          contentHtml: it.content?.encoded ?? null,
        })),
      };
    }
    case 'atom': {
      const f = parsed.feed;
      const feedBase = abs(f.xml?.base) ?? baseUrl;
      return {
        format: 'atom',
        title: f.title?.value ?? null,
        language: f.xml?.lang ?? null,
        entries: (f.entries ?? []).map((e) => {
          const base = abs(e.xml?.base, feedBase) ?? feedBase;
          return {
            url: abs(alternateLink(e), base),
            title: e.title?.value ?? null,
            titleIsHtml: e.title?.type === 'html' || e.title?.type === 'xhtml',
            publishedAt: e.published ?? e.updated ?? null,
            authors: (e.authors ?? []).map((a) => a.name ?? '').filter((a) => a !== ''),
            contentHtml: atomHtml(e.content),
          };
        }),
      };
    }
    case 'json': {
      const f = parsed.feed;
      return {
        format: 'json',
        title: f.title ?? null,
        language: f.language ?? null,
        entries: (f.items ?? []).map((it) => ({
          url: abs(it.url) ?? abs(it.external_url),
          title: it.title ?? null,
          titleIsHtml: false,
          publishedAt: it.date_published ?? it.date_modified ?? null,
          authors: (it.authors ?? []).map((a) => a.name ?? '').filter((a) => a !== ''),
          contentHtml: it.content_html ?? (it.content_text !== undefined ? textToHtml(it.content_text) : null),
        })),
      };
    }
  }
}

type AtomEntry = AtomFeed.Entry<string>;

/** rel="alternate" (the default) in an HTML type if there is one, else any alternate. */
function alternateLink(e: AtomEntry): string | null {
  const alternates = (e.links ?? []).filter((l) => (l.rel ?? 'alternate') === 'alternate' && l.href);
  const html = alternates.find((l) => !l.type || /html/i.test(l.type));
  return (html ?? alternates[0])?.href ?? null;
}

function atomHtml(c: AtomEntry['content']): string | null {
  if (c?.value === undefined || c.value === '') return null;
  if (c.type === undefined || c.type === 'text') return textToHtml(c.value);
  if (c.type === 'html' || c.type === 'xhtml' || /html/i.test(c.type)) return c.value;
  return null; // out-of-line or non-text media
}

export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function absoluteHttp(href: string | undefined | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
