import type { Element } from 'domhandler';

const cache = new WeakMap<Element, string[]>();

/**
 * Class, id and role of an element as lower-case tokens, split on white space, '-'
 * and '_' ("article-body__text" → article, body, text) plus each whole class name
 * with separators removed ("read-more" → readmore), so camel-cased and
 * hyphenated spellings of one word meet.
 */
export function classTokens(el: Element): string[] {
  const hit = cache.get(el);
  if (hit) return hit;
  const raw = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  const out: string[] = [];
  if (raw.length > 1) {
    for (const name of raw.split(/\s+/)) {
      if (!name) continue;
      // Split camelCase before lower-casing: "relatedArticles" → related, articles.
      const parts = (/[A-Z]/.test(name) ? name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase() : name).split(/[-_:.]+/);
      for (const p of parts) if (p) out.push(p);
      if (parts.length > 1) out.push(parts.join(''));
    }
  }
  cache.set(el, out);
  return out;
}
