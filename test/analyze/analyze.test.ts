/**
 * The whole analysis pipeline: properties on arbitrary text (never throws, every span
 * in bounds and equal to its text, deterministic), the library entry point, and the
 * `vigie analyze` command.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze, analyzeArticle } from '../../src/analyze/analyze.js';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Analysis, Span } from '../../src/analyze/types.js';
import { extract } from '../../src/index.js';
import { runMain } from '../helpers/runMain.js';

const SEED = join(import.meta.dirname, '../../../shared/seed/000_0de1e556a333c2f9.txt');

function everySpan(x: Analysis): Array<{ span: Span; text: string | null }> {
  return [
    ...x.sentences.map((span) => ({ span, text: null })),
    ...x.entities.flatMap((e) => e.mentions.map((m) => ({ span: m, text: m.text }))),
    ...x.places.map((p) => ({ span: p.mention, text: p.mention.text })),
    ...x.quotes.flatMap((q) => [{ span: q.span, text: q.text }, ...(q.cue ? [{ span: q.cue, text: q.cue.text }] : [])]),
    ...x.times.map((t) => ({ span: t.span, text: t.text })),
  ];
}

// Words that exercise every stage: names, titles, cues, places, dates, quotes.
const WORDS = [
  'Alep',
  'Aleppo',
  'Syrie',
  'Kyiv',
  'M.',
  'Dr',
  'said',
  'a-t-il',
  'affirmé',
  'selon',
  'according',
  'to',
  '«',
  '»',
  '"',
  '“',
  '”',
  'lundi',
  'Monday',
  'hier',
  'yesterday',
  'le',
  'quartier',
  'de',
  'al-Machad',
  'Cheikh',
  'Saïd',
  'rebelles',
  'army',
  '(OSDH)',
  'Observatoire',
  'syrien',
  'Rami',
  'Abdel',
  'Rahmane',
  ',',
  '.',
  '...',
  '(...)',
  '\n\n',
  'Il',
  'He',
  'told',
  'que',
  'that',
  '12',
  'déc.',
  '2016',
];

const gazetteer = await loadDefaultGazetteer();

describe('analyze: properties', () => {
  test('never throws; every span is in bounds and equals its text; the output is deterministic', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' ')),
      fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((ws) => ws.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom('2016-12-12T14:25', '2024-02-29', '1999-01-01T00:00')), (s, publishedAt) => {
        const extracted = extract(s, { format: 'text' });
        if (!extracted.ok) return;
        const article = { ...extracted, publishedAt };
        const a = analyzeArticle(article, gazetteer);
        for (const { span, text: t } of everySpan(a.analysis)) {
          assert.ok(
            span.start >= 0 && span.start <= span.end && span.end <= article.text.length,
            `span ${span.start}-${span.end} out of bounds`,
          );
          if (t !== null && t !== undefined) assert.equal(article.text.slice(span.start, span.end), t);
        }
        assert.deepEqual(analyzeArticle(article, gazetteer).analysis, a.analysis);
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyze: library and command', () => {
  test('analyze() takes raw bytes, extracts, and resolves the seed against the default gazetteer', async () => {
    const a = await analyze(readFileSync(SEED), { gazetteer });
    assert.equal(a.analysis.language.code, 'fr');
    const alep = a.analysis.places.find((p) => p.mention.text === 'Alep');
    assert.equal(alep?.geonameId, 170063);
    assert.ok(a.analysis.quotes.length >= 6);
    assert.ok(a.analysis.times.some((t) => t.text === 'lundi' && t.value === '2016-12-12'));
  });

  test('a date inside a group\'s name dates nothing: « le Mouvement du 23 mars (M23) », "the March 23 Movement"', async () => {
    const fr = await analyze(
      'Sake tombe\n\nGOMA, 21 novembre 2012 (AFP) — Les rebelles du Mouvement du 23 mars (M23) ont pris mercredi le contrôle de Sake.',
      { gazetteer },
    );
    assert.deepEqual(
      fr.analysis.times.map((t) => t.text),
      ['21 novembre 2012', 'mercredi'],
    );
    const en = await analyze(
      'Sake falls\n\nGOMA, Nov 21, 2012 (Reuters) - Rebels of the March 23 Movement (M23) seized Sake on Wednesday.',
      { gazetteer },
    );
    assert.deepEqual(
      en.analysis.times.map((t) => t.text),
      ['Nov 21, 2012', 'Wednesday'],
    );
  });

  test('analyze() on bytes that cannot be extracted rejects with the extraction error code', async () => {
    await assert.rejects(analyze(new Uint8Array(0), { gazetteer }), (e: { code?: string }) => e.code === 'E_EMPTY');
  });

  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const home = mkdtempSync(join(tmpdir(), 'vigie-analyze-'));
    return runMain(['analyze', '--home', home, ...args]);
  }

  test('vigie analyze prints the Article with its analysis as JSON, and a readable text view', async () => {
    const json = await run([SEED]);
    assert.equal(json.code, 0, json.err);
    const a = JSON.parse(json.out) as { title: string; analysis: Analysis };
    assert.match(a.title, /Alep/);
    assert.ok(a.analysis.entities.some((e) => e.name === 'Rami Abdel Rahmane'));
    const text = await run([SEED, '--format', 'text']);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /\[Alep\]\S* /);
    assert.match(text.out, /"lundi" → 2016-12-12 \(day/);
    assert.match(text.out, /Quotes\n/);
  });

  test('vigie analyze: a missing input fails alone (exit 1), a bad gazetteer file is one line with a code (exit 1), a bad flag exits 2', async () => {
    const partial = await run([SEED, join(tmpdir(), 'no-such-file.txt'), '--format', 'jsonl']);
    assert.equal(partial.code, 1);
    assert.equal(partial.out.trim().split('\n').length, 2);
    assert.match(partial.err, /E_NOT_FOUND/);
    const bad = join(mkdtempSync(join(tmpdir(), 'vigie-gaz-')), 'bad.txt');
    (await import('node:fs')).writeFileSync(bad, 'not\ta\tgeonames\trow\n');
    const gaz = await run([SEED, '--gazetteer', bad]);
    assert.equal(gaz.code, 1);
    assert.match(gaz.err, /^vigie: E_GAZETTEER/m);
    const flag = await run([SEED, '--format', 'yaml']);
    assert.equal(flag.code, 2);
    assert.match(flag.err, /E_USAGE.*vigie analyze --help/);
  });
});
