/** memoized: the same answers as the function, each made once, and a memo that starts over when full. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoized } from '../../src/core/memoized.js';

test('memoized answers as the function does, making each answer once until the memo is full', () => {
  const calls: string[] = [];
  const upper = memoized((s) => {
    calls.push(s);
    return s.toUpperCase();
  }, 2);
  assert.equal(upper('alep'), 'ALEP');
  assert.equal(upper('alep'), 'ALEP');
  assert.equal(upper('homs'), 'HOMS');
  assert.deepEqual(calls, ['alep', 'homs']);
  // Full at two: a third word empties it, so "alep" is made again.
  assert.equal(upper('idlib'), 'IDLIB');
  assert.equal(upper('alep'), 'ALEP');
  assert.deepEqual(calls, ['alep', 'homs', 'idlib', 'alep']);
});
