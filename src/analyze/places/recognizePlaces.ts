/**
 * Finds the names in a text that may be places: runs of capitalised words (with the
 * connectors and Arabic particles names contain: "Rio de Janeiro", "Boustane al-Qasr",
 * "Deir ez-Zor") matched against the gazetteer longest first; names made places by a
 * place noun ("Frenchmen Street", "rue de Rivoli", "le quartier de X"); lower-case
 * national adjectives where the language writes them so ("l'armée syrienne"). Each
 * candidate mention comes with its gazetteer matches and its cues; resolution decides.
 */
import type { Entity } from '../types.js';
import type { CompiledPlacesPack } from './compilePack.js';
import { isDemonym, type Lookup } from './lookupCache.js';
import type { PlaceDraft } from './placeDraft.js';
import { attachCues, kindCueBefore, locativeBefore } from './readCues.js';
import type { Token } from './tokenize.js';
import { collectRuns } from './collectRuns.js';
import { findLowerCaseDemonyms } from './findLowerCaseDemonyms.js';
import { foldWord, sameWord } from './foldWord.js';
import { CLOSE_SCORE, SOLID_SCORE, isAcronymOf, isProminent, isStrong } from './matchStrength.js';
import type { NameMatch } from '../gazetteer/types.js';
import { datelineTailAt } from '../datelineTail.js';

/** Longest name tried, in words. */
const MAX_NAME_TOKENS = 6;
/**
 * Below this gazetteer score a multi-word span is not a name match. Capitalised words
 * written together are most often one name, so a loose match of the whole ("Boustane
 * al-Qasr" ~ "Bustan Al-Qaser") beats exact matches of its parts; recognition then
 * weighs how loose it was.
 */
const MIN_MULTIWORD_SCORE = 0.6;
/** A name with a place noun ("Washington Square") is taken from the gazetteer only on a close match. */
const HEAD_NAME_SCORE = 0.85;
/** How much a given name ("Victoria", "Paul") doubts that it names a place. */
const GIVEN_NAME_DOUBT = 0.3;
/** How much a common word ("Union", "Enterprise") doubts that it names a place. */
const COMMON_WORD_DOUBT = 0.4;
/** From this population a city named alone before a verb of saying speaks for its institutions ("Beijing said"). */
const SPEAKING_CITY = 500_000;
/** Below this, a match is too loose to consider at all. */
const MIN_SCORE = 0.5;
/** A name starting with a stop word ("New York", "The Hague") must match this well. */
const STOPWORD_START_SCORE = CLOSE_SCORE;

export interface RecognizeOptions {
  entities?: readonly Entity[];
  /** Marks every draft as coming from the title. */
  inTitle?: boolean;
}

export function recognizePlaces(
  text: string,
  tokens: readonly Token[],
  lookup: Lookup,
  pack: CompiledPlacesPack,
  options: RecognizeOptions = {},
): PlaceDraft[] {
  const r = new Recognizer(text, tokens, lookup, pack, options.inTitle === true);
  const drafts = r.run();
  attachCues(drafts, tokens, pack);
  // A name the gazetteer does not know is kept only when a place noun announces it
  // ("le quartier de X"), directly or through its list.
  const kept = drafts.filter((d) => !(d.matches.length === 0 && !d.byHead && d.cue?.role !== 'is'));
  return options.entities ? dropPeople(kept, options.entities) : kept;
}

class Recognizer {
  /** Folded words seen in lower case: a capitalised one of them is likely a common word. */
  private readonly lowerWords = new Set<string>();
  /** Capitalised words seen alone mid-sentence: surnames mentioned again ("Peterson said"). */
  private readonly aloneCaps = new Set<string>();
  /** Last words of what look like people's names ("Bryant" of "Kobe Bryant"). */
  private readonly surnames = new Set<string>();
  /** Last words of names written after a title ("Mara" of "President Ratu Sir Kamisese Mara"): surer than `surnames`. */
  private readonly titledSurnames = new Set<string>();
  private readonly drafts: PlaceDraft[] = [];
  /** Tokens already inside a draft. */
  private readonly used: boolean[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lookup: Lookup,
    private readonly pack: CompiledPlacesPack,
    private readonly inTitle: boolean,
  ) {
    this.used = new Array<boolean>(tokens.length).fill(false);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word) continue;
      if (!t.cap) this.lowerWords.add(t.key);
      else if (!t.sentenceStart && !tokens[i - 1]?.cap && !tokens[i + 1]?.cap) this.aloneCaps.add(t.key);
    }
  }

  run(): PlaceDraft[] {
    const runs = collectRuns(this.tokens, this.pack);
    this.joinCommaNames(runs);
    for (const run of runs) this.noteSurname(run);
    for (const run of runs) this.matchRun(run);
    if (this.pack.pack.demonymCase === 'lower') this.lowerCaseDemonyms();
    return this.drafts.sort((a, b) => a.start - b.start);
  }

  /**
   * "Washington, D.C.": a name written with a comma, when the gazetteer knows it so. Only
   * a short second part is tried (one or two words), so lists stay lists.
   */
  private joinCommaNames(runs: number[][]): void {
    const { tokens } = this;
    for (let r = 0; r + 1 < runs.length; r++) {
      const a = runs[r]!;
      const b = runs[r + 1]!;
      const last = a[a.length - 1]!;
      const first = b[0]!;
      if (first !== last + 2 || tokens[last + 1]?.text !== ',' || b.length > 3) continue;
      const surface = this.text.slice(tokens[a[0]!]!.start, tokens[b[b.length - 1]!]!.end);
      if (this.lookup(surface).some((m) => m.score >= STOPWORD_START_SCORE && m.how !== 'partial')) {
        runs.splice(r, 2, [...a, last + 1, ...b]);
      }
    }
  }

  /**
   * "Kobe Bryant": two or three capitalised words that the gazetteer does not know as a
   * whole, not opened by a stop word, a title or an adjective, look like a person's name;
   * its last word, met alone elsewhere, is a surname rather than a place.
   */
  private noteSurname(run: readonly number[]): void {
    const { tokens, pack } = this;
    // "President Ratu Sir Kamisese Mara", "President Mara": a titled name is a person's, of any
    // length, and its last word met alone later ("Mara is expected to…") is that person.
    if (run.every((k) => tokens[k]!.word && tokens[k]!.cap) && this.isTitled(run)) {
      const lastIdx = run[run.length - 1]!;
      const last = tokens[lastIdx]!;
      if (!last.allCaps && !this.lookup(this.surface(run[0]!, lastIdx)).some((m) => m.score >= SOLID_SCORE)) {
        this.titledSurnames.add(last.key);
      }
      return;
    }
    if (run.length < 2 || run.length > 3 || run.some((k) => !tokens[k]!.word || !tokens[k]!.cap)) return;
    const first = tokens[run[0]!]!;
    const last = tokens[run[run.length - 1]!]!;
    if (this.isStop(first) || pack.personTitles.has(first.key) || this.isStop(last) || pack.trailingHeads.has(last.key)) return;
    if (pack.partOfTownWords.has(first.key)) return;
    if (last.allCaps || first.allCaps) return;
    // A road or a code ("A429 Cirencester") is no first name.
    if (run.some((k) => /\p{N}/u.test(tokens[k]!.text))) return;
    if (this.lookup(first.text).some((m) => isDemonym(m) && m.score >= SOLID_SCORE * 0.9)) return;
    if (this.lookup(this.text.slice(first.start, last.end)).some((m) => m.score >= SOLID_SCORE)) return;
    // "Baseball Toronto", "Veteran Nigerian": a place or an adjective that ends a name stays
    // one, when it is the place's own name: "Bilal Anwar Kasi" is no Varanasi ("Kasi").
    const own = this.lookup(last.text);
    // Any prominent entry counts: "Beyrouth" is Beirut's French name, and the name of its governorate.
    if (
      own.some((m) => isDemonym(m) && m.score >= SOLID_SCORE * 0.9) ||
      own.some((m) => isProminent([m]) && sameWord(m.entry.name, last.text))
    )
      return;
    this.surnames.add(last.key);
  }

  private isStop(t: Token): boolean {
    return this.pack.stopwords.has(t.key);
  }

  /** Whether a person's title stands before the run or opens it ("President Assad", « le président Assad »). */
  private isTitled(run: readonly number[]): boolean {
    const words = run.filter((k) => this.tokens[k]!.word && this.tokens[k]!.cap);
    return this.titledBefore(run[0]!) || (words.length > 1 && this.pack.personTitles.has(this.tokens[run[0]!]!.key));
  }

  /** Whether a person's title stands right before run position 0 (skipping an abbreviation dot). */
  private titledBefore(first: number): boolean {
    let k = first - 1;
    if (this.tokens[k]?.text === '.') k--;
    const t = this.tokens[k];
    if (t !== undefined && t.word && this.pack.personTitles.has(t.key)) return true;
    // A role is never abbreviated: only the word right before the name counts.
    const role = this.tokens[first - 1];
    return role !== undefined && role.word && this.pack.personRoles.has(role.key);
  }

  private matchRun(run: number[]): void {
    const { tokens, pack } = this;
    const words = run.filter((k) => tokens[k]!.word && tokens[k]!.cap);
    const firstTok = tokens[run[0]!]!;
    const lastIdx = run[run.length - 1]!;
    const lastTok = tokens[lastIdx]!;

    // A name after a title, or opened by one, is a person ("M. Abdel Rahmane", "President Assad"),
    // unless the whole run is a gazetteer name ("General Santos").
    if (this.isTitled(run)) {
      const whole = this.lookup(this.surface(run[0]!, lastIdx)).filter((m) => m.score >= STOPWORD_START_SCORE);
      if (whole.length > 0 && !this.titledBefore(run[0]!)) this.push(run[0]!, lastIdx, whole, 0.3);
      return;
    }
    // Capitalised words whose last one is also met alone mid-sentence ("Bernie Sanders" …
    // "Sanders said"): a person's name, unless the gazetteer knows the whole.
    const contiguous = words.length === run.length;
    let personRun = false;
    // A given name opening capitalised words is a person's name ("Paul Brewbaker", "Victoria Rowell"),
    // with the particles of a family name too ("Maria das Neves", "Ana de Souza").
    const linked = run.every((k) => tokens[k]!.cap || pack.nameConnectors.has(tokens[k]!.key));
    if (linked && words.length >= 2 && pack.givenNames.has(firstTok.key)) {
      if (!this.lookup(this.surface(run[0]!, lastIdx)).some((m) => m.score >= SOLID_SCORE)) personRun = true;
    }
    if (
      contiguous &&
      words.length >= 2 &&
      words.length <= 4 &&
      this.aloneCaps.has(lastTok.key) &&
      !pack.trailingHeads.has(lastTok.key) &&
      !this.isStop(lastTok)
    ) {
      const whole = this.lookup(this.surface(run[0]!, lastIdx)).some((m) => m.score >= SOLID_SCORE);
      const opener = this.lookup(firstTok.text).some((m) => isDemonym(m) && m.score >= SOLID_SCORE);
      if (!whole && !opener && !this.isStop(firstTok)) personRun = true;
    }

    // A leading place noun before the run ("rue de Rivoli", "place Tahrir"): a place the gazetteer
    // does not know, named after something that is not the place.
    const lead = this.leadingHeadBefore(run[0]!);
    if (lead !== null && !this.namesItsTown(lead, run[0]!, lastIdx)) {
      // « la place Jemaa el-Fna de Marrakech »: a square named, then the town it is in.
      const town = this.townEnding(run);
      if (town !== null) {
        this.pushHead(lead, run[town - 2]!);
        this.matchRun(run.slice(town));
        return;
      }
      this.pushHead(lead, lastIdx);
      return;
    }

    // A trailing place noun ("Frenchmen Street", "Walker County") or a capitalised leading one
    // ("Lake Victoria"): the whole run is one place, unless the gazetteer knows it as such.
    const trailingHead = words.length >= 2 && pack.trailingHeads.has(lastTok.key);
    const leadingHead = words.length >= 2 && pack.leadingHeads.has(firstTok.key);
    if (trailingHead || leadingHead) {
      // Not from an article, nor from a stop word opening the sentence ("Some White House aides").
      let from = 0;
      const skip = (t: Token): boolean => !t.word || pack.articles.has(t.key) || (t.sentenceStart && this.isStop(t));
      while (from < run.length - 1 && skip(tokens[run[from]!]!)) from++;
      const start = run[from]!;
      const whole = this.lookup(this.surface(start, lastIdx)).filter((m) => m.score >= HEAD_NAME_SCORE && m.how !== 'partial');
      if (whole.length > 0) {
        this.push(start, lastIdx, whole, 0);
        return;
      }
      const kindOfHead = trailingHead ? (pack.kindCues.get(lastTok.key) ?? pack.pluralKindCues.get(lastTok.key)) : undefined;
      if (kindOfHead !== undefined) {
        // "Walker County", "Idlib Province": the name before the noun is the place.
        const nameEnd = run[run.length - 2]!;
        const inner = this.lookup(this.surface(start, nameEnd)).filter((m) => m.score >= HEAD_NAME_SCORE);
        if (inner.length > 0) {
          const d = this.push(start, lastIdx, inner, 0);
          d.inner = true;
          d.cue = { kind: kindOfHead, role: 'is', inherited: false };
          return;
        }
      }
      this.pushHead(start, lastIdx);
      return;
    }

    // Longest gazetteer match first, left to right; then each match is judged by its neighbours.
    const segments: Array<{ i: number; j: number; matches: NameMatch[] }> = [];
    for (let i = 0; i < run.length;) {
      const t = tokens[run[i]!]!;
      if (!t.word || !t.cap) {
        i++;
        continue;
      }
      const found = this.longestMatch(run, i);
      // A particle alone ("Ben" of "Ben Guerdane", "Abu") is part of a name, never a place.
      if (!found || (found[0] === i && this.pack.particles.has(t.key))) {
        i++;
        continue;
      }
      segments.push({ i, j: found[0], matches: found[1] });
      i = found[0] + 1;
    }
    // A place noun announces the run ("le quartier de Bab al-Hadid") but the gazetteer only
    // knows part of its first name ("Bab"): the name is the place, unknown to the gazetteer.
    const first = segments[0];
    let announced = false;
    if (first && first.i === 0 && kindCueBefore(tokens, run[0]!, pack)?.role === 'is') {
      let end = 0;
      while (end + 1 < run.length && this.isNameWord(tokens[run[end + 1]!]!)) end++;
      if (first.j < end) {
        this.push(run[0]!, run[end]!, [], 0);
        announced = true;
        const rest = segments.filter((seg) => seg.i > end);
        segments.length = 0;
        segments.push(...rest);
      }
    }
    // A title inside the run makes the words written right after it a person's name
    // ("U.S. Senator Bernie Sanders"), not those after a connector ("Minister of the UAE").
    const afterTitle = new Set<number>();
    run.forEach((k, p) => {
      if (p === 0 || !tokens[k]!.cap || !pack.personTitles.has(tokens[k]!.key)) return;
      for (let q = p + 1; q < run.length && (this.isNameWord(tokens[run[q]!]!) || tokens[run[q]!]!.text === '.'); q++) afterTitle.add(q);
    });
    for (const seg of segments) {
      if ((personRun || afterTitle.has(seg.i)) && !isStrong(seg.matches)) continue;
      this.judge(run, seg, segments);
    }
    // Nothing known in the run: keep it as a bare name, in case a place noun announces it.
    if (segments.length === 0 && !announced) {
      const from = run.findIndex((k) => tokens[k]!.word && tokens[k]!.cap && !this.isStop(tokens[k]!));
      if (from !== -1) this.push(run[from]!, lastIdx, [], 0);
    }
  }

  /**
   * Whether a run position holds a capitalised word that no solid match explains: a
   * word of a longer name (a first name, a surname, an organisation's name).
   */
  private isLoose(run: readonly number[], p: number, segments: ReadonlyArray<{ i: number; j: number; matches: NameMatch[] }>): boolean {
    const t = this.tokens[run[p]!];
    if (!t || !t.word || !t.cap || this.isStop(t)) return false;
    const seg = segments.find((s) => s.i <= p && p <= s.j);
    return !seg || (seg.matches[0]?.score ?? 0) < SOLID_SCORE;
  }

  /**
   * Whether a match is only part of its run, and the run is capitalised words written
   * together (no connector, no stop word between) that the gazetteer does not know whole.
   */
  private partOfLongerName(
    run: readonly number[],
    seg: { i: number; j: number },
    segments: ReadonlyArray<{ i: number; j: number; matches: NameMatch[] }> = [],
  ): boolean {
    const { tokens } = this;
    if (seg.i === 0 && seg.j === run.length - 1) return false;
    // The stretch of contiguous capitalised non-stop words around the match.
    let a = seg.i;
    while (a > 0 && this.isNameWord(tokens[run[a - 1]!]!)) a--;
    let b = seg.j;
    for (;;) {
      while (b < run.length - 1 && this.isNameWord(tokens[run[b + 1]!]!)) b++;
      // A name goes on past a connector or a hyphen to a word no match explains: "Arc de
      // Triomphe" and "Champs-Élysées" are landmarks, not Arc and Champs. A known name
      // there ("Rio de Janeiro" whole, "Syrian-Turkish" part by part) is left to the matches.
      let c = b + 1;
      while (c < run.length && !this.isNameWord(tokens[run[c]!]!)) c++;
      if (c === b + 1 || c >= run.length || segments.some((s) => s.i === c && (s.matches[0]?.score ?? 0) >= SOLID_SCORE)) break;
      b = c;
    }
    if (a === seg.i && b === seg.j) return false;
    return !this.lookup(this.surface(run[a]!, run[b]!)).some((m) => m.score >= SOLID_SCORE);
  }

  /** "Syrians": a demonym whose singular ("Syrian") is a demonym of the same place. */
  private isPluralDemonym(surface: string, matches: readonly NameMatch[]): boolean {
    const ids = new Set(matches.filter(isDemonym).map((m) => m.entry.id));
    for (const p of this.pack.demonymPlurals) {
      if (surface.length <= p.length + 2 || !foldWord(surface).endsWith(p)) continue;
      const singular = surface.slice(0, -p.length);
      if (this.lookup(singular).some((m) => isDemonym(m) && ids.has(m.entry.id) && sameWord(m.matchedName, singular))) return true;
    }
    return false;
  }

  private isNameWord(t: Token): boolean {
    return t.word && t.cap && !this.isStop(t);
  }

  /** Keeps, doubts or drops one match of a run, by the capitalised words stuck to it. */
  private judge(
    run: number[],
    seg: { i: number; j: number; matches: NameMatch[] },
    segments: ReadonlyArray<{ i: number; j: number; matches: NameMatch[] }>,
  ): void {
    const { tokens, pack } = this;
    const { i } = seg;
    let { j } = seg;
    const t = tokens[run[i]!]!;
    const start = run[i]!;
    // A demonym matched loosely is a plural ("Mexicans" for "Mexican"): the people, not the place.
    const named = this.surface(start, run[j]!);
    const matches = seg.matches.filter((m) => !isDemonym(m) || sameWord(m.matchedName, named));
    if (matches.length === 0) return;
    // A kind noun that is part of the name goes with it, whatever follows ("Montgomery County Democrats").
    const head = run[j + 1];
    if (head === run[j]! + 1 && !matches.some(isDemonym) && tokens[head]!.cap && pack.nameHeads.has(tokens[head]!.key)) j++;
    const end = run[j]!;
    const surface = this.surface(start, end);
    const strong = isStrong(matches);
    const demonym = matches.some(isDemonym);
    let doubt = 0;
    // French capitalises the people ("les Syriens"), not the adjective; English capitalises
    // both, and a plural is the people ("the Syrians"): not places.
    if (demonym && (pack.pack.demonymCase === 'lower' || this.isPluralDemonym(surface, matches))) return;
    // "speaks French", "in Arabic": a language, not a place.
    if (demonym && start > 0 && tokens[start - 1]?.word && pack.languageCues.has(tokens[start - 1]!.key) && !tokens[end + 1]?.word) return;
    // Capitalised words written together that the gazetteer does not know as a whole are
    // one name, a person's or an organisation's ("Eric Anthony Miller", "Fox News"): a
    // small place's name inside it is a coincidence, a well-known place's may be meant.
    const prominent = isProminent(matches);
    if (!prominent && this.partOfLongerName(run, seg, segments)) return;
    // A word glued to a particle right after it ("Aïn el-Remmaneh", "Tell al-Zaatar") goes on
    // one Arabic name the gazetteer does not know whole: not the Ain of France, however prominent.
    const glued = tokens[run[j + 1]!];
    if (run[j + 1] === run[j]! + 1 && glued !== undefined && glued.word && glued.spaceBefore && glued.particleLed) return;
    // "the Alameda avenue", "the Dnipro river": a street or a feature named after the name,
    // not the town (a kind noun such as "region" says what the place is, and stays).
    const next = tokens[end + 1];
    if (
      !demonym &&
      next?.word &&
      !next.cap &&
      next.spaceBefore &&
      pack.trailingHeads.has(next.key) &&
      // "Entebbe airport": a facility named after a town the gazetteer knows is at that town.
      !(pack.townHeads.has(next.key) && matches.some((m) => m.score >= SOLID_SCORE && m.entry.kind === 'city')) &&
      !pack.kindCues.has(next.key) &&
      !pack.pluralKindCues.has(next.key) &&
      !pack.nameHeads.has(next.key)
    ) {
      return;
    }
    // A verb of saying after it: a person ("Holland recalled"), or a government speaking
    // ("Britain said"); not after a locative word ("who was from Dewsbury said") nor after
    // a noun saying what it is ("police in the nearby town of Honefoss said").
    if (next?.word && !next.cap && pack.speechVerbs.has(next.key) && !strong && !this.speaksForItself(start, end, matches)) {
      if (!locativeBefore(tokens, start, pack) && kindCueBefore(tokens, start, pack)?.role !== 'is') return;
    }
    // Capitalised words right after it (no connector between): a person ("Jordan Peterson")
    // when the last of them is also seen alone, an organisation when one is a stop word
    // ("Illinois Department"), else a doubt. An adjective is expected to have a noun after it.
    if (!demonym) {
      let k = j + 1;
      while (k < run.length && this.isLoose(run, k, segments)) k++;
      if (k > j + 1) {
        const last = tokens[run[k - 1]!]!;
        // "Illinois Department", "Fox News": an organisation named after a place, when its
        // place is prominent enough to be meant; a first name otherwise ("Victoria Rowell").
        const orgHead = k < run.length && this.isStop(tokens[run[k]!]!);
        if (!prominent && !orgHead && this.aloneCaps.has(last.key)) return;
        if (!prominent) doubt = 0.5;
      }
    }
    // Capitalised words right before it: most often a first name ("Chris Stapleton", "Percy French").
    if (i > 0 && this.isLoose(run, i - 1, segments)) {
      if (!strong) return;
      doubt = 0.5;
    }
    const single = start === end;
    if (single) {
      const letters = t.text.replace(/[^\p{L}]/gu, '');
      // Initials and short acronyms ("G.", "GE", "NATO") are places only when the gazetteer
      // knows them as acronyms ("UK", "UAE").
      if (letters.length < 2) return;
      // A dateline's town is no acronym, however short ("ROME —", "GOMA (Reuters) -", "KENT, Ohio —").
      if (t.allCaps && letters.length <= 4 && !matches.some((m) => isAcronymOf(m, letters)) && !this.opensDateline(t)) return;
      // A surname met with its first name elsewhere ("Bryant" after "Kobe Bryant").
      if (!strong && this.surnames.has(t.key)) return;
      // A titled person's surname outweighs a region's name ("Mara is expected to address the nation"), not a country's.
      if (this.titledSurnames.has(t.key) && !matches.some((m) => m.entry.kind === 'country')) return;
      // A given name is a person's more often than a place's ("Paul scored 27 points"), a
      // common word a title's or an organisation's ("Union government").
      if (pack.givenNames.has(t.key)) doubt = Math.max(doubt, GIVEN_NAME_DOUBT);
      if (pack.commonWords.has(t.key)) doubt = Math.max(doubt, COMMON_WORD_DOUBT);
      if (!t.allCaps && this.lowerWords.has(t.key)) {
        // A capitalised common word ("Police", "Mobile"): at a sentence start it says nothing.
        if (t.sentenceStart) return;
        doubt = Math.max(doubt, 0.5);
      } else if (t.sentenceStart && !t.allCaps) {
        doubt = Math.max(doubt, 0.15);
      }
    }
    this.push(start, end, matches, doubt);
  }

  /** Whether an all-capital word opens its line as a dateline does ("ROME —", "KENT, Ohio —"). */
  private opensDateline(t: Token): boolean {
    const lineStart = t.start === 0 || this.text[t.start - 1] === '\n';
    return lineStart && datelineTailAt(this.text, t.end);
  }

  /**
   * A large city named alone may speak as its government, club or institutions do ("Beijing
   * said", "Liverpool said"), unless its name is also a person's (a given name, a surname
   * met with a first name).
   */
  private speaksForItself(start: number, end: number, matches: readonly NameMatch[]): boolean {
    const m = matches[0];
    if (!m || m.score < CLOSE_SCORE || isDemonym(m) || m.entry.kind !== 'city') return false;
    if (m.entry.population < SPEAKING_CITY && m.entry.featureCode !== 'PPLC') return false;
    for (let k = start; k <= end; k++) {
      const t = this.tokens[k]!;
      if (t.word && (this.pack.givenNames.has(t.key) || this.surnames.has(t.key))) return false;
    }
    return true;
  }

  /** The longest gazetteer name starting at run position `i`: [last run position, matches]. */
  private longestMatch(run: number[], i: number): [number, NameMatch[]] | null {
    const { tokens, pack } = this;
    const t = tokens[run[i]!]!;
    // An article never opens a mention ("the Netherlands" → "Netherlands") unless only the
    // full form is a name ("The Hague", "Le Caire").
    if (pack.articles.has(t.key) && i + 1 < run.length) {
      const next = run.findIndex((k, p) => p > i && tokens[k]!.word && tokens[k]!.cap);
      const without = next === -1 ? null : this.longestMatch(run, next);
      if (without && without[1][0]!.score >= STOPWORD_START_SCORE) return null;
      const withArticle = this.scanFrom(run, i, STOPWORD_START_SCORE, 2);
      return withArticle ?? null;
    }
    const stop = this.isStop(t);
    return this.scanFrom(run, i, stop ? STOPWORD_START_SCORE : MIN_SCORE, stop ? 2 : 1);
  }

  private scanFrom(run: number[], i: number, minScore: number, minWords: number): [number, NameMatch[]] | null {
    const { tokens } = this;
    const maxJ = Math.min(run.length - 1, i + MAX_NAME_TOKENS * 2);
    for (let j = maxJ; j >= i; j--) {
      const last = tokens[run[j]!]!;
      if (!last.word || !last.cap) continue;
      const words = countWords(tokens, run, i, j);
      if (words > MAX_NAME_TOKENS || words < minWords) continue;
      const multi = j > i;
      // Words joined by a connector ("London and Harare") are one name only on a close match.
      const joined = run.slice(i, j + 1).some((k) => !tokens[k]!.cap);
      const floor = multi ? Math.max(minScore, joined ? SOLID_SCORE : MIN_MULTIWORD_SCORE) : minScore;
      const matches = this.lookup(this.surface(run[i]!, run[j]!)).filter((m) => m.score >= floor && !(multi && m.how === 'partial'));
      if (matches.length === 0) continue;
      // A loose match of several words does not swallow a well-known name among them ("Trend Iran" is not Adelaide).
      if (multi && (matches[0]?.score ?? 0) < SOLID_SCORE && this.holdsKnownName(run, i, j)) continue;
      return [j, matches];
    }
    return null;
  }

  /** Whether one capitalised word of run positions i..j is by itself a country, a first-level region or a large city. */
  private holdsKnownName(run: readonly number[], i: number, j: number): boolean {
    for (let p = i; p <= j; p++) {
      const t = this.tokens[run[p]!]!;
      if (!t.word || !t.cap || this.isStop(t)) continue;
      const own = this.lookup(t.text);
      if (own[0] && own[0].score >= CLOSE_SCORE && isProminent(own)) return true;
    }
    return false;
  }

  /** A leading place noun before token `first`, lower-case (French "rue", "place"), with its link word: its index. */
  private leadingHeadBefore(first: number): number | null {
    const { tokens, pack } = this;
    let k = first - 1;
    const link = tokens[k];
    // "rue de Rivoli" names a street; "a military camp in Marib" places a camp: a locative link names nothing.
    const locative = link?.word === true && pack.locativeCues.some((c) => c.length === 1 && c[0] === link.key);
    if (link?.word && !link.cap && !locative && pack.cueLinks.has(link.key) && link.spaceBefore) k--;
    const head = tokens[k];
    if (!head || !head.word || head.cap || !pack.leadingHeads.has(head.key)) return null;
    return k;
  }

  /**
   * Where a town the gazetteer knows ends a run after a link word, past a name of its own
   * (« Jemaa el-Fna de Marrakech »): the run position of the town's first word.
   */
  private townEnding(run: readonly number[]): number | null {
    const { tokens, pack } = this;
    const lastIdx = run[run.length - 1]!;
    for (let i = 2; i < run.length; i++) {
      const link = tokens[run[i - 1]!]!;
      if (!link.word || link.cap || !pack.cueLinks.has(link.key)) continue;
      if (!run.slice(0, i - 1).some((k) => tokens[k]!.word && tokens[k]!.cap)) continue;
      const rest = this.lookup(this.surface(run[i]!, lastIdx));
      if (rest.some((m) => m.score >= SOLID_SCORE && m.how === 'exact' && m.entry.kind === 'city')) return i;
    }
    return null;
  }

  /** "the port of Mokpo", « l'aéroport de Maribor »: a facility named after a town the gazetteer knows is at that town. */
  private namesItsTown(head: number, first: number, last: number): boolean {
    if (!this.pack.townHeads.has(this.tokens[head]!.key)) return false;
    return this.lookup(this.surface(first, last)).some((m) => m.score >= SOLID_SCORE && m.entry.kind === 'city');
  }

  private surface(startTok: number, endTok: number): string {
    return this.text.slice(this.tokens[startTok]!.start, this.tokens[endTok]!.end);
  }

  private push(startTok: number, endTok: number, matches: NameMatch[], doubt: number): PlaceDraft {
    const s = this.tokens[startTok]!;
    let e = this.tokens[endTok]!;
    // "St. George's", "St. John's": a name whose own spelling ends in what reads as a
    // possessive keeps it when the gazetteer knows it so ("Grenada's" stays Grenada).
    const clitic = this.tokens[endTok + 1];
    if (matches.length > 0 && clitic !== undefined && clitic.glued && /^['’]s$/u.test(clitic.text)) {
      const whole = this.lookup(this.text.slice(s.start, clitic.end)).filter((m) => m.how === 'exact' && m.score >= SOLID_SCORE);
      if (whole.length > 0) {
        matches = whole;
        e = clitic;
        endTok++;
      }
    }
    const d: PlaceDraft = {
      start: s.start,
      end: e.end,
      text: this.text.slice(s.start, e.end),
      matches,
      inner: false,
      cue: null,
      locative: false,
      townLocative: false,
      listed: false,
      demonym: matches.some((m) => isDemonym(m) && sameWord(m.matchedName, this.text.slice(s.start, e.end))),
      byHead: false,
      doubt,
      source: this.text,
      given: false,
      inTitle: this.inTitle,
      firstToken: startTok,
      lastToken: endTok,
      hostedBy: null,
      owner: false,
    };
    for (let k = startTok; k <= endTok; k++) this.used[k] = true;
    this.drafts.push(d);
    return d;
  }

  private pushHead(startTok: number, endTok: number): void {
    const d = this.push(startTok, endTok, [], 0);
    d.byHead = true;
  }

  /** National adjectives written in lower case ("l'armée syrienne"), outside the names found. */
  private lowerCaseDemonyms(): void {
    for (const { index, matches } of findLowerCaseDemonyms(this.tokens, this.used, this.lookup, this.pack)) {
      const d = this.push(index, index, matches, 0);
      d.demonym = true;
    }
  }
}

function countWords(tokens: readonly Token[], run: readonly number[], i: number, j: number): number {
  let n = 0;
  for (let p = i; p <= j; p++) if (tokens[run[p]!]!.word) n++;
  return n;
}

/** Drops the mentions that lie inside a person's name, when the entity layer found people. */
function dropPeople(drafts: PlaceDraft[], entities: readonly Entity[]): PlaceDraft[] {
  const spans = entities.filter((e) => e.kind === 'person').flatMap((e) => e.mentions);
  if (spans.length === 0) return drafts;
  return drafts.filter((d) => !spans.some((s) => s.start < d.end && d.start < s.end));
}
