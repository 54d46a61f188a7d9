/**
 * Control statements: "il ne reste plus aux insurgés que deux importants quartiers,
 * Soukkari et al-Machad", "rebels now hold only X and Y". Each gives who holds which
 * places, as of the date the sentence speaks of, according to the quote's speaker.
 */
import type { AnalyzedArticle } from '../analyze/analyze.js';
import { attributionFor } from './attributionFor.js';
import { compileEventPack } from './compileEventPack.js';
import { acledActor, actorMentions } from './eventActors.js';
import { eventDate } from './eventDate.js';
import { eventLocation } from './eventLocation.js';
import { locatablePlaces, placesForTrigger } from './eventPlaces.js';
import { eventPackFor } from './packs/eventPack.js';
import { sourceOf } from './sourceOf.js';
import type { ControlClaim } from './types.js';

export function findControlClaims(article: AnalyzedArticle): ControlClaim[] {
  const { analysis, text } = article;
  const pack = eventPackFor(analysis.language.code) ?? eventPackFor(article.language);
  if (pack === undefined) return [];
  const compiled = compileEventPack(pack);
  const places = locatablePlaces(analysis.places, analysis.entities);
  const actors = actorMentions(analysis.entities, analysis.places);
  const articleId = article.url ?? article.source;
  const claims: ControlClaim[] = [];
  for (const sentence of analysis.sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    for (const { rule, re } of compiled.control) {
      re.lastIndex = 0;
      for (const m of slice.matchAll(re)) {
        const hit = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        const held = placesForTrigger(text, sentence, hit, rule.places, places, compiled, []);
        if (held.length === 0) continue;
        const inSentence = actors.filter((a) => a.mention.start >= sentence.start && a.mention.end <= sentence.end);
        // The holder is named inside the phrase ("aux insurgés"), else on the side away from the places.
        const holder =
          inSentence.find((a) => a.mention.start >= hit.start && a.mention.end <= hit.end) ??
          (rule.places === 'after'
            ? [...inSentence].reverse().find((a) => a.mention.end <= hit.start)
            : inSentence.find((a) => a.mention.start >= hit.end));
        if (holder === undefined) continue;
        const country = held[0]!.country;
        const actor = acledActor(holder.key, country, holder);
        if (actor === null) continue;
        const date = eventDate(text, sentence, hit, analysis.times, article.publishedAt);
        claims.push({
          asOf: date.date,
          holder: actor.name,
          places: held.map((p) => eventLocation(p, false)),
          attributedTo: attributionFor(hit, analysis.quotes, analysis.entities),
          sources: [sourceOf(article)],
          evidence: [{ articleId, start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) }],
        });
      }
    }
  }
  return claims;
}
