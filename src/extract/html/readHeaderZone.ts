import type { AnyNode, Element, ParentNode } from 'domhandler';
import { PACKS } from '../../core/packs/index.js';
import { BYLINE_RE } from '../bylines.js';
import { isDatelineLine } from '../dates/index.js';
import { classTokens } from './classTokens.js';
import { isElement, isText, normalizeSpace } from './dom.js';
import type { NodeStats } from './nodeStats.js';

export interface HeaderZone {
  bylines: string[];
  /** Author names given bare in an element classed as such ("author", "byline"). */
  authorNames: string[];
  published: string[];
  modified: string[];
  /** A standfirst printed as a first paragraph set entirely in bold. */
  boldLede: string | null;
  /** The short blocks read between the headline and the body: never body text. */
  elements: Set<Element>;
  /**
   * Whether datelines must be parsed. When the metadata already dates the page, a
   * cheap shape test is enough to recognise a dateline strip and keep it out of the
   * body; the full date scanner is the costliest thing this module can run.
   */
  needDates: boolean;
}

const DATE_SHAPE = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:h.]\d\d\b/;

/** How many short text blocks after the headline are looked at. */
const MAX_BLOCKS = 14;
/** A block longer than this is body text: the header zone is over. */
const MAX_HEADER_TEXT = 220;

const BLOCKS = new Set([
  'p',
  'div',
  'span',
  'font',
  'b',
  'strong',
  'em',
  'i',
  'center',
  'li',
  'time',
  'small',
  'address',
  'section',
  'header',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'td',
  'dd',
]);
/** Listed in BLOCKS so they are read on their own, but inline inside a larger block. */
const INLINE = new Set(['span', 'time', 'small', 'font', 'b', 'strong', 'em', 'i']);
const AUTHOR_TOKENS = new Set(['author', 'authors', 'byline', 'auteur', 'auteurs', 'signature', 'writer']);
const NAME_RE = /^\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|van|von|da|di|du|le|la|al|el|bin)){1,4}$/u;
const MODIFIED_RE = new RegExp(
  `^(?:${
    PACKS.flatMap((p) => p.datePrefixes?.modified ?? [])
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') || 'updated'
  })`,
  'iu',
);

/**
 * Reads the strip between the headline and the body, where sites print the byline,
 * the dateline and the standfirst in markup no metadata describes. Runs before
 * boilerplate removal, which would take "credits" and "meta" strips away.
 */
export function readHeaderZone(root: ParentNode, headline: Element | null, needDates: boolean, stats: Map<Element, NodeStats>): HeaderZone {
  const zone: HeaderZone = { bylines: [], authorNames: [], published: [], modified: [], boldLede: null, elements: new Set(), needDates };
  scanClassed(root, zone, stats);
  if (!headline) return zone;
  let seen = 0;
  for (const el of following(headline, root)) {
    if (!BLOCKS.has(el.name) || hasBlockChild(el)) continue;
    const raw = blockText(el);
    const text = normalizeSpace(raw);
    if (!text) continue;
    if (text.length > MAX_HEADER_TEXT) {
      if (zone.boldLede === null && el.name === 'p' && seen < MAX_BLOCKS && isAllBold(el)) {
        zone.boldLede = text;
        zone.elements.add(el);
      }
      break;
    }
    if (++seen > MAX_BLOCKS) break;
    if (el.name === 'p' && zone.boldLede === null && text.length >= 60 && isAllBold(el)) {
      zone.boldLede = text;
      zone.elements.add(el);
      break;
    }
    classifyLines(el, raw, zone);
  }
  return zone;
}

/** Files each line as byline, dateline or author name; an element made only of such lines is header furniture. */
function classifyLines(el: Element, raw: string, zone: HeaderZone): void {
  let other = 0;
  let known = 0;
  for (const line of raw.split('\n').map(normalizeSpace).filter(Boolean)) {
    if (line.length <= 120 && BYLINE_RE.test(line)) push(zone.bylines, line);
    // Every date has a digit; the date scanner is too costly to run on lines without one.
    else if (line.length <= 90 && /\d/.test(line) && (zone.needDates ? isDatelineLine(line) : line.length <= 60 && DATE_SHAPE.test(line)))
      push(MODIFIED_RE.test(line) ? zone.modified : zone.published, line);
    else if (NAME_RE.test(line) && isAuthorish(el)) push(zone.authorNames, line);
    else {
      other++;
      continue;
    }
    known++;
  }
  if (known > 0 && other === 0) zone.elements.add(el);
}

function push(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}

const META_TOKENS = new Set([
  ...AUTHOR_TOKENS,
  'date',
  'dates',
  'time',
  'timestamp',
  'published',
  'publication',
  'posted',
  'dateline',
  'pubdate',
  'datetime',
  'updated',
]);
/** Ancestors whose bylines and dates belong to other articles. */
const FOREIGN_TOKENS = new Set([
  'related',
  'sidebar',
  'comment',
  'comments',
  'teaser',
  'teasers',
  'recommended',
  'popular',
  'widget',
  'footer',
  'nav',
  'menu',
]);

/**
 * Pages without a headline element, or with the byline above it, still class
 * their meta strip ("signature", "date-publication", "byline"). The first such
 * elements outside sidebars, related lists and comments are read.
 */
function scanClassed(root: ParentNode, zone: HeaderZone, stats: Map<Element, NodeStats>): void {
  let found = 0;
  const stack: Array<{ n: AnyNode; foreign: boolean }> = root.children.map((n) => ({ n, foreign: false })).reverse();
  while (stack.length > 0 && found < 6) {
    const { n, foreign } = stack.pop()!;
    if (!isElement(n) || n.name === 'script' || n.name === 'style' || n.name === 'nav' || n.name === 'aside' || n.name === 'footer')
      continue;
    const tokens = classTokens(n);
    const f = foreign || tokens.some((t) => FOREIGN_TOKENS.has(t));
    // Measured before reading: a <body class="author-…"> must not be read whole.
    if (!f && (stats.get(n)?.chars ?? 0) <= 160 && tokens.some((t) => META_TOKENS.has(t))) {
      const raw = blockText(n);
      if (normalizeSpace(raw).length <= 160) {
        classifyLines(n, raw, zone);
        found++;
      }
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push({ n: n.children[i]!, foreign: f });
  }
}

function isAuthorish(el: Element): boolean {
  for (let e: ParentNode | null = el, i = 0; e && isElement(e) && i < 3; e = e.parent, i++) {
    if (classTokens(e).some((t) => AUTHOR_TOKENS.has(t)) || e.attribs['rel'] === 'author' || e.attribs['itemprop'] === 'author')
      return true;
  }
  return false;
}

/** Elements after `start` in document order (its own subtree excluded). */
function* following(start: Element, root: ParentNode): Generator<Element> {
  let n: AnyNode | null = start;
  while (n && n !== root) {
    let next: AnyNode | null = n.next;
    while (next) {
      yield* subtree(next);
      next = next.next;
    }
    n = n.parent;
  }
}

function* subtree(n: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [n];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (!isElement(c)) continue;
    yield c;
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && BLOCKS.has(c.name) && !INLINE.has(c.name));
}

/** Text with <br> as line breaks. */
function blockText(el: Element): string {
  const out: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) out.push(n.data);
    else if (isElement(n)) {
      if (n.name === 'br') out.push('\n');
      if (n.name === 'script' || n.name === 'style') continue;
      // Sites butt <time> and <span> elements together with no space between them.
      if (n.name === 'time' || n.name === 'span') out.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.join('');
}

/** Every bit of text in the element sits inside <strong> or <b>. */
function isAllBold(el: Element): boolean {
  let bold = 0;
  let plain = 0;
  const stack: Array<{ n: AnyNode; b: boolean }> = el.children.map((n) => ({ n, b: false }));
  while (stack.length > 0) {
    const { n, b } = stack.pop()!;
    if (isText(n)) {
      const len = n.data.trim().length;
      if (b) bold += len;
      else plain += len;
    } else if (isElement(n)) {
      const isB = b || n.name === 'strong' || n.name === 'b';
      for (const c of n.children) stack.push({ n: c, b: isB });
    }
  }
  return bold > 0 && plain === 0;
}
