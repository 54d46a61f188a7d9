import type { Element, ParentNode } from 'domhandler';
import type { Block } from '../../core/article.js';
import { boilerplateReason } from '../boilerplate.js';
import { BYLINE_RE } from '../bylines.js';
import { classTokens } from './classTokens.js';
import { cleanDom, type Removal } from './cleanDom.js';
import { collectBlocks, type RawBlock } from './collectBlocks.js';
import { descendants, findFirst, isElement, normalizeSpace, textOf } from './dom.js';
import { findContent } from './findContent.js';
import { computeStats } from './nodeStats.js';
import { parseHtml } from './parseHtml.js';
import { readHeaderZone } from './readHeaderZone.js';
import { readMetadata, type HtmlMetadata } from './readMetadata.js';

export interface HtmlExtraction {
  meta: HtmlMetadata;
  title: string | null;
  lede: string | null;
  blocks: Block[];
  removed: Removal[];
  /** Short texts near the top of the body that read as a byline ("By Jane Doe"). */
  bylines: string[];
  /** Author names printed bare in an author-classed element. */
  authorNames: string[];
  /** Short texts near the top that read as a dateline; the dates stage parses them. */
  datelines: string[];
  /** Datelines introduced as an update ("Mis à jour le…", "Updated…"). */
  modifiedLines: string[];
  diagnostics: string[];
}

const LEDE_TOKENS = new Set([
  'lede',
  'lead',
  'standfirst',
  'chapo',
  'chapeau',
  'chapô',
  'intro',
  'summary',
  'dek',
  'deck',
  'subtitle',
  'subheadline',
  'excerpt',
  'sapo',
  'kicker',
  'description',
  'teaser',
  'abstract',
  'strapline',
]);

/**
 * The HTML pipeline, as an ordered list of named stages: parse → metadata →
 * measure → clean → select → collect → filter → title/lede.
 */
export function extractHtml(html: string, maxDepth: number): HtmlExtraction {
  const diagnostics: string[] = [];
  const doc = parseHtml(html, maxDepth);
  const meta = readMetadata(doc);
  const h1Els = meta.h1Elements;
  const h1s = h1Els.map((e) => normalizeSpace(textOf(e))).filter(Boolean);
  const body: ParentNode = findFirst(doc, 'body') ?? doc;
  const title = chooseTitle(meta, h1s);
  const headline = h1Els.find((e) => normalizeSpace(textOf(e)) === title) ?? h1Els[0] ?? (title ? findByText(body, title) : null);

  const before = computeStats(body);
  const header = readHeaderZone(body, headline, meta.published.length === 0, before);
  let bodyProse = 0;
  for (const c of body.children) if (isElement(c)) bodyProse += before.get(c)?.prose ?? 0;
  const removed = cleanDom(body, before, bodyProse);
  const ledeEl = findLede(body);
  const lede = ledeEl ? normalizeSpace(textOf(ledeEl)) : header.boldLede;
  // The standfirst is reported as `lede`, never twice: it leaves the body text.
  if (ledeEl) header.elements.add(ledeEl);

  const choice = findContent(body, before);
  if (!choice) diagnostics.push('no candidate container found');
  const raw = choice ? collectBlocks(choice.nodes, removed) : [];
  const filtered = filterBlocks(
    raw.filter((rb) => !inHeader(rb.el, header.elements, removed, rb.block.text)),
    title,
    removed,
  );
  const { blocks, bylines, datelines } = filtered;
  return {
    meta,
    title,
    lede,
    blocks,
    removed,
    bylines: [...header.bylines, ...bylines],
    authorNames: header.authorNames,
    datelines: [...header.published, ...datelines],
    modifiedLines: header.modified,
    diagnostics,
  };
}

/** Blocks made from the header strip (byline, dateline, kicker) are not body text. */
function inHeader(el: Element | null, header: Set<Element>, removed: Removal[], text: string): boolean {
  if (!el || header.size === 0) return false;
  for (let e: ParentNode | null = el, i = 0; e && i < 4; e = e.parent, i++) {
    if (header.has(e as Element)) {
      removed.push({ reason: 'header', text });
      return true;
    }
  }
  return false;
}

/** The innermost element whose whole text is `text` (a headline set without <h1>). */
function findByText(root: ParentNode, text: string): Element | null {
  let best: Element | null = null;
  for (const el of descendants(root)) {
    if (el.name === 'title' || el.name === 'script') continue;
    if (normalizeSpace(textOf(el)) === text) best = el;
    else if (best) break;
  }
  return best;
}

const NOT_IN_LEDE = new Set(['ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'img']);

/** A standfirst is a sentence or two of plain prose: a classed box holding a list or a heading is a summary panel. */
function findLede(root: ParentNode): Element | null {
  for (const el of descendants(root)) {
    if (!classTokens(el).some((t) => LEDE_TOKENS.has(t))) continue;
    if (descendants(el).some((d) => NOT_IN_LEDE.has(d.name))) continue;
    const t = normalizeSpace(textOf(el));
    if (t.length >= 40 && t.length <= 700) return el;
  }
  return null;
}

const DATEISH_RE = /^(?:(?:publi|mis à jour|updated|posted|published|modifi)\S*\s*(?:le|on|:)?\s*)?[\p{L}\d.,:/ h-]{6,60}$/iu;
const HAS_DIGIT_YEAR = /\b(?:19|20)\d\d\b|\b\d{1,2}[:h]\d\d\b/;

/**
 * Drops blocks that are boilerplate by their words (packs), by their links (lists
 * of related articles), or that repeat the title or lede; pulls bylines and
 * datelines out of the leading blocks.
 */
function filterBlocks(
  raw: RawBlock[],
  title: string | null,
  removed: Removal[],
): { blocks: Block[]; bylines: string[]; datelines: string[] } {
  const blocks: Block[] = [];
  const bylines: string[] = [];
  const datelines: string[] = [];
  const normTitle = title ? squash(title) : null;
  let seenProse = false;
  for (const rb of raw) {
    const b = rb.block;
    const text = b.text;
    if (b.kind === 'image') {
      blocks.push(b);
      continue;
    }
    const reason = boilerplateReason(b.kind === 'list' ? (b.items[0] ?? '') : text) ?? (b.kind === 'list' ? null : null);
    if (reason && (b.kind !== 'list' || b.items.length <= 2)) {
      removed.push({ reason, text });
      continue;
    }
    const chars = text.replace(/\s+/g, '').length || 1;
    const ld = rb.linkChars / chars;
    if (ld > 0.5 && (b.kind !== 'paragraph' || chars < 400)) {
      removed.push({ reason: 'links', text });
      continue;
    }
    // Only text about as long as the title can repeat it; skip the work otherwise.
    if (normTitle && title && Math.abs(text.length - title.length) < 30 && squash(text) === normTitle) continue;
    // A standfirst found inside the article container stays in the body: the page
    // presents it as the opening paragraph, and readers quote it as such.
    if (!seenProse && b.kind === 'paragraph' && text.length < 120) {
      if (BYLINE_RE.test(text)) {
        bylines.push(text);
        continue;
      }
      if (DATEISH_RE.test(text) && HAS_DIGIT_YEAR.test(text)) {
        datelines.push(text);
        continue;
      }
    }
    if (b.kind === 'paragraph' && text.length >= 120) seenProse = true;
    blocks.push(b);
  }
  return { blocks: trimEdges(dropRepeats(blocks, removed), removed), bylines, datelines };
}

/** A paragraph a reader would call prose: long enough, few links, ends like a sentence. */
function isProse(b: Block): boolean {
  if (b.kind !== 'paragraph' && b.kind !== 'quote') return false;
  // CJK scripts pack a sentence into far fewer characters.
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(b.text);
  const long = cjk ? 50 : 150;
  return b.text.length >= long || (b.text.length >= long / 2.5 && /[.!?…"”»)。！？]$/.test(b.text));
}

/**
 * Slideshows at the head of an article repeat their captions inside the
 * container. Repeats that come before the first unrepeated paragraph go; later
 * ones stay, because recipes and lists legitimately say things twice.
 */
function dropRepeats(blocks: Block[], removed: Removal[]): Block[] {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'paragraph' && b.text.length >= 30) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  const firstUnique = blocks.findIndex((b) => b.kind === 'paragraph' && b.text.length >= 30 && counts.get(b.text) === 1);
  const heads = new Set<string>();
  blocks.forEach((b, i) => {
    if (i < firstUnique && b.kind === 'paragraph' && (counts.get(b.text) ?? 0) > 1) heads.add(b.text);
  });
  if (heads.size === 0) return blocks;
  return blocks.filter((b) => {
    if (b.kind === 'paragraph' && heads.has(b.text)) {
      removed.push({ reason: 'repeated', text: b.text });
      return false;
    }
    return true;
  });
}

/**
 * Before the first prose paragraph, short paragraphs, lists and headings are
 * kickers, tickers, bylines and photo credits; after the last one, short
 * unpunctuated lines are tags, credits and "follow us" prompts.
 */
function trimEdges(blocks: Block[], removed: Removal[]): Block[] {
  const first = blocks.findIndex(isProse);
  if (first < 0) return blocks;
  let end = blocks.length;
  // From the end backwards only, and only a few: a tail of short lines can be a
  // real list of items when the article ends with one.
  for (let n = 0; n < 3 && end > first + 1; n++) {
    const b = blocks[end - 1]!;
    if (b.kind === 'image' || b.kind === 'caption') break;
    if (b.kind === 'paragraph' && b.text.length < 50 && !/[.!?…"”»。！？]$/.test(b.text)) {
      removed.push({ reason: 'edge', text: b.text });
      end--;
    } else break;
  }
  const out: Block[] = [];
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (
      i < first &&
      ((b.kind === 'list' && blocks[i - 1]?.kind !== 'heading') ||
        (b.kind === 'heading' && b.level <= 1) ||
        (b.kind === 'paragraph' && b.text.length < 100))
    )
      removed.push({ reason: 'edge', text: b.text });
    else out.push(b);
  }
  return out;
}
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The headline: the page's <h1> when it agrees with the metadata title (it is the
 * version without the site name), else the metadata title, else the <title> with
 * its site suffix cut off.
 */
function chooseTitle(meta: HtmlMetadata, h1s: string[]): string | null {
  // Some sites put their own name in og:title on every page.
  const metaTitle = meta.metaTitle && meta.siteName && squash(meta.metaTitle) === squash(meta.siteName) ? null : meta.metaTitle;
  const tag = meta.titleTag;
  for (const h of h1s) {
    const sq = squash(h);
    if (sq.length < 8) continue;
    if ((metaTitle && (squash(metaTitle).includes(sq) || sq.includes(squash(metaTitle)))) || (tag && squash(tag).includes(sq))) return h;
  }
  if (metaTitle) return stripSiteName(metaTitle, meta.siteName);
  if (tag) return stripSiteName(tag, meta.siteName);
  return h1s[0] ?? null;
}

function stripSiteName(t: string, site: string | null): string {
  const parts = t.split(/\s+(?:[|–—»·•]|-{1,2}|::)\s+/);
  if (parts.length < 2) return t;
  const siteSq = site ? squash(site) : null;
  const kept = parts.filter((p) => !siteSq || squash(p) !== siteSq);
  // Keep the longest remaining segment: site names and sections are short.
  return kept.reduce((a, b) => (b.length > a.length ? b : a), kept[0] ?? t);
}
