import type { AnyNode, Element, ParentNode } from 'domhandler';
import { classTokens } from './classTokens.js';
import { DROP_TAGS, NEGATIVE_TOKENS, POSITIVE_TOKENS, WEAK_NEGATIVE } from './boilerplateClasses.js';
import { attr, isElement, normalizeSpace, removeNode, textOf } from './dom.js';
import type { NodeStats } from './nodeStats.js';

export interface Removal {
  reason: string;
  text: string;
}

const ROLE_REASONS: Record<string, string> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'related',
  dialog: 'overlay',
  alertdialog: 'overlay',
  search: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
};

/** The boilerplate reason for an element judged by its markup alone, or null. */
export function markupReason(el: Element): string | null {
  if (DROP_TAGS.has(el.name)) return el.name === 'aside' ? 'related' : el.name === 'nav' || el.name === 'footer' ? 'navigation' : 'markup';
  if (el.attribs['hidden'] !== undefined || el.attribs['aria-hidden'] === 'true') return 'hidden';
  const style = el.attribs['style'];
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden';
  const role = el.attribs['role'];
  if (role && ROLE_REASONS[role]) return ROLE_REASONS[role]!;
  if (el.attribs['itemprop'] === 'articleBody') return null;
  let reason: string | null = null;
  for (const t of classTokens(el)) {
    if (POSITIVE_TOKENS.has(t) && (t === 'articlebody' || t === 'storybody')) return null;
    const r = NEGATIVE_TOKENS[t];
    if (r !== undefined && !WEAK_NEGATIVE.has(t)) reason = r;
  }
  return reason;
}

/**
 * Removes boilerplate subtrees in place and returns what it removed. An element
 * with a boilerplate class is kept when it holds most of the page's prose: sites
 * put words like "share" on the article wrapper itself, and losing the whole body
 * to a class name is the worst possible outcome.
 */
export function cleanDom(root: ParentNode, stats: Map<Element, NodeStats>, bodyProse: number): Removal[] {
  const removed: Removal[] = [];
  const doomed: Array<{ el: Element; reason: string }> = [];
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'head' || n.name === 'script' || n.name === 'style') {
      doomed.push({ el: n, reason: 'markup' });
      continue;
    }
    const reason = markupReason(n);
    if (reason !== null) {
      const s = stats.get(n);
      const big = s !== undefined && bodyProse > 0 && s.prose > 0.3 * bodyProse;
      if (!big || (DROP_TAGS.has(n.name) && n.name !== 'aside' && n.name !== 'footer' && n.name !== 'nav')) {
        doomed.push({ el: n, reason });
        continue;
      }
    }
    for (const c of n.children) stack.push(c);
  }
  for (const { el, reason } of doomed) {
    if (reason !== 'markup') {
      const text = normalizeSpace(textOf(el));
      if (text) removed.push({ reason, text });
    }
    // Keep the ancestors' measures true without a second full pass.
    const s = stats.get(el);
    if (s) {
      for (let p = el.parent; p && isElement(p); p = p.parent) {
        const ps = stats.get(p);
        if (!ps) continue;
        ps.chars -= s.chars;
        ps.linkChars = p.name === 'a' ? ps.chars : ps.linkChars - s.linkChars;
        ps.commas -= s.commas;
        ps.prose = Math.max(0, ps.prose - s.prose);
      }
    }
    removeNode(el);
  }
  return removed;
}

/** Score adjustment from class/id/role/itemprop, in Readability's spirit but token-based. */
export function classWeight(el: Element): number {
  let w = 0;
  if (attr(el, 'itemprop') === 'articleBody') w += 40;
  const role = el.attribs['role'];
  if (role === 'main' || role === 'article') w += 15;
  for (const t of classTokens(el)) {
    if (POSITIVE_TOKENS.has(t)) w += 12;
    else if (NEGATIVE_TOKENS[t] !== undefined) w -= 25;
  }
  return Math.max(-50, Math.min(50, w));
}
