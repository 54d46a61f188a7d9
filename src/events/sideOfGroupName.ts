/**
 * Which side an armed group the lexicon does not know is on, read from the words of its
 * name in every language pack (a French dispatch names the "Moro Islamic Liberation
 * Front"; an English one the « Front patriotique rwandais »).
 */
import { bounded } from './compileEventPack.js';
import { allEventPacks } from './packs/eventPack.js';

let rules: ReadonlyArray<{ re: RegExp; side: 'rebels' | 'army' }> | undefined;

/** 'rebels' for a liberation front or a resistance army, 'army' for armed forces or a guard, else null: each pack's first matching rule, packs in turn. */
export function sideOfGroupName(name: string): 'rebels' | 'army' | null {
  rules ??= allEventPacks().flatMap((p) => p.groupNameSides.map((r) => ({ re: bounded(r.pattern, 'iu'), side: r.side })));
  for (const r of rules) if (r.re.test(name)) return r.side;
  return null;
}
