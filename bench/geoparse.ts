/**
 * Geoparsing benchmark: place recognition and resolution (src/analyze/places) on
 * GeoWebNews, 200 English news articles, with the default offline gazetteer only.
 *
 *   npm run bench:geoparse [-- --no-write] [--passes N] [--dump-errors N] [--dump-recognition N] [--data-dir DIR]
 *
 * - Recognition: findPlaces over each article (title given as context), scored against
 *   the gold toponyms with exact and with overlapping spans (bench/lib/geoparseScore.ts).
 * - Resolution: resolvePlaces given the GOLD spans, so that it is measured apart from
 *   recognition; every toponym gets a location (guess mode: the best candidate, or the
 *   article's focus place for names the gazetteer cannot match, such as streets).
 * - Peers from the same run: "exact lookup" for recognition, "population only" for
 *   resolution (bench/lib/geoparseBaselines.ts).
 * - Speed: findPlaces alone, and the whole analysis pipeline (analyzeArticle: language,
 *   sentences, times, entities, places, quotes) over each text as an Article; one process,
 *   one untimed warm-up pass, then --passes timed passes (default 3); each article counts
 *   with its median time.
 *
 * Results go to BENCHMARKS.md between the bench:geoparse markers unless --no-write.
 * Exit status: 0 when the run completed (targets met or not), 1 on a crash, 2 on bad usage.
 */
import { relative, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/core/article.js';
import { extract } from '../src/extract/extract.js';
import { analyzeArticle } from '../src/analyze/analyze.js';
import { loadDefaultGazetteer } from '../src/analyze/gazetteer/loadDefaultGazetteer.js';
import type { Gazetteer } from '../src/analyze/gazetteer/types.js';
import { findPlaces, resolvePlaces } from '../src/analyze/places/index.js';
import { haversineKm } from '../src/analyze/places/haversineKm.js';
import type { Place } from '../src/analyze/types.js';
import { benchArgs } from './lib/benchArgs.js';
import { REPO_ROOT } from './lib/dataset.js';
import { exactLookupSpans, mostPopulous } from './lib/geoparseBaselines.js';
import {
  DEFAULT_GWN_DIR,
  NOT_TOPONYM_TYPES,
  loadGwn,
  loadGwnFull,
  resolveGwnDir,
  type GoldToponym,
  type GwnArticle,
} from './lib/geoparseData.js';
import {
  ACCURACY_KM,
  MAX_ERROR_KM,
  errorStats,
  exactSpanScore,
  overlapSpanScore,
  type ErrorStats,
  type Prf,
  type Span,
} from './lib/geoparseScore.js';
import { fmt, markdownTable, textTable, upsertSection, type Target } from './lib/report.js';
import { machine, median } from './lib/machine.js';

const TARGET_ACC161 = 0.9;
const TARGET_F1 = 0.8;
const TARGET_ARTICLES_PER_SECOND = 200;
const TARGET_ANALYSIS_PER_SECOND = 200;
const LANGUAGE = 'en';
const BENCHMARKS_MD = join(REPO_ROOT, 'BENCHMARKS.md');
const COMMAND = 'npm run bench:geoparse';

const USAGE = `usage: npm run bench:geoparse -- [--no-write] [--passes N] [--dump-errors N] [--dump-recognition N] [--data-dir DIR]
  --no-write             do not update BENCHMARKS.md
  --passes N             timed passes for the speed figure (default 3)
  --dump-errors N        list the N largest resolution errors
  --dump-recognition N   list N missed and N spurious place mentions
  --data-dir DIR         GeoWebNews directory (default ${DEFAULT_GWN_DIR}, relative to the repo root)`;

interface Options {
  write: boolean;
  passes: number;
  dumpErrors: number;
  dumpRecognition: number;
  dataDir: string | undefined;
}

function parseOptions(): Options {
  const a = benchArgs('bench:geoparse', USAGE, { passes: 3, 'dump-errors': 0, 'dump-recognition': 0 });
  return {
    write: a.write,
    passes: a.ints.passes,
    dumpErrors: a.ints['dump-errors'],
    dumpRecognition: a.ints['dump-recognition'],
    dataDir: a.dataDir,
  };
}

/** The gold sets recognition and resolution are scored on. */
interface GoldSet {
  name: string;
  describe: string;
  spans: GoldToponym[][];
}

function goldSets(
  articles: readonly GwnArticle[],
  full: ReturnType<typeof loadGwnFull>,
): { located: GoldSet; geonames: GoldSet; typed: GoldSet } {
  const located = articles.map((a) => a.toponyms.filter((t) => t.lat !== null && t.lon !== null));
  const geonames = articles.map((a, i) => {
    const keys = new Set((full[i] ?? []).map((t) => `${t.start}:${t.end}`));
    return located[i]!.filter((t) => keys.has(`${t.start}:${t.end}`));
  });
  const typed = articles.map((a) => a.toponyms.filter((t) => !NOT_TOPONYM_TYPES.has(t.type)));
  const count = (s: GoldToponym[][]): number => s.reduce((n, x) => n + x.length, 0);
  return {
    located: {
      name: 'located',
      describe: `GWN.xml toponyms with coordinates (${count(located)}; every type GWN locates: Literal, Metonymic, Mixed, Coercion, the modifiers — demonyms used as adjectives included — and embedded names)`,
      spans: located,
    },
    geonames: {
      name: 'geonames',
      describe: `gwn_full.txt toponyms, those with a GeoNames id (${count(geonames)})`,
      spans: geonames,
    },
    typed: {
      name: 'all types',
      describe: `GWN.xml toponyms of every type but Non_Toponym, Literal_Expression and Non_Lit_Expression (${count(typed)}; adds people demonyms, languages, homonyms and unlocated buildings)`,
      spans: typed,
    },
  };
}

function errorKm(p: { lat: number | null; lon: number | null } | null, t: GoldToponym): number {
  if (!p || p.lat === null || p.lon === null || t.lat === null || t.lon === null) return MAX_ERROR_KM;
  return haversineKm(p.lat, p.lon, t.lat, t.lon);
}

function resolveGold(articles: readonly GwnArticle[], gold: GoldToponym[][], g: Gazetteer, guess: boolean): Place[][] {
  return articles.map((a, i) => resolvePlaces(a.text, gold[i] ?? [], g, { language: LANGUAGE, title: a.title }, { guess }));
}

function coverage(gold: GoldToponym[][], g: Gazetteer): boolean[][] {
  return gold.map((ts) =>
    ts.map((t) => {
      const cands = g.lookup(t.text, { limit: 100, demonyms: true });
      return !cands.some((m) => errorKm(m.entry, t) <= ACCURACY_KM);
    }),
  );
}

function flat<T>(xs: readonly (readonly T[])[]): T[] {
  return xs.flatMap((x) => [...x]);
}

const RECOGNITION_HEADERS = [
  'system',
  'gold set',
  'exact P',
  'exact R',
  'exact F1',
  'overlap P',
  'overlap R',
  'overlap F1',
  'predicted',
  'gold',
];
function recognitionRow(system: string, set: string, exact: Prf, overlap: Prf): string[] {
  return [
    system,
    set,
    fmt(exact.precision, 3),
    fmt(exact.recall, 3),
    fmt(exact.f1, 3),
    fmt(overlap.precision, 3),
    fmt(overlap.recall, 3),
    fmt(overlap.f1, 3),
    String(exact.predicted),
    String(exact.gold),
  ];
}

const RESOLUTION_HEADERS = ['system', 'gold set', 'Acc@161', 'mean km', 'median km', 'AUC', 'toponyms'];
function resolutionRow(system: string, set: string, s: ErrorStats): string[] {
  return [system, set, fmt(s.accuracy161, 3), fmt(s.meanKm, 0), fmt(s.medianKm, 1), fmt(s.auc, 3), String(s.n)];
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const dataDir = resolveGwnDir(opts.dataDir);
  const articles = loadGwn(dataDir);
  const full = loadGwnFull(dataDir);
  const sets = goldSets(articles, full);
  const misplaced = articles.reduce((n, a) => n + a.misplaced, 0);

  const t0 = performance.now();
  const g = await loadDefaultGazetteer();
  const loadMs = performance.now() - t0;
  console.error(
    `bench:geoparse: ${articles.length} articles; default gazetteer ${g.size} entries (${(loadMs / 1000).toFixed(1)} s to load)`,
  );

  // Recognition.
  const found = articles.map((a) => findPlaces(a.text, g, { language: LANGUAGE, title: a.title }));
  const predicted: Span[][] = found.map((ps) => ps.map((p) => ({ start: p.mention.start, end: p.mention.end })));
  const naive: Span[][] = articles.map((a) => exactLookupSpans(a.text, g));
  const recRows: string[][] = [];
  const recognition = new Map<string, { exact: Prf; overlap: Prf }>();
  for (const set of [sets.located, sets.typed]) {
    for (const [system, spans] of [
      ['vigie', predicted],
      ['exact lookup', naive],
    ] as const) {
      const exact = exactSpanScore(spans, set.spans);
      const overlap = overlapSpanScore(spans, set.spans);
      recognition.set(`${system}/${set.name}`, { exact, overlap });
      recRows.push(recognitionRow(system, set.name, exact, overlap));
    }
  }

  // Resolution given the gold spans.
  const resRows: string[][] = [];
  const resolution = new Map<string, ErrorStats>();
  let gap = { uncovered: 0, coverageErrors: 0, methodErrors: 0, total: 0 };
  const strict = { resolved: 0, right: 0, total: 0 };
  let coveredStats: ErrorStats = errorStats([]);
  let peerCoveredStats: ErrorStats = errorStats([]);
  const worst: Array<{ article: number; t: GoldToponym; p: Place; km: number }> = [];
  for (const set of [sets.located, sets.geonames]) {
    const guessed = resolveGold(articles, set.spans, g, true);
    const ours = set.spans.map((ts, i) => ts.map((t, k) => errorKm(guessed[i]?.[k] ?? null, t)));
    const peer = set.spans.map((ts) => ts.map((t) => errorKm(mostPopulous(t.text, g), t)));
    const oursStats = errorStats(flat(ours));
    const peerStats = errorStats(flat(peer));
    resolution.set(`vigie/${set.name}`, oursStats);
    resRows.push(resolutionRow('vigie', set.name, oursStats), resolutionRow('population only', set.name, peerStats));
    if (set === sets.located) {
      const uncovered = coverage(set.spans, g);
      const errs = flat(ours);
      const unc = flat(uncovered);
      coveredStats = errorStats(errs.filter((_, k) => !unc[k]));
      peerCoveredStats = errorStats(flat(peer).filter((_, k) => !unc[k]));
      gap = {
        uncovered: unc.filter(Boolean).length,
        coverageErrors: errs.filter((e, k) => e > ACCURACY_KM && unc[k]).length,
        methodErrors: errs.filter((e, k) => e > ACCURACY_KM && !unc[k]).length,
        total: errs.length,
      };
      const cautious = resolveGold(articles, set.spans, g, false);
      set.spans.forEach((ts, i) =>
        ts.forEach((t, k) => {
          const p = cautious[i]?.[k];
          strict.total++;
          if (p?.resolved) {
            strict.resolved++;
            if (errorKm(p, t) <= ACCURACY_KM) strict.right++;
          }
          const gp = guessed[i]?.[k];
          const km = ours[i]?.[k] ?? MAX_ERROR_KM;
          if (gp && km > ACCURACY_KM) worst.push({ article: i, t, p: gp, km });
        }),
      );
    }
  }

  // Speed: findPlaces alone, then the whole analysis pipeline.
  const placesSpeed = timeArticles(articles.length, opts.passes, (i) => {
    const a = articles[i]!;
    findPlaces(a.text, g, { language: LANGUAGE, title: a.title });
  });
  const asArticles = articles.map(toArticle);
  const analysisSpeed = timeArticles(articles.length, opts.passes, (i) => void analyzeArticle(asArticles[i]!, g));
  const articlesPerSecond = placesSpeed.articlesPerSecond;
  const perArticle = placesSpeed.perArticle;

  // Report.
  const rec = recognition.get('vigie/located')!;
  const res = resolution.get('vigie/located')!;
  const pct = (n: number, d: number): string => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
  const gapLine =
    `Of the ${gap.total} located toponyms, ${gap.coverageErrors + gap.methodErrors} (${pct(gap.coverageErrors + gap.methodErrors, gap.total)}) are placed more than ${ACCURACY_KM} km off: ` +
    `${gap.coverageErrors} (${pct(gap.coverageErrors, gap.total)}) from gazetteer coverage — no candidate for the surface lies within ${ACCURACY_KM} km of the gold point ` +
    `(${gap.uncovered} such toponyms in all, ${gap.uncovered - gap.coverageErrors} of which still land within ${ACCURACY_KM} km through the focus fallback or a nearby namesake) — and ${gap.methodErrors} (${pct(gap.methodErrors, gap.total)}) from the method (a right candidate existed).`;
  const coveredLine = `On the ${coveredStats.n} located toponyms the gazetteer covers (a candidate within ${ACCURACY_KM} km), Acc@161 is ${fmt(coveredStats.accuracy161, 3)} (median ${fmt(coveredStats.medianKm, 1)} km, AUC ${fmt(coveredStats.auc, 3)}), against ${fmt(peerCoveredStats.accuracy161, 3)} for population only.`;
  const strictLine = `Without guessing (the library default), ${pct(strict.resolved, strict.total)} of the located toponyms are resolved, ${pct(strict.right, strict.resolved)} of those within ${ACCURACY_KM} km.`;
  const targets: Target[] = [
    { name: `Acc@161 ≥ ${TARGET_ACC161}`, value: fmt(res.accuracy161, 3), pass: res.accuracy161 >= TARGET_ACC161 },
    { name: `recognition F1 ≥ ${TARGET_F1} (exact)`, value: fmt(rec.exact.f1, 3), pass: rec.exact.f1 >= TARGET_F1 },
    { name: `recognition F1 ≥ ${TARGET_F1} (overlap)`, value: fmt(rec.overlap.f1, 3), pass: rec.overlap.f1 >= TARGET_F1 },
    {
      name: `findPlaces ≥ ${TARGET_ARTICLES_PER_SECOND} articles/s`,
      value: fmt(articlesPerSecond, 1),
      pass: articlesPerSecond >= TARGET_ARTICLES_PER_SECOND,
    },
    {
      name: `analysis ≥ ${TARGET_ANALYSIS_PER_SECOND} articles/s`,
      value: fmt(analysisSpeed.articlesPerSecond, 1),
      pass: analysisSpeed.articlesPerSecond >= TARGET_ANALYSIS_PER_SECOND,
    },
  ];

  console.log('\nRecognition (findPlaces)');
  console.log(textTable(RECOGNITION_HEADERS, recRows, [0, 1]));
  console.log('\nResolution given the gold spans (resolvePlaces, guess mode)');
  console.log(textTable(RESOLUTION_HEADERS, resRows, [0, 1]));
  console.log(`\n${gapLine}\n${coveredLine}\n${strictLine}`);
  console.log(
    `\nspeed: findPlaces ${fmt(articlesPerSecond, 1)} articles/s (median ${fmt(median(perArticle), 2)} ms/article over ${opts.passes} passes); ` +
      `whole analysis ${fmt(analysisSpeed.articlesPerSecond, 1)} articles/s (median ${fmt(median(analysisSpeed.perArticle), 2)} ms/article)`,
  );
  console.log('\ntargets:');
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(34)} ${t.value}`);

  if (opts.dumpErrors > 0) dumpErrors(worst, articles, opts.dumpErrors);
  if (opts.dumpRecognition > 0) dumpRecognition(articles, predicted, sets.located.spans, opts.dumpRecognition);

  if (opts.write) {
    const section = [
      '## Place recognition and resolution — GeoWebNews (200 articles)',
      '',
      `- Date: ${new Date().toISOString().slice(0, 10)}`,
      `- Machine: ${machine()}`,
      `- Command: \`${COMMAND}\``,
      `- Data: \`${relative(REPO_ROOT, dataDir)}\` (Gritta, Pilehvar & Collier 2020); ${misplaced} annotations whose offsets do not point at their surface (they point into the title) are left out.`,
      `- Gazetteer: the default offline one only (${g.size} entries: GeoNames cities1000, countries, first- and second-level regions).`,
      '- Gold sets:',
      `  - **located**: ${sets.located.describe} — the primary set, used for the targets;`,
      `  - **geonames**: ${sets.geonames.describe};`,
      `  - **all types**: ${sets.typed.describe}.`,
      '- Recognition: `findPlaces` over each article, its title given as context; every reported place counts as a prediction. Exact: same start and end. Overlap: a prediction is right when it overlaps a gold span, a gold span is found when a prediction overlaps it.',
      `- Resolution: \`resolvePlaces\` given the gold spans, in guess mode (every toponym gets its best candidate; a name the gazetteer cannot match — a street, a building — is placed at the article's focus, its most-mentioned resolved city or region). Error: great-circle km to the gold point; unresolved counts ${MAX_ERROR_KM} km. AUC: trapz(sorted ln(1 + error km)) / (ln(${MAX_ERROR_KM}) × (n − 1)), the area under the log-error curve as in Gritta et al.; 0 is perfect, lower is better.`,
      '- Peers from the same run: **exact lookup** (every run of capitalised words matched longest first against exact gazetteer names and demonyms) and **population only** (the most populous gazetteer candidate of the gold surface).',
      `- Speed: \`findPlaces\` alone (recognition and resolution), and the whole analysis (\`analyzeArticle\`: language, sentences, times, entities, places, quotes) over each text given as an Article (its title, language "en" declared), as compiled JavaScript, one process, gazetteer loaded beforehand; one untimed warm-up pass, then ${opts.passes} timed passes, each article counted with its median time (articles/s = articles ÷ the sum of the medians).`,
      '',
      '### Recognition',
      '',
      markdownTable(RECOGNITION_HEADERS, recRows),
      '',
      '### Resolution given the gold spans',
      '',
      markdownTable(RESOLUTION_HEADERS, resRows),
      '',
      gapLine,
      '',
      coveredLine,
      '',
      strictLine,
      '',
      `Speed: findPlaces **${fmt(articlesPerSecond, 1)} articles/s** (median ${fmt(median(perArticle), 2)} ms per article); whole analysis **${fmt(analysisSpeed.articlesPerSecond, 1)} articles/s** (median ${fmt(median(analysisSpeed.perArticle), 2)} ms per article).`,
      '',
      markdownTable(
        ['target', 'measured', 'status'],
        targets.map((t) => [t.name, t.value, t.pass ? 'PASS' : 'FAIL']),
      ),
    ].join('\n');
    upsertSection(BENCHMARKS_MD, section, '# Benchmarks', 'geoparse');
    console.log(`\nwrote ${relative(REPO_ROOT, BENCHMARKS_MD)}`);
  } else {
    console.log(`\n${relative(REPO_ROOT, BENCHMARKS_MD)} not updated (--no-write)`);
  }
}

/** One untimed warm-up pass, then `passes` timed ones; each article counts with its median time. */
function timeArticles(n: number, passes: number, run: (i: number) => void): { articlesPerSecond: number; perArticle: number[] } {
  for (let i = 0; i < n; i++) run(i);
  const times: number[][] = Array.from({ length: n }, () => []);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      run(i);
      times[i]!.push(performance.now() - t);
    }
  }
  const perArticle = times.map(median);
  const totalMs = perArticle.reduce((s, x) => s + x, 0);
  return { articlesPerSecond: totalMs > 0 ? n / (totalMs / 1000) : NaN, perArticle };
}

/** A GWN text as the Article extraction would give for it: the text as body, its title, English declared. */
function toArticle(a: GwnArticle): Article {
  const r = extract(a.text, { format: 'text' });
  if (!r.ok) throw new Error(`article ${a.id}: ${r.error.message}`);
  return { ...r, text: a.text, title: a.title, language: LANGUAGE };
}

function dumpErrors(
  worst: Array<{ article: number; t: GoldToponym; p: Place; km: number }>,
  articles: readonly GwnArticle[],
  n: number,
): void {
  console.log(`\n${Math.min(n, worst.length)} largest resolution errors (of ${worst.length} beyond ${ACCURACY_KM} km):`);
  const rows = worst
    .sort((a, b) => b.km - a.km)
    .slice(0, n)
    .map(({ article, t, p, km }) => [
      String(article),
      t.text,
      t.type,
      `${t.lat},${t.lon}`,
      `${p.name} (${p.kind}, ${p.country ?? '-'})`,
      fmt(km, 0),
      articles[article]?.text.slice(Math.max(0, t.start - 30), t.end + 30).replace(/\s+/g, ' ') ?? '',
    ]);
  console.log(textTable(['art', 'gold', 'type', 'gold point', 'chosen', 'km', 'context'], rows, [0, 1, 2, 3, 4, 6]));
}

function dumpRecognition(articles: readonly GwnArticle[], predicted: Span[][], gold: GoldToponym[][], n: number): void {
  const missed: string[][] = [];
  const spurious: string[][] = [];
  const ctx = (a: GwnArticle, s: Span): string => a.text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\s+/g, ' ');
  articles.forEach((a, i) => {
    const p = predicted[i] ?? [];
    const g = gold[i] ?? [];
    for (const t of g) if (!p.some((s) => s.start === t.start && s.end === t.end)) missed.push([String(i), t.text, t.type, ctx(a, t)]);
    for (const s of p)
      if (!g.some((t) => t.start === s.start && t.end === s.end)) {
        const typed = a.toponyms.find((t) => t.start < s.end && s.start < t.end);
        spurious.push([String(i), a.text.slice(s.start, s.end), typed ? `${typed.type}:${typed.text}` : '-', ctx(a, s)]);
      }
  });
  const pick = (rows: string[][]): string[][] => rows.filter((_, k) => k % Math.max(1, Math.floor(rows.length / n)) === 0).slice(0, n);
  console.log(`\nmissed gold spans (exact), ${missed.length} in all, a sample:`);
  console.log(textTable(['art', 'gold', 'type', 'context'], pick(missed), [0, 1, 2, 3]));
  console.log(`\nspurious predictions (exact), ${spurious.length} in all, a sample:`);
  console.log(textTable(['art', 'predicted', 'overlapping gold', 'context'], pick(spurious), [0, 1, 2, 3]));
}

main().catch((e: unknown) => {
  console.error(`bench:geoparse: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
