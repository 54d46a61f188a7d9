/**
 * Extraction regression tests over test/fixtures/pages and the seed.
 *
 * (a) golden: every page's extraction equals its snapshot in test/golden/ (see
 *     scripts/update-golden.ts; `npm run golden:update` rewrites them).
 * (b) expectations: pages with a hand-written <name>.expect.json are checked against what a
 *     careful human expects, independently of the snapshots.
 * (c) seed: the seed document against the reference reading in ../shared/gold/seed.json.
 *
 * Run alone: node --import tsx --test test/golden.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import type { Article, Block } from '../src/index.js';
import {
  PAGES_DIR,
  ROOT,
  SEED_FILE,
  SEED_GOLD_FILE,
  SEED_NAME,
  diffLines,
  extractPages,
  goldenPath,
  listPages,
  serializeSnapshot,
  toSnapshot,
  type Outcome,
} from '../scripts/update-golden.js';

const pages = listPages();
const outcomes = await extractPages(pages);

/** Collapses every run of whitespace (NBSP and narrow NBSP included) to one space. */
function norm(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}

function articleOf(name: string, outcome: Outcome | undefined): Article {
  assert.ok(outcome, `${name}: no extraction outcome`);
  if (!outcome.ok) assert.fail(`${name}: ${outcome.error}`);
  const r = outcome.result;
  if (!r.ok) assert.fail(`${name}: extraction failed with ${r.error.code}: ${r.error.message}`);
  return r;
}

const headingTexts = (a: Article): string[] => a.blocks.filter((b) => b.kind === 'heading').map((b) => norm(b.text));

/** Caption and image blocks, as the texts a reader sees for them. */
function captionTexts(a: Article): string[] {
  const out: string[] = [];
  for (const b of a.blocks) {
    if (b.kind === 'caption') out.push(norm(b.text));
    if (b.kind === 'image') out.push(norm(b.text), norm(b.caption ?? ''));
  }
  return out.filter(Boolean);
}

/** The texts of one block that a boilerplate string must not appear in. */
function blockTexts(b: Block): string[] {
  return b.kind === 'image' ? [b.text, b.caption ?? ''] : [b.text];
}

// ---------------------------------------------------------------------------------------
// (a) golden snapshots

describe('golden snapshots', () => {
  for (const page of pages) {
    test(page.name, () => {
      const outcome = outcomes.get(page.name)!;
      if (!outcome.ok) assert.fail(`${page.name}: ${outcome.error}`);
      const file = goldenPath(page.name);
      const label = relative(ROOT, file);
      if (!existsSync(file)) {
        assert.fail(`${label} does not exist. Run \`npm run golden:update\`, read the new snapshot, and commit it.`);
      }
      const expectedText = readFileSync(file, 'utf8');
      const actual = toSnapshot(outcome.result);
      const expected: unknown = JSON.parse(expectedText);
      try {
        assert.deepStrictEqual(actual, expected);
      } catch {
        const d = diffLines(expectedText, serializeSnapshot(actual), 12);
        assert.fail(
          `${page.name}: extraction differs from ${label} (+${d.added} -${d.removed} lines):\n` +
            d.preview.map((l) => '    ' + l).join('\n') +
            '\nIf the change is intended, run `npm run golden:update` and review `git diff -- test/golden` before committing.',
        );
      }
    });
  }
});

// ---------------------------------------------------------------------------------------
// (b) hand-made expectations

interface Expectation {
  title?: string;
  language?: string;
  publishedAt?: string | null;
  lede?: string;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  headings?: string[];
  captions?: string[];
  authors?: string[];
}

const EXPECTATION_KEYS = new Set([
  'title',
  'language',
  'publishedAt',
  'lede',
  'bodyStartsWith',
  'bodyEndsWith',
  'mustContain',
  'mustNotContain',
  'headings',
  'captions',
  'authors',
]);

/** Every way the article falls short of the expectation; empty when it meets it. */
function checkExpectation(a: Article, e: Expectation): string[] {
  const problems: string[] = [];
  const text = norm(a.text);
  const headings = headingTexts(a);
  const show = (s: string | null | undefined): string => JSON.stringify(s ?? null);
  const head = (s: string): string => show(s.length > 90 ? s.slice(0, 90) + '…' : s);
  const tail = (s: string): string => show(s.length > 90 ? '…' + s.slice(-90) : s);

  if (e.title !== undefined && norm(a.title ?? '') !== norm(e.title)) {
    problems.push(`title: expected ${show(e.title)}, got ${show(a.title)}`);
  }
  if (e.language !== undefined && a.language !== e.language) {
    problems.push(`language: expected ${show(e.language)}, got ${show(a.language)}`);
  }
  if (e.publishedAt !== undefined) {
    const ok = e.publishedAt === null ? a.publishedAt === null : (a.publishedAt ?? '').startsWith(e.publishedAt);
    if (!ok)
      problems.push(
        `publishedAt: expected ${e.publishedAt === null ? 'null' : `to start with ${show(e.publishedAt)}`}, got ${show(a.publishedAt)}`,
      );
  }
  if (e.lede !== undefined && norm(a.lede ?? '') !== norm(e.lede)) {
    problems.push(`lede: expected ${show(e.lede)}, got ${show(a.lede)}`);
  }
  if (e.bodyStartsWith !== undefined && !text.startsWith(norm(e.bodyStartsWith))) {
    problems.push(`text should start with ${head(norm(e.bodyStartsWith))}, starts with ${head(text)}`);
  }
  if (e.bodyEndsWith !== undefined && !text.endsWith(norm(e.bodyEndsWith))) {
    problems.push(`text should end with ${tail(norm(e.bodyEndsWith))}, ends with ${tail(text)}`);
  }
  for (const s of e.mustContain ?? []) {
    const n = norm(s);
    if (!text.includes(n) && !headings.some((h) => h.includes(n))) problems.push(`missing from text and headings: ${show(s)}`);
  }
  const captions = (e.captions ?? []).map(norm);
  for (const s of e.mustNotContain ?? []) {
    const n = norm(s);
    if (text.includes(n)) problems.push(`boilerplate/title/caption in text: ${show(s)}`);
    // A caption may (should) appear in its own caption or image block, nowhere else.
    const isCaption = captions.some((c) => c.includes(n) || n.includes(c));
    a.blocks.forEach((b, i) => {
      if (isCaption && (b.kind === 'caption' || b.kind === 'image')) return;
      if (blockTexts(b).some((t) => norm(t).includes(n))) problems.push(`${show(s)} in blocks[${i}] (${b.kind}): ${head(norm(b.text))}`);
    });
  }
  if (e.headings !== undefined) {
    try {
      assert.deepStrictEqual(headings, e.headings.map(norm));
    } catch {
      problems.push(`headings: expected ${show(JSON.stringify(e.headings.map(norm)))}, got ${show(JSON.stringify(headings))}`);
    }
  }
  const seen = captionTexts(a);
  for (const c of captions) {
    if (!seen.some((t) => t.includes(c))) problems.push(`caption not found in a caption or image block: ${show(c)}`);
  }
  if (e.authors !== undefined) {
    const got = a.authors.map(norm);
    try {
      assert.deepStrictEqual(got, e.authors.map(norm));
    } catch {
      problems.push(`authors: expected ${JSON.stringify(e.authors)}, got ${JSON.stringify(a.authors)}`);
    }
  }
  return problems;
}

describe('hand-made expectations', () => {
  const withExpectation = pages.filter((p) => p.expectFile !== null);

  test('every .expect.json belongs to a page', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
    const known = new Set(withExpectation.map((p) => p.expectFile));
    const orphans = walk(PAGES_DIR).filter((f) => f.endsWith('.expect.json') && !known.has(f));
    assert.deepStrictEqual(
      orphans.map((f) => relative(ROOT, f)),
      [],
      'expectation files without a page next to them',
    );
  });

  for (const page of withExpectation) {
    test(page.name, () => {
      const raw: unknown = JSON.parse(readFileSync(page.expectFile!, 'utf8'));
      assert.ok(raw && typeof raw === 'object' && !Array.isArray(raw), `${page.expectFile} must hold a JSON object`);
      const unknownKeys = Object.keys(raw).filter((k) => !EXPECTATION_KEYS.has(k));
      assert.deepStrictEqual(unknownKeys, [], `${relative(ROOT, page.expectFile!)}: unknown keys (typo?)`);
      const article = articleOf(page.name, outcomes.get(page.name));
      const problems = checkExpectation(article, raw as Expectation);
      if (problems.length) assert.fail(`${page.name}: ${problems.length} expectation(s) not met:\n  - ${problems.join('\n  - ')}`);
    });
  }
});

// ---------------------------------------------------------------------------------------
// (c) the seed against its reference reading

interface SeedGold {
  document: {
    language: string;
    title: string;
    lede: string;
    published: string;
    captions: string[];
    headings: string[];
    body_first_words: string;
    body_last_words: string;
  };
}

describe('seed against ../shared/gold/seed.json', () => {
  test('seed document', () => {
    assert.ok(existsSync(SEED_FILE), `seed not found at ${SEED_FILE} (../shared must sit beside the checkout)`);
    assert.ok(existsSync(SEED_GOLD_FILE), `reference reading not found at ${SEED_GOLD_FILE}`);
    const gold = (JSON.parse(readFileSync(SEED_GOLD_FILE, 'utf8')) as SeedGold).document;
    const article = articleOf(SEED_NAME, outcomes.get(SEED_NAME));
    const problems = checkExpectation(article, {
      title: gold.title,
      language: gold.language,
      publishedAt: gold.published,
      lede: gold.lede,
      bodyStartsWith: gold.body_first_words,
      bodyEndsWith: gold.body_last_words,
      headings: gold.headings,
      captions: gold.captions,
      mustNotContain: [gold.title, ...gold.captions],
    });
    // The ad slot must be gone from the whole output. `removed` is left out of the scan on
    // purpose: it is the report of what was dropped, and its samples may quote the ad line.
    const { removed: _removed, ...rest } = article;
    const json = JSON.stringify(rest);
    for (const ad of ['IMPACT_medias', 'Votre publicité']) {
      if (json.includes(ad)) problems.push(`${JSON.stringify(ad)} appears in the JSON output (outside \`removed\`)`);
    }
    if (problems.length) assert.fail(`seed: ${problems.length} expectation(s) not met:\n  - ${problems.join('\n  - ')}`);
  });
});
