/**
 * Child process for killSafety.test.ts: saves COUNT generated articles into the store
 * given by --home or --db, printing one line per save, until done or killed.
 * Usage: node --import tsx test/store/killChild.ts (--home DIR | --db URL) COUNT
 */
import { openStore } from '../../src/store/openStore.js';
import * as F from './fixtures.js';

const [flag, where, count] = process.argv.slice(2);
const store = await openStore(flag === '--db' ? { url: where } : { home: where });
for (let i = 0; i < Number(count); i++) {
  const out = await store.save(F.input(generated(i)));
  process.stdout.write(`${i} ${out.status}\n`);
}
await store.close();

/** Distinct articles (a seeded word salad), every fifth one a copy of the one before. */
export function generated(i: number): F.PageSpec {
  const n = i % 5 === 4 ? i - 1 : i;
  let seed = n * 2654435761;
  const rnd = (): number => (seed = (Math.imul(seed ^ (seed >>> 15), 2246822519) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const words = F.DISPATCH_PARAGRAPHS.join(' ').split(/\s+/);
  const sentence = (): string => Array.from({ length: 18 }, () => words[Math.floor(rnd() * words.length)]).join(' ') + '.';
  return {
    url: `https://site${i % 7}.example/article/${i}`,
    title: `Article numéro ${i}`,
    paragraphs: Array.from({ length: 4 }, () => `${sentence()} ${sentence()}`),
    lang: 'fr',
    published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+01:00`,
    site: `Site ${i % 7}`,
    fetchedAt: '2024-03-30T00:00:00Z',
  };
}
