import type { Element, ParentNode } from 'domhandler';
import { classWeight } from './cleanDom.js';
import { descendants, isElement, isText } from './dom.js';
import { linkDensity, type NodeStats } from './nodeStats.js';

/** Elements whose own text is a paragraph of prose when long enough. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
/** Containers that may hold loose text directly (sites that never use <p>). */
const LOOSE_TEXT_TAGS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'td']);

const TAG_BASE: Record<string, number> = {
  article: 10,
  main: 8,
  div: 5,
  section: 4,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

const MIN_PARAGRAPH = 25;

export interface ContentChoice {
  /** The nodes whose blocks form the body, in document order. */
  nodes: Element[];
  top: Element;
  score: number;
}

/** Sum of the lengths of text nodes directly under an element. */
function directText(el: Element): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (const c of el.children) {
    if (isText(c)) {
      const t = c.data.trim();
      chars += t.length;
      for (let i = 0; i < t.length; i++) if (t[i] === ',') commas++;
    } else if (
      isElement(c) &&
      (c.name === 'a' || c.name === 'b' || c.name === 'i' || c.name === 'em' || c.name === 'strong' || c.name === 'span')
    ) {
      // Inline markup is part of the loose paragraph too; approximate with its text length.
    }
  }
  return { chars, commas };
}

/**
 * Scores prose-bearing elements and propagates their scores to ancestors with a
 * decay (full to the parent, half to the grandparent, a third of that beyond), then
 * picks the best ancestor, weighed by link density and class/id hints. The
 * `overlap` callback, when given, rewards candidates whose text matches the
 * publisher's own JSON-LD articleBody.
 */
export function findContent(root: ParentNode, stats: Map<Element, NodeStats>, overlap?: (el: Element) => number): ContentChoice | null {
  const scores = new Map<Element, number>();
  const init = (el: Element): void => {
    if (!scores.has(el)) scores.set(el, (TAG_BASE[el.name] ?? 0) + classWeight(el));
  };
  for (const el of descendants(root)) {
    let chars: number;
    let commas: number;
    if (PARAGRAPH_TAGS.has(el.name)) {
      const s = stats.get(el);
      if (!s) continue;
      chars = s.chars;
      commas = s.commas;
      if (linkDensity(s) > 0.5) continue;
      // Cells of layout tables hold whole pages; only count a td's own loose text.
      if (el.name === 'td' || el.name === 'li') {
        const d = directText(el);
        if (d.chars < MIN_PARAGRAPH && s.chars > 500) continue;
      }
    } else if (LOOSE_TEXT_TAGS.has(el.name)) {
      const d = directText(el);
      chars = d.chars;
      commas = d.commas;
    } else continue;
    if (chars < MIN_PARAGRAPH) continue;
    const score = 1 + commas + Math.min(Math.floor(chars / 100), 3);
    let anc = el.parent;
    let level = 0;
    if (LOOSE_TEXT_TAGS.has(el.name) && !PARAGRAPH_TAGS.has(el.name)) {
      // Loose text belongs to the element itself: it is its own first candidate.
      anc = el;
      level = -1;
    }
    while (anc && isElement(anc) && level < 5) {
      init(anc);
      const divider = level <= 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, scores.get(anc)! + score / divider);
      anc = anc.parent;
      level++;
    }
  }
  let top: Element | null = null;
  let best = -Infinity;
  const finals = new Map<Element, number>();
  for (const [el, raw] of scores) {
    if (el.name === 'body' || el.name === 'html') continue;
    let f = raw * (1 - linkDensity(stats.get(el)));
    if (overlap) f *= 0.5 + overlap(el);
    finals.set(el, f);
    if (f > best) {
      best = f;
      top = el;
    }
  }
  if (!top) return null;
  top = commonAncestorOfRivals(top, best, finals);
  // Climb while the parent is nearly as good: the top candidate is often one of
  // several sibling containers that together make the article.
  let cur = top;
  for (let i = 0; i < 3; i++) {
    const p = cur.parent;
    if (!p || !isElement(p) || p.name === 'body' || p.name === 'html') break;
    const ps = finals.get(p);
    if (ps === undefined || ps < best * 0.9) break;
    const pc = stats.get(p);
    const cc = stats.get(cur);
    if (!pc || !cc || linkDensity(pc) > 0.35) break;
    cur = p;
  }
  top = cur;
  const nodes = withSiblings(top, finals, best, stats);
  return { nodes, top, score: best };
}

/**
 * Articles split into sections (around figures, pull quotes or ads) score as
 * several near-equal candidates. When strong rivals that are neither inside nor
 * around the top candidate share an ancestor with it, that ancestor holds the
 * whole article.
 */
function commonAncestorOfRivals(top: Element, best: number, finals: Map<Element, number>): Element {
  const rivals: Element[] = [];
  for (const [el, f] of finals) {
    if (el === top || f < best * 0.6) continue;
    if (contains(top, el) || contains(el, top)) continue;
    rivals.push(el);
  }
  if (rivals.length === 0) return top;
  let anc: Element | null = top.parent && isElement(top.parent) ? top.parent : null;
  for (let depth = 0; anc && depth < 4; depth++) {
    if (anc.name === 'body' || anc.name === 'html') break;
    const a: Element = anc;
    const inside = rivals.filter((r) => contains(a, r)).length;
    if (inside >= 1) return a;
    anc = a.parent && isElement(a.parent) ? a.parent : null;
  }
  return top;
}

function contains(outer: Element, inner: Element): boolean {
  let n: ParentNode | null = inner.parent;
  while (n) {
    if (n === outer) return true;
    n = n.parent;
  }
  return false;
}

/** Adds siblings of the top candidate that look like more of the same article. */
function withSiblings(top: Element, finals: Map<Element, number>, best: number, stats: Map<Element, NodeStats>): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(10, best * 0.2);
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    // The lead photo often sits just outside the text container; its caption is
    // kept as a caption block (never as body text).
    if (sib.name === 'figure') {
      out.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s || s.chars === 0) continue;
    const sc = finals.get(sib);
    const ld = linkDensity(s);
    if (sc !== undefined && sc >= threshold && ld < 0.3) {
      out.push(sib);
    } else if (sib.name === 'p') {
      if ((s.chars > 80 && ld < 0.25) || (s.chars > 0 && ld === 0 && s.chars < 80 && /[.!?»"”]\s*$/.test(lastText(sib)))) out.push(sib);
    }
  }
  return out;
}

function lastText(el: Element): string {
  let n: Element | null = el;
  while (n) {
    const last: import('domhandler').AnyNode | undefined = n.children[n.children.length - 1];
    if (!last) return '';
    if (isText(last)) return last.data;
    if (isElement(last)) n = last;
    else return '';
  }
  return '';
}
