import type { Element } from 'domhandler';

const cache = new WeakMap<Element, string[]>();
const EMPTY: string[] = [];

/**
 * Class, id and role of an element as lower-case tokens, split on white space, '-',
 * '_', ':' and '.' ("article-body__text" → article, body, text), on camelCase
 * humps ("relatedArticles" → related, articles), plus each whole multi-part name
 * with separators removed ("read-more" → readmore), so camel-cased and hyphenated
 * spellings of one word meet. A hand-written scanner: this runs on every element
 * of every page, and regex splitting showed up in profiles.
 */
export function classTokens(el: Element): string[] {
  const hit = cache.get(el);
  if (hit) return hit;
  const c = el.attribs['class'];
  const i = el.attribs['id'];
  if (c === undefined && i === undefined) return EMPTY;
  const out: string[] = [];
  if (c) scan(c, out);
  if (i) scan(i, out);
  cache.set(el, out);
  return out;
}

function scan(raw: string, out: string[]): void {
  let part = '';
  let joined = '';
  let parts = 0;
  const endPart = (): void => {
    if (part) {
      out.push(part);
      joined += part;
      parts++;
      part = '';
    }
  };
  const endName = (): void => {
    endPart();
    if (parts > 1) out.push(joined);
    joined = '';
    parts = 0;
  };
  for (let k = 0; k < raw.length; k++) {
    const ch = raw.charCodeAt(k);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 12) endName();
    else if (ch === 45 || ch === 95 || ch === 58 || ch === 46) endPart();
    else if (ch >= 65 && ch <= 90) {
      // A capital after a lower-case letter starts a new part (camelCase).
      const prev = k > 0 ? raw.charCodeAt(k - 1) : 0;
      if (prev >= 97 && prev <= 122) endPart();
      part += String.fromCharCode(ch + 32);
    } else part += raw[k];
  }
  endName();
}
