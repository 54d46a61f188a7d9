import type { Document, Element } from 'domhandler';
import type { DateSource } from '../../core/article.js';
import { BYLINE_RE, namesFromByline } from '../bylines.js';
import { attr, descendants, normalizeSpace, textOf } from './dom.js';

/** A raw date string and where it was read. Parsing happens in the dates stage. */
export interface RawDate {
  raw: string;
  source: DateSource;
}

/** What the page says about itself, before any body heuristics. */
export interface HtmlMetadata {
  titleTag: string | null;
  /** og:title, twitter:title, JSON-LD headline — in that order of preference. */
  metaTitle: string | null;
  description: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  ogUrl: string | null;
  authors: string[];
  published: RawDate[];
  modified: RawDate[];
  /** From <html lang>, content-language or og:locale; may be a region tag like fr-CH. */
  declaredLanguage: string | null;
  section: string | null;
  tags: string[];
  /** JSON-LD articleBody, when the publisher provides one: a strong hint for body selection. */
  articleBody: string | null;
  /** Whether the page declares itself an article (JSON-LD or og:type). */
  isArticle: boolean;
  /** The page's <h1> elements, gathered on the same walk. */
  h1Elements: Element[];
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Satirical|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$|^NewsArticle$/;

/** Reads <head> meta tags, JSON-LD and <time> elements. */
export function readMetadata(doc: Document): HtmlMetadata {
  const meta = new Map<string, string[]>();
  const add = (k: string, v: string | null | undefined): void => {
    if (!v) return;
    const t = normalizeSpace(v);
    if (!t) return;
    const list = meta.get(k);
    if (list) list.push(t);
    else meta.set(k, [t]);
  };
  let titleTag: string | null = null;
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  const ld: unknown[] = [];
  const times: Element[] = [];
  const itemprops = new Map<string, string[]>();
  const relAuthors: string[] = [];
  const h1Elements: Element[] = [];

  for (const el of descendants(doc)) {
    switch (el.name) {
      case 'html':
        htmlLang = attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      case 'title':
        if (titleTag === null) titleTag = normalizeSpace(textOf(el));
        break;
      case 'meta': {
        const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'))?.toLowerCase();
        const content = attr(el, 'content');
        if (key && content) add(key, content);
        const ip = attr(el, 'itemprop');
        if (ip && content) pushMap(itemprops, ip, content);
        break;
      }
      case 'link': {
        const rel = (attr(el, 'rel') ?? '').toLowerCase();
        if (rel.split(/\s+/).includes('canonical') && canonical === null) canonical = attr(el, 'href');
        break;
      }
      case 'script':
        if ((attr(el, 'type') ?? '').toLowerCase().includes('ld+json')) {
          const parsed = parseJsonLd(textOf(el));
          if (parsed !== undefined) ld.push(parsed);
        }
        break;
      case 'time':
        times.push(el);
        break;
      case 'h1':
        h1Elements.push(el);
        break;
      case 'a':
        if ((attr(el, 'rel') ?? '').toLowerCase() === 'author') relAuthors.push(normalizeSpace(textOf(el)));
        break;
      default: {
        const ip = attr(el, 'itemprop');
        if (ip === 'datePublished' || ip === 'dateModified') {
          const v = attr(el, 'datetime') ?? attr(el, 'content') ?? textOf(el);
          pushMap(itemprops, ip, v);
        } else if (ip === 'author' || ip === 'creator') {
          pushMap(itemprops, 'author', textOf(el));
        }
      }
    }
  }

  const articles = collectArticleObjects(ld);
  const art = articles[0] ?? null;
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k)?.[0];
      if (v) return v;
    }
    return null;
  };

  const published: RawDate[] = [];
  const modified: RawDate[] = [];
  if (art) {
    pushDate(published, art['datePublished'], 'json-ld');
    pushDate(published, art['dateCreated'], 'json-ld');
    pushDate(modified, art['dateModified'], 'json-ld');
  }
  for (const k of [
    'article:published_time',
    'og:published_time',
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publication_date',
    'dc.date.issued',
    'dc.date',
    'dcterms.date',
    'sailthru.date',
    'parsely-pub-date',
    'cxenseparse:recs:publishtime',
    'article.published',
  ]) {
    for (const v of meta.get(k) ?? []) published.push({ raw: v, source: 'meta' });
  }
  for (const k of ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified']) {
    for (const v of meta.get(k) ?? []) modified.push({ raw: v, source: 'meta' });
  }
  for (const v of itemprops.get('datePublished') ?? []) published.push({ raw: v, source: 'meta' });
  for (const v of itemprops.get('dateModified') ?? []) modified.push({ raw: v, source: 'meta' });
  // A <time pubdate> or the first <time datetime> is the page's own visible date.
  const pubTime = times.find((t) => attr(t, 'pubdate') !== null) ?? times.find((t) => attr(t, 'datetime'));
  if (pubTime) published.push({ raw: attr(pubTime, 'datetime') ?? normalizeSpace(textOf(pubTime)), source: 'time-element' });
  const updTime = times.find((t) => t !== pubTime && /\b(?:updated|modified)\b/i.test(attr(t, 'class') ?? '') && attr(t, 'datetime'));
  if (updTime) modified.push({ raw: attr(updTime, 'datetime')!, source: 'time-element' });

  const authors = dedupe([
    ...(art ? namesOf(art['author']) : []),
    ...(meta.get('author') ?? []),
    ...(meta.get('article:author') ?? []).filter((a) => !/^https?:/i.test(a)),
    ...(meta.get('byl') ?? []).map((a) => a.replace(/^by\s+/i, '')),
    ...(meta.get('parsely-author') ?? []),
    ...(meta.get('sailthru.author') ?? []),
    ...(itemprops.get('author') ?? []).map(normalizeSpace),
    ...relAuthors,
  ])
    .map((a) => (BYLINE_RE.test(a) ? (namesFromByline(a)[0] ?? a) : a))
    .filter((a) => a.length > 1 && a.length < 80 && !/^https?:/i.test(a));

  const keywords = [
    ...(meta.get('article:tag') ?? []),
    ...splitList(first('news_keywords', 'keywords')),
    ...(art ? stringsOf(art['keywords']).flatMap((k) => splitList(k)) : []),
  ];

  return {
    titleTag,
    metaTitle: first('og:title', 'twitter:title') ?? (art ? stringOf(art['headline']) : null),
    description: first('og:description', 'description', 'twitter:description') ?? (art ? stringOf(art['description']) : null),
    siteName:
      first('og:site_name', 'application-name', 'al:android:app_name', 'al:ios:app_name') ?? (art ? publisherName(art['publisher']) : null),
    canonicalUrl: canonical,
    ogUrl: first('og:url', 'twitter:url'),
    authors,
    published,
    modified,
    declaredLanguage: htmlLang ?? first('content-language', 'og:locale', 'language', 'dc.language'),
    section: first('article:section', 'section', 'parsely-section') ?? (art ? (stringsOf(art['articleSection'])[0] ?? null) : null),
    tags: dedupe(keywords.map(normalizeSpace))
      .filter((t) => t.length > 0 && t.length < 60)
      .slice(0, 30),
    articleBody: art ? stringOf(art['articleBody']) : null,
    isArticle: articles.length > 0 || /article/i.test(first('og:type') ?? ''),
    h1Elements,
  };
}

function pushMap(m: Map<string, string[]>, k: string, v: string): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function pushDate(out: RawDate[], v: unknown, source: DateSource): void {
  const s = stringOf(v);
  if (s) out.push({ raw: s, source });
}

/** JSON-LD found in the wild is often slightly broken; try a couple of repairs. */
function parseJsonLd(text: string): unknown {
  const t = text
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^\/\*.*?\*\//s, '');
  if (!t) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    try {
      // Raw control characters inside strings are the most common breakage.
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** All JSON-LD objects typed as an article, searched through arrays and @graph. */
function collectArticleObjects(roots: unknown[]): Obj[] {
  const out: Obj[] = [];
  const stack = [...roots];
  let guard = 0;
  while (stack.length > 0 && guard++ < 10_000) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObj(v)) {
      const types = stringsOf(v['@type']);
      if (types.some((t) => ARTICLE_TYPES.test(t))) out.push(v);
      if (v['@graph']) stack.push(v['@graph']);
      if (isObj(v['mainEntity'])) stack.push(v['mainEntity']);
    }
  }
  return out.reverse();
}

function stringOf(v: unknown): string | null {
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return stringOf(v[0]);
  if (isObj(v) && typeof v['@value'] === 'string') return stringOf(v['@value']);
  return null;
}

function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

function namesOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(namesOf);
  if (isObj(v)) return typeof v['name'] === 'string' ? [v['name']] : [];
  return [];
}

function publisherName(v: unknown): string | null {
  if (isObj(v) && typeof v['name'] === 'string') return normalizeSpace(v['name']);
  if (Array.isArray(v)) return publisherName(v[0]);
  return null;
}

function splitList(s: string | null): string[] {
  return s
    ? s
        .split(/[,;]/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const k = x.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}
