/**
 * Small, allocation-light helpers over domhandler's tree. Everything that walks the
 * tree is iterative: hostile pages nest tens of thousands of levels deep and a
 * recursive walk would overflow the stack.
 */
import { isDocument, isTag, isText as isTextNode } from 'domhandler';
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';

export type { AnyNode, Element, ParentNode };

export function isElement(n: AnyNode): n is Element {
  return isTag(n);
}

export function isText(n: AnyNode): n is Text {
  return isTextNode(n);
}

/** Concatenated text of a subtree, in document order. */
export function textOf(root: AnyNode): string {
  if (isText(root)) return root.data;
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) out.push(n.data);
    else if (isElement(n) || isDocument(n)) {
      const ch = (n as ParentNode).children;
      if (isElement(n) && n.name === 'br') out.push('\n');
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  return out.join('');
}

/** Collapses runs of white space (including NBSP) into single spaces and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** All elements under root (root excluded) in document order. */
export function descendants(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** First descendant element with the given tag name. */
export function findFirst(root: ParentNode, name: string): Element | null {
  for (const el of descendants(root)) if (el.name === name) return el;
  return null;
}

export function findAll(root: ParentNode, names: ReadonlySet<string>): Element[] {
  return descendants(root).filter((el) => names.has(el.name));
}

export function attr(el: Element, name: string): string | null {
  const v = el.attribs[name];
  return v === undefined ? null : v;
}

/** Lower-cased class and id, joined: what class/id heuristics read. */
export function classAndId(el: Element): string {
  const c = el.attribs['class'];
  const i = el.attribs['id'];
  if (c === undefined && i === undefined) return '';
  return `${c ?? ''} ${i ?? ''}`.toLowerCase();
}

/** Detaches a node from its parent. */
export function removeNode(n: AnyNode): void {
  const p = n.parent;
  if (!p) return;
  const i = p.children.indexOf(n as never);
  if (i >= 0) p.children.splice(i, 1);
  const prev = n.prev;
  const next = n.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  n.parent = null;
  n.prev = null;
  n.next = null;
}
