/**
 * The text stages on the seed dispatch, checked against the reference reading in
 * ../shared/gold/seed.json: every quote with its kind and speaker, the entities, and the
 * time expressions. Nothing here is specific to the seed in the code under test: the same
 * stages run on the other texts of the analyze tests.
 *
 * Run alone: node --import tsx --test test/analyze/seedText.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../../src/analyze/entities/findEntities.js';
import { detectLanguage } from '../../src/analyze/detectLanguage.js';
import { textPackFor } from '../../src/analyze/packs/textPack.js';
import { findQuotes } from '../../src/analyze/quotes/findQuotes.js';
import { splitSentences } from '../../src/analyze/sentences/splitSentences.js';
import { findTimes } from '../../src/analyze/times/findTimes.js';
import type { Entity, Quote } from '../../src/analyze/types.js';
import { extract } from '../../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared');
const SEED_FILE = join(SHARED, 'seed', '000_0de1e556a333c2f9.txt');
const GOLD_FILE = join(SHARED, 'gold', 'seed.json');

interface GoldQuote {
  speaker: string;
  kind: 'direct' | 'indirect';
  text?: string;
  gist?: string;
  cue: string;
}

function analyseSeed() {
  const article = extract(readFileSync(SEED_FILE));
  assert.ok(article.ok, 'the seed extracts');
  const pack = textPackFor(article.language);
  assert.ok(pack, `a text pack for ${article.language}`);
  const text = article.text;
  const sentences = splitSentences(text, pack);
  const times = findTimes(text, sentences, article.publishedAt, pack);
  const entities = findEntities(text, sentences, pack);
  const quotes = findQuotes(text, sentences, entities, pack);
  return { article, text, sentences, times, entities, quotes };
}

/** Folds quotes, apostrophes and case so that "…" and ’ compare with the gold's ASCII. */
function norm(s: string): string {
  return s
    .replace(/[’ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.,\s]+$/, '')
    .trim()
    .toLowerCase();
}

/** The entity a gold speaker names: the person by name, the organisation by its name or acronym, the witnesses by actor key. */
function goldSpeaker(speaker: string, entities: Entity[]): Entity | undefined {
  if (/witness/i.test(speaker)) return entities.find((e) => e.kind === 'group' && e.actor === 'witnesses');
  return entities.find((e) => e.name === speaker);
}

describe('text stages on the seed (../shared/gold/seed.json)', () => {
  test('shared material is present', () => {
    assert.ok(existsSync(SEED_FILE), `seed not found at ${SEED_FILE} (../shared must sit beside the checkout)`);
    assert.ok(existsSync(GOLD_FILE), `reference reading not found at ${GOLD_FILE}`);
  });

  const { article, text, sentences, times, entities, quotes } = analyseSeed();
  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as { quotes: GoldQuote[]; document: { language: string } };

  test('language', () => {
    const lang = detectLanguage(text);
    assert.equal(lang.code, gold.document.language);
    assert.ok(lang.confidence >= 0.5, `confidence ${lang.confidence}`);
  });

  test('sentences: "M." and "(...)" do not split, quotes stay whole', () => {
    const spans = sentences.map((s) => text.slice(s.start, s.end));
    assert.equal(spans.length, 14);
    assert.ok(
      spans.includes(
        'Dans les quartiers dont se sont retirés les rebelles, "il y a des cadavres dans les rues", rapporte M. Abdel Rahmane.',
      ),
    );
    assert.ok(
      spans.some((s) => s.startsWith('"Il y a un effondrement total des rebelles (...) la bataille') && s.endsWith('a-t-il affirmé.')),
    );
    assert.ok(spans.includes('Des cadavres dans les rues'));
  });

  test('entities: one Rami Abdel Rahmane with his role, one OSDH, Bachar al-Assad, rebels, army, witnesses, displaced', () => {
    const rami = entities.filter((e) => e.kind === 'person' && e.name === 'Rami Abdel Rahmane');
    assert.equal(rami.length, 1, 'one person named Rami Abdel Rahmane');
    assert.equal(rami[0]!.role, "directeur de l'OSDH");
    assert.deepEqual(
      rami[0]!.mentions.map((m) => m.text),
      ['Rami Rami Abdel Rahmane', 'M. Abdel Rahmane'],
    );
    assert.ok(!entities.some((e) => e.kind === 'person' && e !== rami[0] && /Rahmane/.test(e.name)), 'no second Rahmane');

    const osdh = entities.filter((e) => e.aliases.includes('OSDH'));
    assert.equal(osdh.length, 1, 'one entity with alias OSDH');
    assert.equal(osdh[0]!.kind, 'organization');
    assert.equal(osdh[0]!.name, "Observatoire syrien des droits de l'Homme");
    assert.equal(osdh[0]!.mentions.length, 4, 'long form + three OSDH');

    assert.ok(entities.some((e) => e.kind === 'person' && e.name === 'Bachar al-Assad'));
    const rebels = entities.find((e) => e.actor === 'rebels');
    assert.equal(rebels?.kind, 'armed_group');
    assert.ok(
      rebels.mentions.some((m) => m.text === 'insurgés'),
      'insurgés are the rebels',
    );
    const army = entities.find((e) => e.actor === 'army');
    assert.equal(army?.kind, 'armed_group');
    assert.equal(army.name, 'armée syrienne');
    assert.ok(army.mentions.some((m) => m.text === 'régime'));
    assert.equal(entities.find((e) => e.actor === 'displaced')?.kind, 'group');
    assert.equal(entities.find((e) => e.actor === 'witnesses')?.kind, 'group');

    // Places and months are not people: the districts stay for place resolution.
    for (const name of ['Boustane al-Qasr', 'Cheikh Saïd', 'Salhine', 'Alep', 'Syrie', 'Soukkari']) {
      assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.includes(name))), `${name} is not an entity here`);
    }
  });

  test('every gold quote is found with its kind and speaker', () => {
    for (const g of gold.quotes) {
      const speaker = goldSpeaker(g.speaker, entities);
      assert.ok(speaker, `speaker entity for ${g.speaker}`);
      let found: Quote | undefined;
      if (g.kind === 'direct') found = quotes.find((q) => q.kind === 'direct' && norm(q.text) === norm(g.text!));
      else
        found = quotes.find((q) => q.kind === 'indirect' && q.cue !== null && norm(q.cue.text).endsWith(norm(g.cue).replace(/^des /, '')));
      assert.ok(found, `${g.kind} quote with cue "${g.cue}"`);
      assert.equal(found.speaker, speaker.id, `speaker of the quote with cue "${g.cue}"`);
    }
  });

  test('the indirect quotes carry the reported clause', () => {
    const precise = quotes.find((q) => q.cue?.text === 'Il a précisé que');
    assert.ok(precise, 'the quote cued "Il a précisé que"');
    assert.ok(precise.text.startsWith("les rebelles s'étaient retirés du quartier de Boustane al-Qasr"));
    assert.ok(precise.text.endsWith('de Kallassé'));
    const witnesses = quotes.find((q) => q.cue?.text.endsWith('ont affirmé que'));
    assert.ok(witnesses, 'the quote cued "ont affirmé que"');
    assert.ok(witnesses.text.startsWith('les déplacés ayant fui'));
  });

  test('times: lundi, en matinée, depuis 2012', () => {
    assert.equal(article.publishedAt, '2016-12-12T14:25');
    const byText = new Map(times.map((t) => [t.text, t]));
    assert.deepEqual(
      { value: byText.get('lundi')?.value, precision: byText.get('lundi')?.precision },
      { value: '2016-12-12', precision: 'day' },
    );
    const morning = byText.get('en matinée');
    assert.equal(morning?.value, '2016-12-12');
    assert.equal(morning.precision, 'part-of-day');
    assert.equal(morning.partOfDay, 'morning');
    const year = times.find((t) => t.text.includes('2012'));
    assert.equal(year?.value, '2012');
    assert.equal(year.precision, 'year');
  });

  test('every offset points at its text', () => {
    for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const q of quotes) {
      assert.equal(text.slice(q.span.start, q.span.end), q.text);
      if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    }
    for (const t of times) assert.equal(text.slice(t.span.start, t.span.end), t.text);
  });
});
