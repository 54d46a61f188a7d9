/**
 * What a fetched or read document is: a feed (RSS, Atom, RDF, JSON Feed), a sitemap
 * (urlset or sitemap index) or a page for extraction. The root element decides, not the
 * Content-Type: servers label feeds text/xml, text/html or application/octet-stream,
 * and sitemaps anything at all.
 */
export type DocumentKind = 'feed' | 'sitemap' | 'page';

const SNIFF_BYTES = 4096;

export function classifyDocument(bytes: Uint8Array, contentType: string | null): DocumentKind {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES))
    .toString('latin1')
    .replace(/^(?:\xef\xbb\xbf)/, '');
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) {
    return type === 'application/feed+json' || /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'feed' : 'page';
  }
  const root = rootElement(trimmed);
  if (root === null) return 'page';
  const local = root.slice(root.indexOf(':') + 1).toLowerCase();
  if (local === 'rss' || local === 'feed' || local === 'rdf') return 'feed';
  if (local === 'urlset' || local === 'sitemapindex') return 'sitemap';
  return 'page';
}

/** The first element's name, past the XML declaration, comments, PIs and a DOCTYPE. */
function rootElement(s: string): string | null {
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (s.startsWith('<?', i)) {
      const end = s.indexOf('?>', i);
      if (end < 0) return null;
      i = end + 2;
    } else if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i);
      if (end < 0) return null;
      i = end + 3;
    } else if (s.startsWith('<!', i)) {
      const end = s.indexOf('>', i);
      if (end < 0) return null;
      i = end + 1;
    } else if (s[i] === '<') {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(s.slice(i, i + 200));
      return m ? m[1]! : null;
    } else {
      return null;
    }
  }
}
