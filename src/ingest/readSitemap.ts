/**
 * A sitemap (sitemaps.org): either a urlset of pages (news sitemaps' news:title and
 * news:publication_date kept as hints) or a sitemap index pointing at more sitemaps.
 */
import { XMLParser } from 'fast-xml-parser';
import { VigieError } from '../core/errors.js';

export interface SitemapUrl {
  url: string;
  lastmod: string | null;
  /** From a Google News sitemap's <news:news>, when present. */
  newsTitle: string | null;
  newsPublishedAt: string | null;
  newsLanguage: string | null;
}

export type ParsedSitemap = { kind: 'urlset'; urls: SitemapUrl[] } | { kind: 'index'; sitemaps: string[] };

/** The protocol's own limit per file; anything past it is ignored. */
export const MAX_SITEMAP_ENTRIES = 50_000;

const parser = new XMLParser({
  // news:news, image:image… become news, image: prefixes vary, meanings do not.
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

export function readSitemap(text: string, baseUrl: string | null): ParsedSitemap {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new VigieError('E_NO_CONTENT', `not a sitemap Vigie can read: ${(err as Error).message}`, {
      cause: err,
      hint: 'check that the URL serves a sitemaps.org urlset or sitemap index',
    });
  }
  const index = doc['sitemapindex'] as { sitemap?: Array<{ loc?: unknown }> } | undefined;
  if (index !== undefined) {
    const sitemaps = (index.sitemap ?? []).flatMap((s) => absolute(s.loc, baseUrl) ?? []);
    return { kind: 'index', sitemaps: dedupe(sitemaps).slice(0, MAX_SITEMAP_ENTRIES) };
  }
  const urlset = doc['urlset'] as { url?: Array<Record<string, unknown>> } | string | undefined;
  if (urlset === undefined) {
    throw new VigieError('E_NO_CONTENT', 'not a sitemap: no <urlset> or <sitemapindex> root', {
      hint: 'check that the URL serves a sitemaps.org urlset or sitemap index',
    });
  }
  const urls: SitemapUrl[] = [];
  const seen = new Set<string>();
  for (const u of typeof urlset === 'object' ? (urlset.url ?? []) : []) {
    const url = absolute(u['loc'], baseUrl);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    const news = (Array.isArray(u['news']) ? u['news'][0] : u['news']) as Record<string, unknown> | undefined;
    const publication = news?.['publication'] as Record<string, unknown> | undefined;
    urls.push({
      url,
      lastmod: str(u['lastmod']),
      newsTitle: str(news?.['title']),
      newsPublishedAt: str(news?.['publication_date']),
      newsLanguage: str(publication?.['language']),
    });
    if (urls.length >= MAX_SITEMAP_ENTRIES) break;
  }
  return { kind: 'urlset', urls };
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;
}

/** Sitemap locations must be absolute http(s) URLs; relative ones are resolved anyway. */
function absolute(v: unknown, base: string | null): string | null {
  const s = str(v);
  if (s === null) return null;
  try {
    const u = new URL(s, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
