import { codeEvents } from '../src/events/index.js';
import { analysed } from './events/helpers.js';
const texts = process.argv[2]!.split(' || ');
const lang = (process.argv[3] ?? 'en') as 'fr' | 'en';
for (const t of texts) {
  const ev = codeEvents(await analysed(t, lang), { keepFlagged: false });
  console.log(`> ${t.slice(0, 90)}\n   ${ev.map((e) => `${e.subEventType} @ ${e.location.name} [${e.date}]`).join('; ') || '(none)'}`);
}
