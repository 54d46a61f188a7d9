import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement, isText } from './dom.js';

/** Text measures of one element's subtree, computed in a single bottom-up pass. */
export interface NodeStats {
  /** Non-white-space characters of text. */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Commas (Latin, CJK, Arabic): a cheap signal of running prose. */
  commas: number;
  /** Characters in paragraphs of real prose (<p> with few links) under this element. */
  prose: number;
}

/** White space per Unicode, tested by code unit: a regex per character is too slow here. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function countText(s: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x60c) commas++;
    if (!isSpace(c)) chars++;
  }
  return { chars, commas };
}

/**
 * Computes stats for every element under root. Iterative post-order walk: each
 * element's numbers are the sum of its children's, and links count all their text
 * as link text.
 */
export function computeStats(root: ParentNode): Map<Element, NodeStats> {
  const stats = new Map<Element, NodeStats>();
  const stack: Array<{ n: AnyNode; done: boolean }> = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ n: root.children[i]!, done: false });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const n = top.n;
    if (!isElement(n)) {
      stack.pop();
      continue;
    }
    if (!top.done) {
      top.done = true;
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i]!;
        if (isElement(c)) stack.push({ n: c, done: false });
      }
      continue;
    }
    stack.pop();
    let chars = 0;
    let linkChars = 0;
    let commas = 0;
    let prose = 0;
    for (const c of n.children) {
      if (isText(c)) {
        const t = countText(c.data);
        chars += t.chars;
        commas += t.commas;
      } else if (isElement(c)) {
        const s = stats.get(c);
        if (s) {
          chars += s.chars;
          linkChars += s.linkChars;
          commas += s.commas;
          prose += s.prose;
        }
      }
    }
    if (n.name === 'a') linkChars = chars;
    if (n.name === 'p' && chars >= 30 && linkChars < 0.5 * chars) prose = chars;
    stats.set(n, { chars, linkChars, commas, prose });
  }
  return stats;
}

export function linkDensity(s: NodeStats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}
