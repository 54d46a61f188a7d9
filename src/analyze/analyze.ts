/**
 * The analysis pipeline: an Article in, the same Article with `analysis` out. One
 * ordered list of named stages; each reads what the earlier ones left in the state and
 * adds its own part. Offsets everywhere are into `Article.text`.
 */
import { createRequire } from 'node:module';
import type { Article, ExtractResult } from '../core/article.js';
import { VigieError } from '../core/errors.js';
import type { ExtractOptions } from '../core/options.js';
import { extract } from '../extract/extract.js';
import { detectLanguage } from './detectLanguage.js';
import { findEntities } from './entities/findEntities.js';
import { loadGazetteer } from './gazetteer/loadGazetteer.js';
import type { Gazetteer } from './gazetteer/types.js';
import { textPackFor, type TextPack } from './packs/textPack.js';
import { findPlaces } from './places/findPlaces.js';
import { findQuotes } from './quotes/findQuotes.js';
import { splitSentences } from './sentences/splitSentences.js';
import { findTimes } from './times/findTimes.js';
import type { Analysis } from './types.js';

export type AnalyzedArticle = Article & { analysis: Analysis };

export interface AnalyzeOptions extends ExtractOptions {
  /** The gazetteer places are resolved against; default: the offline one, plus a `vigie gazetteer fetch` download when present. */
  gazetteer?: Gazetteer;
  /** Extra GeoNames-format files layered over the default gazetteer (`--gazetteer FILE`). */
  gazetteerFiles?: string[];
  /** Store folder holding a downloaded gazetteer (default $VIGIE_HOME, else ./.vigie). */
  home?: string | null;
}

/** Where language packs are missing, English rules stand in: most of them are about punctuation and capitals. */
const FALLBACK_PACK = 'en';
/** Below this detector confidence, the language the page declares is trusted instead. */
const TRUST_DETECTOR = 0.5;

interface State {
  article: Article;
  gazetteer: Gazetteer;
  pack: TextPack;
  analysis: Analysis;
}

type Stage = { name: string; run: (s: State) => void };

export const STAGES: readonly Stage[] = [
  {
    name: 'language',
    run: (s) => {
      const d = detectLanguage(s.article.text, s.article.language);
      const declared = s.article.language;
      s.analysis.language =
        declared !== null && (d.code === null || (d.code !== declared && d.confidence < TRUST_DETECTOR))
          ? { code: declared, confidence: Math.max(d.confidence, TRUST_DETECTOR) }
          : d;
      s.pack = textPackFor(s.analysis.language.code) ?? textPackFor(FALLBACK_PACK)!;
    },
  },
  { name: 'sentences', run: (s) => void (s.analysis.sentences = splitSentences(s.article.text, s.pack)) },
  {
    name: 'entities',
    run: (s) => {
      // A capitalised name that is a well-known place by its exact name is not a person.
      const isPlace = (surface: string): boolean =>
        s.gazetteer.lookup(surface, { limit: 1, kinds: ['country', 'admin1', 'city'] }).some((m) => m.score >= 0.95);
      s.analysis.entities = findEntities(s.article.text, s.analysis.sentences, s.pack, { isPlace });
    },
  },
  {
    name: 'times',
    run: (s) => {
      // A date inside a group's name (« le Mouvement du 23 mars », "the March 23 Movement") dates nothing.
      const names = s.analysis.entities.flatMap((e) => (e.kind === 'organization' || e.kind === 'armed_group' ? e.mentions : []));
      s.analysis.times = findTimes(s.article.text, s.analysis.sentences, s.article.publishedAt, s.pack).filter(
        (t) => !names.some((m) => m.start <= t.span.start && t.span.end <= m.end),
      );
    },
  },
  {
    name: 'places',
    run: (s) => {
      s.analysis.places = findPlaces(s.article.text, s.gazetteer, {
        language: s.analysis.language.code,
        title: s.article.title,
        sentences: s.analysis.sentences,
        entities: s.analysis.entities,
      });
    },
  },
  {
    name: 'quotes',
    run: (s) => void (s.analysis.quotes = findQuotes(s.article.text, s.analysis.sentences, s.analysis.entities, s.pack)),
  },
];

/** Analyses an extracted article with a gazetteer already loaded. Synchronous and deterministic. */
export function analyzeArticle(article: Article, gazetteer: Gazetteer): AnalyzedArticle {
  const state: State = {
    article,
    gazetteer,
    pack: textPackFor(FALLBACK_PACK)!,
    analysis: { language: { code: null, confidence: 0 }, sentences: [], entities: [], places: [], quotes: [], times: [] },
  };
  for (const stage of STAGES) stage.run(state);
  return { ...article, analysis: state.analysis };
}

/**
 * The library entry point: an Article, or a page (bytes or a string, extracted first),
 * analysed against the given gazetteer or the default one (loaded once per process).
 * A page that cannot be extracted is an error with the extraction's code.
 */
export async function analyze(input: Article | Uint8Array | string, options: AnalyzeOptions = {}): Promise<AnalyzedArticle> {
  const article = isArticle(input) ? input : requireArticle(extract(input, options));
  const gazetteer = options.gazetteer ?? (await loadGazetteer({ home: options.home ?? null, files: options.gazetteerFiles ?? [] }));
  return analyzeArticle(article, gazetteer);
}

function isArticle(x: unknown): x is Article {
  return typeof x === 'object' && x !== null && (x as Article).ok === true && typeof (x as Article).text === 'string';
}

function requireArticle(r: ExtractResult): Article {
  if (r.ok) return r;
  throw new VigieError(r.error.code, r.error.message, { hint: r.error.hint });
}

/** Names what produced a stored analysis ("vigie/0.1.0"), so that later releases can tell stale ones. */
export function analyzerName(): string {
  try {
    // ../../package.json from both src/analyze/ and dist/analyze/
    return `vigie/${(createRequire(import.meta.url)('../../package.json') as { version: string }).version}`;
  } catch {
    return 'vigie/unknown';
  }
}
