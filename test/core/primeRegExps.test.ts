/**
 * primeRegExps runs every pattern it finds once, to have V8 compile it to machine code up
 * front: it must find the patterns wherever a compiled pack keeps them, and leave them
 * matching exactly as before, their `lastIndex` back at 0.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { primeRegExps } from '../../src/core/primeRegExps.js';
import { compileEventPack } from '../../src/events/compileEventPack.js';
import { eventPackFor } from '../../src/events/packs/eventPack.js';

describe('primeRegExps', () => {
  test('runs the patterns held in arrays, sets, maps and objects, and returns the value itself', () => {
    const seen: RegExp[] = [];
    const spy = (): RegExp => {
      const re = /x/gu;
      const test = re.test.bind(re);
      re.test = (s: string): boolean => {
        seen.push(re);
        return test(s);
      };
      return re;
    };
    const [a, b, c, d] = [spy(), spy(), spy(), spy()];
    const value = { list: [a], nested: { set: new Set([b]), map: new Map([['k', c]]) }, again: a, d };
    assert.equal(primeRegExps(value), value);
    assert.deepEqual(new Set(seen), new Set([a, b, c, d]));
    assert.equal(seen.filter((r) => r === a).length, 1, 'a pattern met twice is run once');
  });

  test('leaves global patterns matching as before, from the start of the next string', () => {
    const re = /attaqu\p{L}*/gu;
    re.lastIndex = 5;
    primeRegExps([re]);
    assert.equal(re.lastIndex, 0);
    assert.deepEqual('Ils ont attaqué puis attaquaient.'.match(re), ['attaqué', 'attaquaient']);
  });

  test('a primed event pack finds the same triggers as its patterns compiled afresh', () => {
    const compiled = compileEventPack(eventPackFor('en')!);
    const sentence = 'Gunmen opened fire on a bus in Kabul on Monday, and protesters set fire to tyres.';
    for (const { rule, re } of compiled.triggers) {
      re.lastIndex = 0;
      const fresh = new RegExp(re.source, re.flags);
      assert.deepEqual(
        [...sentence.matchAll(re)].map((m) => m.index),
        [...sentence.matchAll(fresh)].map((m) => m.index),
        rule.pattern,
      );
    }
  });
});
