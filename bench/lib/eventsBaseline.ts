/**
 * The events benchmark's peer: a naive keyword coder in the manner of GDELT-style
 * dictionary coding, deliberately simple and meant as a floor, not a rival. It reuses
 * nothing from src/events: only the sentences and places of the same `analyzeArticle`
 * result Vigie is given.
 *
 * - Every sentence that contains a trigger of a sub-type (the short hand lists below, one
 *   per language; a trigger matches at the start of a word, so "bombard" finds
 *   "bombarded") yields one event of that sub-type, whatever the grammar, negation, tense
 *   or speaker.
 * - Place: the first resolved place mentioned in that sentence, else the first resolved
 *   place of the article (a district named the ACLED way, "Aleppo - Sukkari").
 * - Date: the publication date. Fatalities: never given (null).
 * - Evidence: the sentence.
 */
import type { AnalyzedArticle } from '../../src/analyze/analyze.js';
import type { ScoredEvent } from './eventScore.js';

/** ACLED's event type of each sub-type (the taxonomy, written out again here on purpose). */
export const ACLED_EVENT_TYPE: Readonly<Record<string, string>> = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Non-state actor overtakes territory': 'Battles',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Air/drone strike': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  Grenade: 'Explosions/Remote violence',
  Attack: 'Violence against civilians',
  'Abduction/forced disappearance': 'Violence against civilians',
  'Sexual violence': 'Violence against civilians',
  'Peaceful protest': 'Protests',
  'Protest with intervention': 'Protests',
  'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots',
  'Mob violence': 'Riots',
  Agreement: 'Strategic developments',
  Arrests: 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  Other: 'Strategic developments',
};

/** Trigger words per sub-type, per language: word starts, case-insensitive. */
export const KEYWORDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  en: {
    'Armed clash': ['clash', 'fighting', 'fought', 'firefight', 'gunfight', 'battle'],
    'Government regains territory': ['recaptur', 'retook', 'retake', 'regain'],
    'Non-state actor overtakes territory': ['seized', 'captured', 'overran', 'took control'],
    'Shelling/artillery/missile attack': ['shell', 'artillery', 'mortar', 'rocket', 'missile'],
    'Air/drone strike': ['airstrike', 'air strike', 'air raid', 'drone', 'warplane', 'bombed'],
    'Suicide bomb': ['suicide bomb', 'suicide attack'],
    'Remote explosive/landmine/IED': ['roadside bomb', 'car bomb', 'landmine', 'explosive device', 'IED'],
    Attack: ['attacked', 'gunmen', 'shot dead', 'massacre'],
    'Abduction/forced disappearance': ['abduct', 'kidnap'],
    'Peaceful protest': ['protest', 'demonstrat', 'rally', 'marched'],
    'Violent demonstration': ['riot'],
    Arrests: ['arrest', 'detained'],
    Agreement: ['ceasefire', 'truce', 'agreement'],
  },
  fr: {
    'Armed clash': ['combats', 'affrontement', 'accrochage', 'se sont affronté'],
    'Government regains territory': ['repris', 'reprise', 'reconqu'],
    'Non-state actor overtakes territory': ['emparé', "s'emparer", 'pris le contrôle'],
    'Shelling/artillery/missile attack': ['obus', 'artillerie', 'roquette', 'missile', 'mortier', 'pilonn'],
    'Air/drone strike': ['frappe aérienne', 'frappes aériennes', 'raid aérien', 'raids aériens', 'drone', 'bombardement aérien'],
    'Suicide bomb': ['kamikaze', 'attentat-suicide', 'attentat suicide'],
    'Remote explosive/landmine/IED': ['engin explosif', 'voiture piégée', 'mine antipersonnel', 'bombe artisanale'],
    Attack: ['attaqué', 'tué par balle', 'tués par balle', 'massacre', 'assassin'],
    'Abduction/forced disappearance': ['enlevé', 'enlèvement', 'kidnapp', 'otage'],
    'Peaceful protest': ['manifest', 'rassemblement'],
    'Violent demonstration': ['émeute', 'émeutier'],
    Arrests: ['arrêté', 'interpellé', 'arrestation', 'interpellation'],
    Agreement: ['cessez-le-feu', 'trêve', 'accord'],
  },
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression per sub-type and language, compiled once. */
const COMPILED = new Map<string, Array<{ subType: string; re: RegExp }>>(
  Object.entries(KEYWORDS).map(([lang, table]) => [
    lang,
    Object.entries(table).map(([subType, words]) => ({
      subType,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})`, 'iu'),
    })),
  ]),
);

/** ACLED's way of naming a district: "Aleppo - Sukkari". */
function acledName(p: { name: string; kind: string; parent: string | null }): string {
  return p.kind === 'district' && p.parent !== null ? `${p.parent} - ${p.name}` : p.name;
}

/** The keyword peer's events for one analysed article. */
export function keywordEvents(article: AnalyzedArticle): ScoredEvent[] {
  const { analysis, text } = article;
  const rules = COMPILED.get(analysis.language.code ?? '') ?? COMPILED.get(article.language ?? '') ?? COMPILED.get('en')!;
  const places = analysis.places
    .filter((p): p is typeof p & { lat: number; lon: number } => p.resolved && p.lat !== null && p.lon !== null)
    .sort((a, b) => a.mention.start - b.mention.start);
  const first = places[0];
  if (first === undefined) return [];
  const date = article.publishedAt?.slice(0, 10) ?? null;
  const out: ScoredEvent[] = [];
  for (const s of analysis.sentences) {
    const sentence = text.slice(s.start, s.end);
    const hits = rules.filter((r) => r.re.test(sentence));
    if (hits.length === 0) continue;
    const place = places.find((p) => p.mention.start >= s.start && p.mention.end <= s.end) ?? first;
    for (const { subType } of hits) {
      out.push({
        subEventType: subType,
        eventType: ACLED_EVENT_TYPE[subType] ?? 'Strategic developments',
        date,
        location: { name: acledName(place), lat: place.lat, lon: place.lon },
        fatalities: null,
        evidence: [{ start: s.start, end: s.end, text: sentence }],
      });
    }
  }
  return out;
}
