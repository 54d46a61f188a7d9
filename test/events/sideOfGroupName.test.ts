/**
 * The side of an armed group the lexicon does not know, read from the words of its name
 * in every language pack.
 *
 * Run alone: node --import tsx --test test/events/sideOfGroupName.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sideOfGroupName } from '../../src/events/sideOfGroupName.js';

test("a front, a liberation or a resistance army is non-state; armed forces, a guard or a corps are the state's; non-state words win, except in a state's own guard's name", () => {
  const sides = Object.fromEntries(
    [
      'Front patriotique rwandais',
      'Moro Islamic Liberation Front',
      "Lord's Resistance Army",
      'Forces armées révolutionnaires de Colombie',
      'Forces armées zaïroises',
      'Frontier Corps',
      'Islamic Revolutionary Guard Corps',
      'Peace Corps Volunteers',
      'Gusau Central Market',
    ].map((n) => [n, sideOfGroupName(n)]),
  );
  assert.deepEqual(sides, {
    'Front patriotique rwandais': 'rebels',
    'Moro Islamic Liberation Front': 'rebels',
    "Lord's Resistance Army": 'rebels',
    'Forces armées révolutionnaires de Colombie': 'rebels',
    'Forces armées zaïroises': 'army',
    'Frontier Corps': 'army',
    'Islamic Revolutionary Guard Corps': 'army',
    'Peace Corps Volunteers': null,
    'Gusau Central Market': null,
  });
});
