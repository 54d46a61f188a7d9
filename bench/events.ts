/**
 * Events benchmark: ACLED event coding (src/events/codeEvents) on the development set
 * bench/events/devset (NN-LL-slug.txt with its gold reading NN-LL-slug.json), plus the
 * seed dispatch (../shared/seed, ../shared/gold/seed.json) reported on its own line, and the
 * held-out set bench/events/heldout (same format), written by someone who never read the
 * coder and never tuned on: it stands in for the issue's "real, unseen news", and its
 * targets are reported apart. --dump-errors never lists held-out errors, so that nobody
 * tunes on them by accident.
 *
 *   npm run bench:events [-- --no-write] [--passes N] [--dump-errors N] [--data-dir DIR]
 *
 * - Each text goes the CLI's way: its bytes → extract → analyzeArticle → codeEvents,
 *   default options (flagged events left out). The gazetteer is the default offline one;
 *   for texts that name Aleppo, Aleppo's districts (the ../shared fixture, read in place)
 *   are layered over it, as test/events/seedEvents.test.ts does.
 * - Scoring (bench/lib/eventScore.ts): sub-type, place (2 km or folded name) and date
 *   (±1 day) must agree; one-to-one greedy matching; P/R/F1 per sub-type and event type,
 *   sub-type and fatality accuracies, trap hits (records whose evidence overlaps a gold
 *   not_event).
 * - Peer from the same run: a naive keyword coder (bench/lib/eventsBaseline.ts) on the
 *   same analysis.
 * - Speed: the whole path from bytes (extract + analyze + events), one process, gazetteer
 *   loaded beforehand, one untimed warm-up pass then --passes timed ones (default 3), each
 *   article counted with its median time.
 *
 * The targets are meant for real, unseen news; the development set is what the coder is
 * developed against, so its figures flatter it.
 *
 * Results go to BENCHMARKS.md between the bench:events markers unless --no-write.
 * Exit status: 0 when the run completed (targets met or not), 1 on a crash, 2 on bad usage.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, type AnalyzedArticle } from '../src/analyze/analyze.js';
import { composeGazetteer } from '../src/analyze/gazetteer/composeGazetteer.js';
import { loadDefaultGazetteer } from '../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Gazetteer } from '../src/analyze/gazetteer/types.js';
import { codeEvents } from '../src/events/codeEvents.js';
import { extract } from '../src/extract/extract.js';
import { benchArgs, usageError } from './lib/benchArgs.js';
import { REPO_ROOT } from './lib/dataset.js';
import { keywordEvents } from './lib/eventsBaseline.js';
import {
  DEFAULT_DEVSET_DIR,
  aleppoDistricts,
  loadDevset,
  loadSeed,
  namesAleppo,
  resolveDevsetDir,
  type EventText,
} from './lib/eventsData.js';
import {
  DATE_DAYS,
  PLACE_KM,
  scoreEvents,
  type Counts,
  type EventScore,
  type Ratio,
  type ScoredDocument,
  type ScoredEvent,
} from './lib/eventScore.js';
import { fmt, markdownTable, textTable, upsertSection, type Target } from './lib/report.js';
import { machine, median } from './lib/machine.js';

const TARGET_PRECISION = 0.9;
const TARGET_RECALL = 0.75;
const TARGET_SUBTYPE_ACCURACY = 0.85;
const TARGET_ARTICLES_PER_SECOND = 150;
const BENCHMARKS_MD = join(REPO_ROOT, 'BENCHMARKS.md');
const HELDOUT_DIR = join(REPO_ROOT, 'bench/events/heldout');
const COMMAND = 'npm run bench:events';
const CAVEAT =
  'The targets are meant for real, unseen news; the development set is development data (the coder is developed against it), so figures on it will flatter the coder once it has been tuned there.';

const USAGE = `usage: npm run bench:events -- [--no-write] [--passes N] [--dump-errors N] [--data-dir DIR]
  --no-write        do not update BENCHMARKS.md
  --passes N        timed passes for the speed figure (default 3)
  --dump-errors N   list up to N false positives and N false negatives of Vigie
  --data-dir DIR    development set directory (default ${DEFAULT_DEVSET_DIR}, relative to the repo root)`;

function usage(message: string): never {
  return usageError('bench:events', USAGE, message);
}

interface Options {
  write: boolean;
  passes: number;
  dumpErrors: number;
  dataDir: string | undefined;
}

function parseOptions(): Options {
  const a = benchArgs('bench:events', USAGE, { passes: 3, 'dump-errors': 0 });
  return { write: a.write, passes: a.ints.passes, dumpErrors: a.ints['dump-errors'], dataDir: a.dataDir };
}

const SYSTEMS = ['vigie', 'keywords'] as const;
type System = (typeof SYSTEMS)[number];

/** One text run once through both systems. */
interface Run {
  text: EventText;
  gazetteer: Gazetteer;
  analyzed: AnalyzedArticle | null;
  failure: string | null;
  records: Record<System, ScoredEvent[]>;
}

function runOnce(text: EventText, gazetteer: Gazetteer): Run {
  const none = { vigie: [], keywords: [] };
  const extracted = extract(text.bytes, { source: text.file });
  if (!extracted.ok) return { text, gazetteer, analyzed: null, failure: `extraction: ${extracted.error.code}`, records: none };
  let analyzed: AnalyzedArticle | null = null;
  try {
    analyzed = analyzeArticle(extracted, gazetteer);
    return { text, gazetteer, analyzed, failure: null, records: { vigie: codeEvents(analyzed), keywords: keywordEvents(analyzed) } };
  } catch (e) {
    // One text that crashes the engine costs its gold events (all false negatives), not the run.
    return { text, gazetteer, analyzed, failure: e instanceof Error ? (e.stack ?? e.message) : String(e), records: none };
  }
}

function documents(runs: readonly Run[], system: System): ScoredDocument[] {
  return runs.map((r) => ({
    id: r.text.id,
    text: r.analyzed?.text ?? '',
    gold: r.text.gold,
    notEvents: r.text.notEvents,
    records: r.records[system],
  }));
}

interface Speed {
  articlesPerSecond: number;
  perArticle: number[];
}

/**
 * One untimed warm-up pass of every system, then `passes` timed passes, the systems taking
 * turns within each pass (so that neither runs on the other's warm-up alone); each article
 * counts with its median time.
 */
function timeSystems(n: number, passes: number, systems: ReadonlyArray<(i: number) => void>): Speed[] {
  for (const run of systems) for (let i = 0; i < n; i++) run(i);
  const times: number[][][] = systems.map(() => Array.from({ length: n }, () => []));
  for (let pass = 0; pass < passes; pass++) {
    systems.forEach((run, k) => {
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        run(i);
        times[k]![i]!.push(performance.now() - t);
      }
    });
  }
  return times.map((perSystem) => {
    const perArticle = perSystem.map(median);
    const totalMs = perArticle.reduce((s, x) => s + x, 0);
    return { articlesPerSecond: totalMs > 0 ? n / (totalMs / 1000) : NaN, perArticle };
  });
}

/** PASS or FAIL; n/a when the figure could not be measured (no development text). */
const status = (t: Target): string => (t.value === 'n/a' ? 'n/a' : t.pass ? 'PASS' : 'FAIL');

const prf = (c: Counts): string[] => [fmt(c.precision, 3), fmt(c.recall, 3), fmt(c.f1, 3)];
const ratioCell = (r: Ratio): string => (r.total > 0 ? `${fmt(r.value, 3)} (${r.hits}/${r.total})` : 'n/a');

function breakdownRows(key: 'bySubType' | 'byEventType', scores: Record<System, EventScore>): string[][] {
  const names = new Set<string>();
  for (const s of SYSTEMS) for (const k of scores[s][key].keys()) names.add(k);
  return [...names].sort().map((name) => {
    const v = scores.vigie[key].get(name);
    const k = scores.keywords[key].get(name);
    const support = v?.support ?? k?.support ?? 0;
    const cells = (c: Counts | undefined): string[] => (c ? [...prf(c), String(c.tp + c.fp)] : ['n/a', 'n/a', 'n/a', '0']);
    return [name, String(support), ...cells(v), ...cells(k)];
  });
}
const BREAKDOWN_HEADERS = (first: string): string[] => [
  first,
  'gold',
  'vigie P',
  'vigie R',
  'vigie F1',
  'vigie coded',
  'keywords P',
  'keywords R',
  'keywords F1',
  'keywords coded',
];

const TOTAL_HEADERS = [
  'system',
  'TP',
  'FP',
  'FN',
  'P',
  'R',
  'F1',
  'event-type F1',
  'sub-type acc.',
  'event-type acc.',
  'fatality acc.',
  'trap hits',
];
function totalRow(system: string, s: EventScore): string[] {
  return [
    system,
    String(s.micro.tp),
    String(s.micro.fp),
    String(s.micro.fn),
    ...prf(s.micro),
    fmt(s.eventTypeMicro.f1, 3),
    ratioCell(s.subTypeAccuracy),
    ratioCell(s.eventTypeAccuracy),
    ratioCell(s.fatalityAccuracy),
    `${s.traps.hits}/${s.traps.total}`,
  ];
}

const LANGUAGE_HEADERS = ['set', 'texts', 'gold', 'vigie P', 'vigie R', 'vigie F1', 'keywords P', 'keywords R', 'keywords F1'];
function languageRow(set: string, texts: number, scores: Record<System, EventScore>): string[] {
  return [set, String(texts), String(scores.vigie.micro.support), ...prf(scores.vigie.micro), ...prf(scores.keywords.micro)];
}

/** The issue's accuracy targets (precision, recall, sub-type accuracy) on one set's scores. */
function accuracyTargets(v: EventScore): Target[] {
  return [
    { name: `precision ≥ ${TARGET_PRECISION}`, value: fmt(v.micro.precision, 3), pass: v.micro.precision >= TARGET_PRECISION },
    { name: `recall ≥ ${TARGET_RECALL}`, value: fmt(v.micro.recall, 3), pass: v.micro.recall >= TARGET_RECALL },
    {
      name: `sub-type accuracy ≥ ${TARGET_SUBTYPE_ACCURACY}`,
      value: fmt(v.subTypeAccuracy.value, 3),
      pass: v.subTypeAccuracy.value >= TARGET_SUBTYPE_ACCURACY,
    },
  ];
}

function scoreBoth(runs: readonly Run[]): Record<System, EventScore> {
  return { vigie: scoreEvents(documents(runs, 'vigie')), keywords: scoreEvents(documents(runs, 'keywords')) };
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const dataDir = resolveDevsetDir(opts.dataDir);
  const present = existsSync(dataDir) && statSync(dataDir).isDirectory();
  if (!present && opts.dataDir !== undefined) usage(`no development set directory ${dataDir}`);
  const { texts, skipped } = present ? loadDevset(dataDir) : { texts: [], skipped: [] };
  const seed = loadSeed();
  for (const s of skipped) console.error(`bench:events: skipped ${s}`);
  if (texts.length === 0)
    console.error(`bench:events: no text with its gold in ${relative(REPO_ROOT, dataDir) || '.'}; the seed alone is scored`);

  const t0 = performance.now();
  const base = await loadDefaultGazetteer();
  const districts = aleppoDistricts();
  const withDistricts = districts ? composeGazetteer([base, districts]) : base;
  const loadMs = performance.now() - t0;
  if (!districts) console.error('bench:events: no Aleppo districts fixture in ../shared; default gazetteer only');
  const gazetteerFor = (t: EventText): Gazetteer => (districts && namesAleppo(new TextDecoder().decode(t.bytes)) ? withDistricts : base);
  console.error(
    `bench:events: ${texts.length} development text${texts.length === 1 ? '' : 's'}${seed ? ' + the seed' : ''}; default gazetteer ${base.size} entries` +
      `${districts ? ` + ${districts.length} Aleppo districts` : ''} (${(loadMs / 1000).toFixed(1)} s to load)`,
  );

  const runs = texts.map((t) => runOnce(t, gazetteerFor(t)));
  const seedRun = seed ? runOnce(seed, gazetteerFor(seed)) : null;
  const heldout = existsSync(HELDOUT_DIR) ? loadDevset(HELDOUT_DIR) : { texts: [], skipped: [] };
  for (const s of heldout.skipped) console.error(`bench:events: skipped held-out ${s}`);
  const heldRuns = heldout.texts.map((t) => runOnce(t, gazetteerFor(t)));
  const failures = [...runs, ...(seedRun ? [seedRun] : []), ...heldRuns].filter((r) => r.failure !== null);
  for (const f of failures) console.error(`bench:events: ${f.text.file} failed, its gold counted as missed: ${f.failure}`);

  const all = scoreBoth(runs);
  const byLanguage = ['fr', 'en'].map((lang) => {
    const subset = runs.filter((r) => r.text.language === lang);
    return { lang, texts: subset.length, scores: scoreBoth(subset) };
  });
  const seedScores = seedRun ? scoreBoth([seedRun]) : null;
  const heldScores = heldRuns.length > 0 ? scoreBoth(heldRuns) : null;
  const heldGold = heldout.texts.reduce((n, t) => n + t.gold.length, 0);
  const heldNot = heldout.texts.reduce((n, t) => n + t.notEvents.length, 0);
  const heldLangs = ['fr', 'en'].map((lang) => `${heldout.texts.filter((t) => t.language === lang).length} ${lang}`).join(', ');
  const goldEvents = texts.reduce((n, t) => n + t.gold.length, 0);
  const notEvents = texts.reduce((n, t) => n + t.notEvents.length, 0);

  // Speed over the development set (the seed when the set is empty), whole path from the bytes; failed texts left out.
  const timed = (runs.length > 0 ? runs : seedRun ? [seedRun] : []).filter((r) => r.failure === null);
  const [vigieSpeed, peerSpeed] = timeSystems(timed.length, opts.passes, [
    (i) => {
      const r = timed[i]!;
      const x = extract(r.text.bytes, { source: r.text.file });
      if (x.ok) codeEvents(analyzeArticle(x, r.gazetteer));
    },
    (i) => {
      const r = timed[i]!;
      const x = extract(r.text.bytes, { source: r.text.file });
      if (x.ok) keywordEvents(analyzeArticle(x, r.gazetteer));
    },
  ]) as [Speed, Speed];

  // Report.
  const targets: Target[] = [
    ...accuracyTargets(all.vigie),
    {
      name: `≥ ${TARGET_ARTICLES_PER_SECOND} articles/s (extract + analyze + events)`,
      value: fmt(vigieSpeed.articlesPerSecond, 1),
      pass: vigieSpeed.articlesPerSecond >= TARGET_ARTICLES_PER_SECOND,
    },
  ];
  const heldTargets: Target[] = heldScores ? accuracyTargets(heldScores.vigie) : [];
  const heldRows = heldScores ? [totalRow('vigie', heldScores.vigie), totalRow('keywords', heldScores.keywords)] : [];
  const heldTitle = `Held-out set: ${heldout.texts.length} texts (${heldLangs}), ${heldGold} gold events, ${heldNot} not-events; written without sight of the coder, never tuned on, not in the totals above`;
  const totalRows = [totalRow('vigie', all.vigie), totalRow('keywords', all.keywords)];
  const seedRows = seedScores ? [totalRow('vigie', seedScores.vigie), totalRow('keywords', seedScores.keywords)] : [];
  const languageRows = [
    ...byLanguage.map((l) => languageRow(l.lang, l.texts, l.scores)),
    languageRow('all', texts.length, all),
    ...(seedScores ? [languageRow('seed (fr, apart)', 1, seedScores)] : []),
  ];
  const speedRows = [
    ['vigie', fmt(vigieSpeed.articlesPerSecond, 1), fmt(median(vigieSpeed.perArticle), 2)],
    ['keywords', fmt(peerSpeed.articlesPerSecond, 1), fmt(median(peerSpeed.perArticle), 2)],
  ];
  const speedNote = `${timed.length} ${runs.length > 0 ? `development text${runs.length === 1 ? '' : 's'}` : 'text (the seed)'}, 1 warm-up pass + ${opts.passes} timed passes, the two systems taking turns within each pass, median per article`;
  const failedLine = `Texts the engine failed on (their gold events counted as missed): ${failures.map((f) => f.text.id).join(', ') || 'none'}.`;
  const fatalityLine = `Fatality accuracy with 0 and unknown taken as equal (ACLED writes 0 where no death is reported, Vigie null): vigie ${ratioCell(all.vigie.fatalityAccuracyZeroUnknown)}, keywords ${ratioCell(all.keywords.fatalityAccuracyZeroUnknown)}.`;
  const trapLine = (s: EventScore): string =>
    `${s.traps.hits} of ${s.traps.total} not-events hit${s.trapsUnlocated > 0 ? ` (${s.trapsUnlocated} not found in the extracted text)` : ''}`;
  const trapsLine = `Trap hits (records whose evidence overlaps a gold not_event; lower is better): vigie ${trapLine(all.vigie)}; keywords ${trapLine(all.keywords)}.`;

  console.log(`\nEvents — development set: ${texts.length} texts, ${goldEvents} gold events, ${notEvents} not-events`);
  console.log(`(${CAVEAT})`);
  console.log('\nBy sub-type');
  console.log(textTable(BREAKDOWN_HEADERS('sub-type'), breakdownRows('bySubType', all)));
  console.log('\nBy event type (matched on event type instead of sub-type)');
  console.log(textTable(BREAKDOWN_HEADERS('event type'), breakdownRows('byEventType', all)));
  console.log('\nTotals (micro)');
  console.log(textTable(TOTAL_HEADERS, totalRows));
  console.log(`\n${fatalityLine}\n${trapsLine}`);
  if (failures.length > 0) console.log(failedLine);
  console.log('\nBy language');
  console.log(textTable(LANGUAGE_HEADERS, languageRows));
  if (seedScores) {
    console.log('\nSeed dispatch (not in the totals; gold places matched by name and the gold spellings)');
    console.log(textTable(TOTAL_HEADERS, seedRows));
  }
  console.log(`\nSpeed, whole path from the bytes (${speedNote})`);
  console.log(textTable(['system', 'articles/s', 'median ms/article'], speedRows));
  console.log('\ntargets (Vigie, development set):');
  for (const t of targets) console.log(`  ${status(t)}  ${t.name.padEnd(48)} ${t.value}`);
  console.log(`  (${CAVEAT})`);
  if (heldScores) {
    console.log(`\n${heldTitle}`);
    console.log(textTable(TOTAL_HEADERS, heldRows));
    console.log('By sub-type (held-out)');
    console.log(textTable(BREAKDOWN_HEADERS('sub-type'), breakdownRows('bySubType', heldScores)));
    console.log('targets (Vigie, held-out set):');
    for (const t of heldTargets) console.log(`  ${status(t)}  ${t.name.padEnd(48)} ${t.value}`);
  }

  if (opts.dumpErrors > 0) dumpErrors([...runs, ...(seedRun ? [seedRun] : [])], opts.dumpErrors);

  if (opts.write && texts.length === 0) {
    console.log(`\n${relative(REPO_ROOT, BENCHMARKS_MD)} not updated: no development text to report`);
  } else if (opts.write) {
    const section = [
      `## Events — development set (${texts.length} texts)`,
      '',
      `- Date: ${new Date().toISOString().slice(0, 10)}`,
      `- Machine: ${machine()}`,
      `- Command: \`${COMMAND}\``,
      `- Data: \`${relative(REPO_ROOT, dataDir)}\`, ${texts.length} texts (${byLanguage.map((l) => `${l.texts} ${l.lang}`).join(', ')}) with ${goldEvents} gold events and ${notEvents} not-events; the seed dispatch (\`../shared/seed\`, gold \`../shared/gold/seed.json\`) is reported apart.`,
      `- **${CAVEAT}**`,
      `- Pipeline: each text's bytes → \`extract\` → \`analyzeArticle\` → \`codeEvents\`, default options (flagged events left out), as \`vigie events\` does. Gazetteer: the default offline one (${base.size} entries); for texts naming Aleppo, its ${districts?.length ?? 0} districts from the \`../shared/data/geo\` fixture are layered over it.`,
      `- Matching (\`bench/lib/eventScore.ts\`): same sub-type, same place (location within ${PLACE_KM} km of the gold point, or the same name after folding case, accents, "al-"/"el-" and punctuation), dates at most ${DATE_DAYS} day apart (a missing date never matches); one-to-one, greedy by date distance then km. Event-type rows come from the same matching with event types compared instead. Sub-type (event-type) accuracy: records paired one-to-one with gold events on place and date alone, the share with the gold's sub-type (event type). Fatality accuracy: among matched events, the share with the gold's count (unknown equals unknown). Trap hits: gold not-events overlapped by a record's evidence.`,
      '- Peer from the same run: **keywords**, a deliberately naive GDELT-style dictionary coder (`bench/lib/eventsBaseline.ts`): every sentence holding a trigger word of a sub-type (a short hand list per language) is an event of that sub-type at the first resolved place of the sentence, else of the article, dated at publication, fatalities unknown.',
      `- Speed: the whole path from the bytes (extract + analyze + events; the peer: extract + analyze + keywords), compiled JavaScript, one process, gazetteers loaded beforehand; ${speedNote}; articles/s = articles ÷ the sum of the medians.`,
      '',
      '### Totals (micro)',
      '',
      markdownTable(TOTAL_HEADERS, totalRows),
      '',
      fatalityLine,
      '',
      trapsLine,
      '',
      ...(failures.length > 0 ? [failedLine, ''] : []),
      '### By language',
      '',
      markdownTable(LANGUAGE_HEADERS, languageRows),
      '',
      '### By sub-type',
      '',
      markdownTable(BREAKDOWN_HEADERS('sub-type'), breakdownRows('bySubType', all)),
      '',
      '### By event type',
      '',
      markdownTable(BREAKDOWN_HEADERS('event type'), breakdownRows('byEventType', all)),
      '',
      ...(seedScores ? ['### Seed dispatch (apart)', '', markdownTable(TOTAL_HEADERS, seedRows), ''] : []),
      ...(heldScores
        ? [
            '### Held-out set (apart)',
            '',
            `${heldTitle}. The closest stand-in for the issue's "real, unseen news": see \`bench/events/heldout/README.md\`.`,
            '',
            markdownTable(TOTAL_HEADERS, heldRows),
            '',
            markdownTable(BREAKDOWN_HEADERS('sub-type'), breakdownRows('bySubType', heldScores)),
            '',
            markdownTable(
              ['target (Vigie, held-out set)', 'measured', 'status'],
              heldTargets.map((t) => [t.name, t.value, status(t)]),
            ),
            '',
          ]
        : []),
      '### Speed',
      '',
      markdownTable(['system', 'articles/s', 'median ms/article'], speedRows),
      '',
      markdownTable(
        ['target (Vigie, development set)', 'measured', 'status'],
        targets.map((t) => [t.name, t.value, status(t)]),
      ),
    ].join('\n');
    upsertSection(BENCHMARKS_MD, section, '# Benchmarks', 'events');
    console.log(`\nwrote ${relative(REPO_ROOT, BENCHMARKS_MD)}`);
  } else {
    console.log(`\n${relative(REPO_ROOT, BENCHMARKS_MD)} not updated (--no-write)`);
  }
}

function dumpErrors(runs: readonly Run[], n: number): void {
  const score = scoreEvents(documents(runs, 'vigie'));
  const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  for (const kind of ['fp', 'fn'] as const) {
    const errs = score.errors.filter((e) => e.kind === kind);
    console.log(
      `\nVigie's false ${kind === 'fp' ? 'positives' : 'negatives'}: ${Math.min(n, errs.length)} of ${errs.length} (development set and seed)`,
    );
    if (errs.length === 0) continue;
    const rows = errs.slice(0, n).map((e) => [e.document, e.subEventType, e.place, e.date ?? '-', e.hint ?? '', cut(e.evidence, 160)]);
    console.log(textTable(['file', 'sub-type', 'place', 'date', 'nearest miss', 'evidence'], rows, [0, 1, 2, 3, 4, 5]));
  }
}

main().catch((e: unknown) => {
  console.error(`bench:events: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
