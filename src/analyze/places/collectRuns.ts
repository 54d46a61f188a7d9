/**
 * Runs of capitalised words: the stretches of a text a place name may lie in. A run goes
 * on across plain spaces, across up to two lower-case connectors followed by a capitalised
 * word ("Rio de Janeiro", "Ras al Khaimah"), across a hyphen between two capitalised names
 * ("Syrian-Turkish", split so by the tokenizer) and across the dot of a short abbreviation
 * ("St. Louis"). It stops at punctuation, at a line break, and after a dateline in capitals.
 */
import type { CompiledPlacesPack } from './compilePack.js';
import type { Token } from './tokenize.js';

/** Token indexes of each run, in text order. */
export function collectRuns(tokens: readonly Token[], pack: CompiledPlacesPack): number[][] {
  const runs: number[][] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (!t.word || !t.cap) {
      i++;
      continue;
    }
    const run = collectRun(tokens, i, pack);
    runs.push(run);
    i = (run[run.length - 1] ?? i) + 1;
  }
  return runs;
}

/** A lower-case word that may stand inside a name. */
export function isConnector(t: Token, pack: CompiledPlacesPack): boolean {
  if (!t.word || t.cap) return false;
  // A particle standing alone ("Ras al Khaimah") links a name, unless it is also a common
  // word of the language ("et", "an", "as"): those split names more often than they join them.
  return pack.nameConnectors.has(t.key) || (pack.particles.has(t.key) && !pack.stopwords.has(t.key));
}

/** Indexes of the run of capitalised words starting at `i`, with inner connectors and marks. */
function collectRun(tokens: readonly Token[], i: number, pack: CompiledPlacesPack): number[] {
  const run = [i];
  let j = i + 1;
  for (;;) {
    const nt = tokens[j];
    if (!nt) break;
    const prev = tokens[j - 1]!;
    if (nt.word && nt.cap && nt.spaceBefore) {
      // A dateline in capitals ends before the sentence it opens ("LONDON Pope Francis…").
      if (prev.allCaps && prev.text.length >= 4 && !nt.allCaps) break;
      run.push(j++);
      continue;
    }
    // "Syrian-Turkish", "Nagorno-Karabakh": names split at a hyphen by the tokenizer.
    if (!nt.word && (nt.text === '-' || nt.text === '‐') && nt.glued && prev.cap) {
      const after = tokens[j + 1];
      if (after?.word && after.cap && after.glued) {
        run.push(j, j + 1);
        j += 2;
        continue;
      }
    }
    // "St. Louis": a dot after a short capitalised abbreviation.
    if (!nt.word && nt.text === '.' && nt.glued && prev.cap && prev.text.length <= 3) {
      const after = tokens[j + 1];
      if (after?.word && after.cap && after.spaceBefore) {
        run.push(j, j + 1);
        j += 2;
        continue;
      }
    }
    // Up to two connectors ("de la", "al") followed by a capitalised word.
    if (isConnector(nt, pack) && nt.spaceBefore) {
      let k = j;
      while (k < j + 2 && tokens[k] && isConnector(tokens[k]!, pack) && tokens[k]!.spaceBefore) k++;
      const after = tokens[k];
      // Not into a weekday or a month: "Samal Island on Monday" ends at "Island".
      if (after?.word && after.cap && after.spaceBefore && !pack.stopwords.has(after.key)) {
        for (let m = j; m <= k; m++) run.push(m);
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return run;
}
