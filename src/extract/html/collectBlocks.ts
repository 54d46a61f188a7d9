import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../../core/article.js';
import { boilerplateReason } from '../boilerplate.js';
import { classTokens } from './classTokens.js';
import { attr, isElement, isText, normalizeSpace } from './dom.js';

/** Class tokens of elements that hold a caption or a photo credit, whatever their tag. */
const CAPTION_TOKENS = new Set([
  'caption',
  'figcaption',
  'captiontext',
  'legende',
  'légende',
  'photocredit',
  'imagecredit',
  'credit',
  'credits',
  'copyright',
]);

function isCaptionish(el: Element): boolean {
  for (const t of classTokens(el)) if (CAPTION_TOKENS.has(t)) return true;
  return false;
}

/** A block before filtering, with the measures filters need. */
export interface RawBlock {
  block: Block;
  /** Characters of link text in the block. */
  linkChars: number;
  /** The element that produced it (for class-based decisions downstream). */
  el: Element | null;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'form',
  'fieldset',
  'caption',
  'body',
  'html',
  'picture',
]);

type Ctx = 'paragraph' | 'heading' | 'quote' | 'item' | 'caption';

interface Frame {
  el: Element;
  exit: boolean;
}

/**
 * Flattens the chosen subtrees into blocks in reading order. Inline text
 * accumulates until a block-level boundary; the innermost block-level context
 * (heading, blockquote, list item, figcaption) decides the block's kind.
 */
export function collectBlocks(nodes: Element[], removed: Array<{ reason: string; text: string }>): RawBlock[] {
  const out: RawBlock[] = [];
  let buf: string[] = [];
  let bufLink = 0;
  let brRun = 0;
  // Context stacks, innermost last.
  const kinds: Array<{ ctx: Ctx; el: Element; level: number }> = [];
  const lists: Array<{ el: Element; ordered: boolean; items: string[]; linkChars: number }> = [];
  let linkDepth = 0;
  let preDepth = 0;
  let figure: { el: Element; imgs: Array<{ src: string | null; alt: string | null }>; caption: string | null } | null = null;

  const flush = (): void => {
    if (buf.length === 0) return;
    const raw = buf.join('');
    buf = [];
    const text =
      preDepth > 0
        ? raw
            .replace(/[ \t\u00a0]+/g, ' ')
            .replace(/\n{3,}/g, '\n\n')
            .trim()
        : normalizeSpace(raw);
    const linkChars = bufLink;
    bufLink = 0;
    if (!text) return;
    const k = kinds[kinds.length - 1];
    const ctx = k?.ctx ?? 'paragraph';
    if (ctx === 'item' && lists.length > 0) {
      const l = lists[lists.length - 1]!;
      l.items.push(text);
      l.linkChars += linkChars;
      return;
    }
    if (ctx === 'caption') {
      // Photo credits travel inside captions; they are dropped, the caption kept.
      const credit = boilerplateReason(text);
      if (credit) {
        removed.push({ reason: credit, text });
        return;
      }
      if (figure) figure.caption = figure.caption ? `${figure.caption} ${text}` : text;
      out.push({ block: { kind: 'caption', text }, linkChars, el: k?.el ?? null });
      return;
    }
    if (ctx === 'heading') out.push({ block: { kind: 'heading', text, level: k!.level }, linkChars, el: k!.el });
    else if (ctx === 'quote') out.push({ block: { kind: 'quote', text }, linkChars, el: k!.el });
    else out.push({ block: { kind: 'paragraph', text }, linkChars, el: k?.el ?? null });
  };

  for (const root of nodes) {
    const stack: Array<Frame | AnyNode> = [root];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if ('exit' in item && (item as Frame).exit) {
        const el = (item as Frame).el;
        leave(el);
        continue;
      }
      const n = item as AnyNode;
      if (isText(n)) {
        if (n.data.length > 0) {
          buf.push(n.data);
          if (linkDepth > 0) bufLink += n.data.trim().length;
          if (/\S/.test(n.data)) brRun = 0;
        }
        continue;
      }
      if (!isElement(n)) continue;
      enter(n);
      stack.push({ el: n, exit: true } as Frame);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    flush();
  }
  return out;

  function enter(el: Element): void {
    const name = el.name;
    if (name === 'br') {
      brRun++;
      if (brRun >= 2 && kinds[kinds.length - 1]?.ctx !== 'heading') flush();
      else buf.push('\n');
      return;
    }
    if (name === 'img') {
      const src = attr(el, 'src') ?? attr(el, 'data-src');
      const alt = attr(el, 'alt');
      if (figure) figure.imgs.push({ src, alt });
      else out.push({ block: { kind: 'image', text: '', src, alt: alt ? normalizeSpace(alt) : null, caption: null }, linkChars: 0, el });
      return;
    }
    if (name === 'a') linkDepth++;
    const captionish = !BLOCK_TAGS.has(name) || name === 'div' || name === 'p' || name === 'span' ? isCaptionish(el) : false;
    if (captionish) {
      flush();
      kinds.push({ ctx: 'caption', el, level: 0 });
      return;
    }
    if (!BLOCK_TAGS.has(name)) return;
    flush();
    brRun = 0;
    if (name === 'pre') preDepth++;
    if (/^h[1-6]$/.test(name)) kinds.push({ ctx: 'heading', el, level: Number(name[1]) });
    else if (name === 'blockquote') kinds.push({ ctx: 'quote', el, level: 0 });
    else if (name === 'li' || name === 'dt' || name === 'dd') kinds.push({ ctx: lists.length > 0 ? 'item' : 'paragraph', el, level: 0 });
    else if (name === 'figcaption' || name === 'caption') kinds.push({ ctx: 'caption', el, level: 0 });
    else if (name === 'p' || name === 'td' || name === 'th')
      kinds.push({ ctx: kinds[kinds.length - 1]?.ctx === 'quote' ? 'quote' : 'paragraph', el, level: 0 });
    if (name === 'ul' || name === 'ol' || name === 'dl') {
      // A list nested in a list item continues the outer list as more items.
      if (kinds[kinds.length - 1]?.ctx !== 'item') lists.push({ el, ordered: name === 'ol', items: [], linkChars: 0 });
    }
    if (name === 'figure' && !figure) figure = { el, imgs: [], caption: null };
  }

  function leave(el: Element): void {
    const name = el.name;
    if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
    const top = kinds[kinds.length - 1];
    if (top && top.el === el && top.ctx === 'caption' && !BLOCK_TAGS.has(name)) {
      flush();
      kinds.pop();
      return;
    }
    if (!BLOCK_TAGS.has(name)) return;
    flush();
    brRun = 0;
    if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
    const k = kinds[kinds.length - 1];
    if (k && k.el === el) kinds.pop();
    const l = lists[lists.length - 1];
    if (l && l.el === el) {
      lists.pop();
      if (l.items.length > 0) {
        out.push({ block: { kind: 'list', text: l.items.join('\n'), items: l.items, ordered: l.ordered }, linkChars: l.linkChars, el });
      }
    }
    if (figure && figure.el === el) {
      for (const img of figure.imgs) {
        out.push({
          block: {
            kind: 'image',
            text: figure.caption ?? '',
            src: img.src,
            alt: img.alt ? normalizeSpace(img.alt) : null,
            caption: figure.caption,
          },
          linkChars: 0,
          el,
        });
      }
      figure = null;
    }
  }
}
