/**
 * The events dev set's gold files are hand-written by people who never run the coder, so
 * the bench could silently score against a typo: an evidence span that is not in the text
 * (the trap check would never fire), a sub-type ACLED does not have (never matched), a
 * title that is not the dispatch's. This suite checks every gold against its dispatch and
 * against ACLED's taxonomy, for the dev set and for whatever held-out round is in place.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ACLED_SUB_TYPES } from '../../src/events/packs/acledTaxonomy.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SETS = ['bench/events/devset', 'bench/events/heldout'].map((d) => join(ROOT, d)).filter((d) => existsSync(d));
const GOLD = /^\d+-(fr|en)-[a-z0-9-]+\.json$/;
const WHY = new Set(['negated', 'hypothetical', 'future', 'background', 'commemoration', 'opinion', 'not conflict']);
/** ACLED gives excessive force against protesters both disorder types; Vigie writes the first. */
const OTHER_DISORDER_TYPES: Readonly<Record<string, readonly string[]>> = {
  'Excessive force against protesters': ['Political violence; Demonstrations'],
};

interface Gold {
  document: { language: string; title: string; published: string };
  events: Array<Record<string, unknown>>;
  not_events: Array<{ text: string; why: string }>;
}

/** A gold span occurs in the text; "..." or "…" stands for an elided stretch, as the README allows. */
function occurs(text: string, span: string): boolean {
  const parts = span.split(/\s*(?:\.\.\.|…)\s*/u).filter((p) => p !== '');
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}

for (const dir of SETS) {
  const files = readdirSync(dir).filter((f) => GOLD.test(f));
  describe(`gold files of ${dir.slice(ROOT.length + 1)}`, () => {
    it('pairs every gold with its dispatch', () => {
      assert.ok(dir.endsWith('heldout') || files.length >= 40, `${files.length} golds`);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
        assert.ok(existsSync(join(dir, f.replace(/\.txt$/, '.json'))), `${f} has no gold`);
    });
    for (const file of files) {
      it(file, () => {
        const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
        const text = readFileSync(join(dir, file.replace(/\.json$/, '.txt')), 'utf8');
        assert.equal(gold.document.language, GOLD.exec(file)![1], 'language');
        // A saved dispatch may open on an ad line, as the seed does: the title is among the first lines.
        const head = text.split('\n', 4).map((l) => l.trim());
        assert.ok(head.includes(gold.document.title), `title not among the first lines: ${gold.document.title}`);
        assert.match(gold.document.published, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/u, 'published');
        for (const [i, e] of gold.events.entries()) {
          const where = `event ${i} (${String(e.sub_event_type)})`;
          const coded = ACLED_SUB_TYPES[e.sub_event_type as keyof typeof ACLED_SUB_TYPES];
          const info = coded && {
            eventType: coded.eventType,
            disorderTypes: [coded.disorderType, ...(OTHER_DISORDER_TYPES[String(e.sub_event_type)] ?? [])],
          };
          assert.ok(info, `${where}: not an ACLED sub-event type`);
          assert.equal(e.event_type, info.eventType, `${where}: event type`);
          assert.ok(info.disorderTypes.includes(String(e.disorder_type)), `${where}: disorder type ${String(e.disorder_type)}`);
          assert.ok(typeof e.evidence === 'string' && occurs(text, e.evidence), `${where}: evidence not in the text`);
          assert.ok(typeof e.place === 'string' && e.place !== '', `${where}: place`);
          assert.match(String(e.date), /^\d{4}-\d\d-\d\d$/u, `${where}: date`);
          assert.ok([1, 2, 3].includes(e.date_precision as number), `${where}: date precision`);
          assert.ok(e.fatalities === null || (Number.isInteger(e.fatalities) && (e.fatalities as number) >= 0), `${where}: fatalities`);
        }
        for (const n of gold.not_events) {
          assert.ok(occurs(text, n.text), `not-event not in the text: ${n.text}`);
          assert.ok(WHY.has(n.why), `not-event why: ${n.why}`);
        }
      });
    }
  });
}
