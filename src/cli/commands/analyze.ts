/**
 * `vigie analyze [INPUT...]`: the inputs of `vigie extract`, each article analysed
 * (language, sentences, entities, places, quotes, times). The gazetteer is loaded once,
 * before the first input, so that a bad --gazetteer file fails the command at once.
 */
import { Command, Option } from 'commander';
import { analyzeArticle } from '../../analyze/analyze.js';
import { loadGazetteer } from '../../analyze/gazetteer/loadGazetteer.js';
import type { Analysis } from '../../analyze/types.js';
import type { Article } from '../../core/article.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../core/options.js';
import { formatAnalysisText } from '../formatAnalysis.js';
import { OUTPUT_FORMATS } from '../formatResult.js';
import { parseEncoding, parsePositiveInt, parseSize, parseUrl, runExtract, type CliIO, type ExtractCliOptions } from './extract.js';

interface AnalyzeCliOptions extends ExtractCliOptions {
  gazetteer: string[];
  home?: string;
  download: boolean;
}

const FORMATS = OUTPUT_FORMATS.filter((f) => f !== 'markdown');

export function registerAnalyzeCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return program
    .command('analyze')
    .description('analyse articles: language, sentences, entities, places with coordinates, quotes with speakers, dates')
    .argument('[INPUT...]', 'file (.html .htm .txt, optionally .gz), directory, - for stdin, or http(s) URL')
    .addOption(new Option('-f, --format <format>', 'output format (default: json for one input, jsonl for several)').choices(FORMATS))
    .option('--gazetteer <FILE>', 'also a gazetteer in GeoNames format, over the default one (repeatable)', collect, [])
    .option('--home <DIR>', 'folder holding a `vigie gazetteer fetch` download (default $VIGIE_HOME, else ./.vigie)')
    .option('--no-download', 'ignore the downloaded gazetteer in --home')
    .option('--url <URL>', 'page URL, for file or stdin input', parseUrl)
    .option('--encoding <LABEL>', 'force the charset (e.g. windows-1252)', parseEncoding)
    .option('--max-bytes <N>', `refuse inputs larger than N bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES})`, parseSize)
    .option('--timeout <MS>', `network timeout in milliseconds (default ${DEFAULT_TIMEOUT_MS})`, parsePositiveInt)
    .option('-o, --output <FILE>', 'write results to FILE instead of stdout')
    .option('-q, --quiet', 'no progress or summary on stderr (errors are still reported)')
    .action(async (inputs: string[], opts: AnalyzeCliOptions) => {
      const gazetteer = await loadGazetteer({ home: opts.home ?? null, files: opts.gazetteer, useDownloaded: opts.download });
      onDone(
        await runExtract(inputs, opts, io, {
          command: 'analyze',
          verb: 'analysed',
          transform: (article) => analyzeArticle(article, gazetteer),
          text: (a) => formatAnalysisText(a as Article & { analysis: Analysis }),
        }),
      );
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
