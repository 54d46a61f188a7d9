/**
 * The extractors under comparison. Each one is set up once (imports, warm state)
 * and then called once per page; only the call is timed.
 */

export const SYSTEMS = ['vigie', 'readability'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export function isSystemName(s: string): s is SystemName {
  return (SYSTEMS as readonly string[]).includes(s);
}

export interface PageInput {
  id: string;
  url: string;
  /** Path reported as `source`. */
  file: string;
  bytes: Uint8Array;
  /** The bytes decoded as UTF-8 (the data set is UTF-8), for systems that need a string. */
  html: string;
}

/** What one extraction produced. `failure` is a short code when the system gave no text. */
export interface PageOutput {
  text: string;
  failure?: string;
}

export type Extractor = (page: PageInput) => PageOutput;

/** Which representation of the page a system reads (the other one is dropped before timing). */
export const INPUT_KIND: Record<SystemName, 'bytes' | 'html'> = {
  // Vigie reads raw bytes, as its CLI does: charset sniffing is part of its job.
  vigie: 'bytes',
  readability: 'html',
};

export async function loadExtractor(name: SystemName): Promise<Extractor> {
  switch (name) {
    case 'vigie':
      return loadVigie();
    case 'readability':
      return loadReadability();
  }
}

async function loadVigie(): Promise<Extractor> {
  // The extraction module, not the package root: src/index.ts also exports ingest, the
  // store drivers, analyze and events, whose modules and packs extraction never runs
  // but which, loaded, added ~40 MB to this process before its first page (and more at
  // its peak, as V8 sizes the old generation after the live heap).
  const { extract } = await import('../../src/extract/extract.js');
  return (page) => {
    const r = extract(page.bytes, { source: page.file, url: page.url || null });
    if (!r.ok) return { text: '', failure: r.error.code };
    return r.text ? { text: r.text } : { text: '', failure: 'empty-text' };
  };
}

/**
 * Turns Readability's `textContent` into paragraphs the way its users usually
 * do: every non-blank line is a paragraph, inner whitespace collapsed, and
 * paragraphs separated by a blank line.
 */
export function paragraphsFromTextContent(textContent: string): string {
  return textContent
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n\n');
}

async function loadReadability(): Promise<Extractor> {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
  return (page) => {
    let document: ReadabilityDocument;
    try {
      // linkedom's Document is close enough to the DOM one for Readability; the types differ.
      document = parseHTML(page.html).document as unknown as ReadabilityDocument;
    } catch {
      return { text: '', failure: 'linkedom-error' };
    }
    let article: ReturnType<InstanceType<typeof Readability>['parse']>;
    try {
      article = new Readability(document).parse();
    } catch {
      return { text: '', failure: 'readability-error' };
    }
    if (!article) return { text: '', failure: 'readability-null' };
    const text = paragraphsFromTextContent(article.textContent ?? '');
    return text ? { text } : { text: '', failure: 'empty-text' };
  };
}
