/**
 * Event coding for one analysed article. Sentence by sentence, each trigger of the
 * language's event pack becomes a draft: its places (one event per place, as ACLED
 * codes), its sides, its date, its fatalities, its source and its flags. Then, within
 * the article, drafts of the same sub-type, place and day are merged, and a draft at a
 * place that contains the places of others ("Alep" over its districts) gives way to them.
 * Negated, hypothetical, future and background drafts are dropped unless asked for.
 */
import type { AnalyzedArticle } from '../analyze/analyze.js';
import { haversineKm } from '../analyze/places/haversineKm.js';
import type { Entity, Place, Span } from '../analyze/types.js';
import { attributionFor } from './attributionFor.js';
import { compileEventPack, type CompiledEventPack } from './compileEventPack.js';
import { countFatalities } from './countFatalities.js';
import { acledActor, actorMentions, type ActorMention } from './eventActors.js';
import { eventLocation } from './eventLocation.js';
import { eventDate, type EventDate } from './eventDate.js';
import { eventId } from './eventId.js';
import { eventNotes } from './eventNotes.js';
import { contextPlace, datelinePlaces, locatablePlaces, placeKey, placesForTrigger, TOWN_ANAPHOR_REACH } from './eventPlaces.js';
import { findTriggers, type TriggerHit } from './findTriggers.js';
import {
  ACLED_SUB_TYPES,
  APART_BY_LOOTERS,
  APART_BY_MEANS,
  APART_WHEN_NAMED,
  APART_WHEN_CALM,
  APART_WITH_CIVILIANS,
  ARMED_INTER,
  GIVES_WAY_IN_SENTENCE,
  GIVES_WAY_TO,
  NON_STATE_ARMED_INTER,
  REFINED_IN_CONTEXT,
} from './packs/acledTaxonomy.js';
import { eventPackFor, type ActorRole, type TriggerKind } from './packs/eventPack.js';
import { isCoarse } from './isCoarse.js';
import { readFlags } from './readFlags.js';
import { TERRITORY_SUB_TYPES } from './controlStatements.js';
import { sourceOf } from './sourceOf.js';
import type { EventActor, EventFlags, EventRecord, InterCode, SubEventType } from './types.js';

export interface CodeEventsOptions {
  /** Also return negated, hypothetical, future and background events, with their flags set (default false). */
  keepFlagged?: boolean;
}

/** Kept on drafts for merging; not part of the record. */
interface Draft {
  record: Omit<EventRecord, 'id' | 'notes'>;
  place: Place;
  hit: TriggerHit;
  /** Where its date came from: a date only bounded by the report may give way to a dated event of the days before. */
  dateFrom: EventDate['from'];
  /** The date was set back by the words before the trigger ("a day after …"): its sentence tells two days apart. */
  dateShifted: boolean;
  /** Located from the paragraph or the article rather than its sentence. */
  contextual: boolean;
  /** The sentence it was read in. */
  sentence: Span;
  /** Its trigger names the person it befell ("arrested General Zúñiga", "Banda was arrested"), not a speaker. */
  named: boolean;
}

/**
 * Single incidents that a definite noun ("l'enlèvement", "the bombing") only points back at,
 * even with a place beside it: where it was claimed or condemned. Protests, battles and
 * changes of hands are told town by town ("À Toulouse, le cortège…").
 */
const RETOLD_BY_NOUN: ReadonlySet<TriggerKind> = new Set<TriggerKind>([
  'attack',
  'Attack',
  'Abduction/forced disappearance',
  'Suicide bomb',
  'Remote explosive/landmine/IED',
]);

/** Sub-types whose deaths "the massacre", « la tuerie » may point back at. */
const KILLINGS_OF_PEOPLE: ReadonlySet<SubEventType> = new Set<SubEventType>(['Attack', 'Excessive force against protesters']);

/** How far before a trigger noun its determiner ("the", « l' », "an") is looked for. */
const DETERMINER_REACH = 16;

/** An opening quotation mark right before a trigger word. */
const QUOTED_BEFORE = /(?:[«“]|(?:^|\s)")\s*$/u;

/** A protest told this many sentences around gunfire on "the crowd" is that crowd's. */
const CROWD_REACH = 2;
const PROTEST_KINDS: ReadonlySet<TriggerKind> = new Set<TriggerKind>([
  'Peaceful protest',
  'Protest with intervention',
  'Excessive force against protesters',
]);

const BASE_CONFIDENCE = 0.8;
/**
 * An event dated this many days or more before the publication day is recalled, not
 * reported: an older date in the sentence ("en avril 2014", "in June 2014", "depuis fin
 * avril") marks background.
 */
const RECALLED_AFTER_DAYS = 7;
/**
 * Past the lead paragraph, the bar is lower: a story's lead may report an event of a few
 * days before as its news, but later paragraphs that date an event three days or more
 * back ("jeudi" in a Sunday dispatch, "last week") recall what led up to it. On the
 * development set this scores best (F1 0.652 against 0.640 with 7 days throughout; 2 days
 * loses real events of the day before yesterday).
 */
const RECALLED_IN_BODY_AFTER_DAYS = 3;
const FLAGGED_FACTOR = 0.3;
/** How close a district must be to a city to count as inside it when its parent is not named. */
const CITY_RADIUS_KM = 15;
/**
 * An event dated only by its report ("said on Sunday") or by the publication day may be
 * an event of up to this many days before, told again in other words.
 */
const REPORT_LAG_DAYS = 2;

export function codeEvents(article: AnalyzedArticle, options: CodeEventsOptions = {}): EventRecord[] {
  const { analysis, text } = article;
  const pack = eventPackFor(analysis.language.code) ?? eventPackFor(article.language);
  if (pack === undefined || text.length === 0) return [];
  const compiled = compileEventPack(pack);
  const articleId = article.url ?? article.source;
  // A place naming someone ("Liverpool forward", "l'ambassadeur de Russie") does not locate anything.
  const locatable = locatablePlaces(analysis.places, analysis.entities, compiled.facilityHead, compiled.locativeInName);
  const modifiers = modifierPlaces(text, locatable, compiled);
  // Only a place that can locate makes another its landmark: "près de Seraing" after a route's
  // ends (« la voie ferrée de Liège à Namur », modifiers) is where it happened.
  const anchors = locatable.filter((p) => !modifiers.has(p));
  const places = anchors.filter((p) => !isLandmark(text, p, anchors, compiled));
  const fine = places.filter((p) => !isCoarse(p));
  // A dateline's place is the event's only when the text offers no other (datelinePlaces()).
  const dateline = datelinePlaces(text, places);
  const inText = places.filter((p) => !dateline.has(p));
  const fineInText = fine.filter((p) => !dateline.has(p));
  const story = { dateline: [...dateline], named: places, title: article.title };
  const fromContext = (at: number, from: readonly Place[], fallback: readonly Place[]): Place | null =>
    contextPlace(text, at, from, story) ?? contextPlace(text, at, fallback);
  const actors = actorMentions(analysis.entities, analysis.places);
  const people = analysis.entities.filter((e) => e.kind === 'person');
  const drafts: Draft[] = [];
  const pendingTerritory: { hit: TriggerHit; build: (winner: ActorPick | null, loser: ActorPick | null) => void }[] = [];

  // The lead paragraph: the text up to its first blank line.
  const blank = text.indexOf('\n\n');
  const leadEnd = blank === -1 ? text.length : blank;
  // A word whose rule wants an armed side in its sentence, or a place right after it, is no trigger without them.
  const hitsBySentence = findTriggers(
    text,
    analysis.sentences,
    compiled,
    (hit, sentence) =>
      (!hit.rule.needsArmed || compiled.armedSide.test(text.slice(sentence.start, sentence.end))) &&
      (!hit.rule.placeNext || places.some((p) => namedNext(text, hit, p, compiled))) &&
      // "had seized Ocalan in Nairobi": a person taken is no ground taken.
      (hit.rule.kind !== 'territory' || hit.rule.places !== 'after' || !namesPersonNext(text, hit.end, people)),
  );
  const looting = compiled.triggers.filter((t) => t.rule.kind === 'Looting/property destruction');
  const loots = (sentenceText: string): boolean =>
    looting.some((t) => {
      t.re.lastIndex = 0;
      return t.re.test(sentenceText);
    });
  const protestNear = (index: number): boolean =>
    hitsBySentence
      .slice(Math.max(0, index - CROWD_REACH), index + CROWD_REACH + 1)
      .some((hits) => hits.some((h) => PROTEST_KINDS.has(h.rule.kind)));
  for (const [index, sentence] of analysis.sentences.entries()) {
    const hits = hitsBySentence[index]!;
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const hit of hits) {
      const others = hits.filter((h) => h !== hit);
      let located = placesForTrigger(text, sentence, hit, hit.rule.places, inText, compiled, others);
      let contextual = false;
      // A country or a continent named in the sentence is more often a side ("soutenus par
      // le Rwanda") or a speaker ("Russia's ambassador") than where it happened: the finest
      // place the text gives, in the sentence or before it, is the event's.
      if (located.length > 0 && located.every(isCoarse)) {
        // "In Ethiopia, a grenade was thrown at a rally … in Addis Ababa": a town of the
        // country that opens the sentence, named further on, is where it happened.
        const countries = new Set(located.map((p) => p.country));
        const opening = located.every((p) => p.mention.end <= hit.start);
        const within = fineInText.find(
          (p) =>
            opening &&
            p.mention.start >= hit.end &&
            p.mention.end <= sentence.end &&
            countries.has(p.country) &&
            // Another event's word between claims the town, unless it is the rally aimed at.
            !others.some((o) => o.start >= hit.end && o.end <= p.mention.start && !PROTEST_KINDS.has(o.rule.kind)),
        );
        const finer = within ?? fromContext(hit.start, fineInText, fine);
        if (finer !== null) {
          located = [finer];
          contextual = true;
        }
      } else located = located.filter((p) => !isCoarse(p));
      // A change of hands needs its place named with it; other events may take the paragraph's.
      // A town named far from the trigger in its sentence is as often where a deal was signed
      // as where it applies: the paragraph's or the story's place is safer.
      // Unless it points back at the story's town ("retook the Old City", « repris la ville »).
      if (
        located.length === 0 &&
        (hit.rule.kind !== 'territory' || compiled.townAnaphor.test(text.slice(hit.end, hit.end + TOWN_ANAPHOR_REACH)))
      ) {
        const p = fromContext(hit.start, inText, places);
        // What "the town" points back at is a town, not the country the story was last placed in.
        if (p !== null && (hit.rule.kind !== 'territory' || p.kind === 'city' || p.kind === 'district')) located = [p];
        contextual = true;
      }
      // A province named to place a town ("à Saqqez, …, dans la province du Kurdistan") gives
      // way to the town named with it in the sentence: ACLED locates at the finest place.
      // So does a city-sized country to its town named in the sentence or the dateline
      // ("SAO TOMÉ — … à São Tomé-et-Príncipe").
      located = located.map((p) => {
        if (p.kind === 'country' && !isCoarse(p)) {
          const town = fine.find(
            (q) =>
              (q.kind === 'city' || q.kind === 'district') &&
              q.country === p.country &&
              ((q.mention.start >= sentence.start && q.mention.end <= sentence.end) || dateline.has(q)),
          );
          return town ?? p;
        }
        if (p.kind !== 'admin') return p;
        const inner = fine.filter(
          (q) => q.mention.start >= sentence.start && q.mention.end <= sentence.end && !dateline.has(q) && contains(p, q),
        );
        // One town named twice ("ROTHERHAM, England — … near Rotherham") is still one town.
        if (inner.length > 0) return inner.every((q) => placeKey(q) === placeKey(inner[0]!)) ? inner[inner.length - 1]! : p;
        // No town in the sentence: the one town of the region the article names elsewhere is where it happened.
        const elsewhere = fine.filter((q) => q.kind === 'city' && !dateline.has(q) && contains(p, q));
        if (elsewhere.length > 0) return elsewhere.every((q) => placeKey(q) === placeKey(elsewhere[0]!)) ? elsewhere[0]! : p;
        // None but the dateline's: the reporter files from the region's town nearest the event
        // ("LAHAD DATU, Malaysia — … a coastal village in Sabah state").
        const filedFrom = [...dateline].filter((q) => q.kind === 'city' && contains(p, q));
        return filedFrom.length === 1 ? filedFrom[0]! : p;
      });
      located = [...new Set(located)];
      // A building or a street named with its town ("the Saudi hospital in El Fasher") is located at the town, as ACLED locates.
      // So is a sea or a landmark listed with towns ("À Batoumi, sur la mer Noire, et à Koutaïssi").
      located = located.filter((p) => p.kind !== 'other' || !located.some((q) => q.kind !== 'other'));
      if (located.length === 0) continue;
      // "The kidnapping", "l'attaque" point back at an event already told, wherever they are
      // said to be claimed or condemned (« a revendiqué l'enlèvement », "at the agency in Rome").
      // "A suicide car bomber killed 40 police in Pulwama, in an attack claimed by…": the
      // attack named by a noun after the bombing in its own sentence is that bombing.
      const determinerZone = text.slice(Math.max(sentence.start, hit.start - DETERMINER_REACH), hit.start);
      if (
        kindFamily(hit.rule.kind) === 'Attack' &&
        (compiled.definiteBefore.test(determinerZone) || compiled.indefiniteBefore.test(determinerZone)) &&
        drafts.some(
          (d) =>
            d.sentence.start === sentence.start && d.hit.end <= hit.start && (GIVES_WAY_TO.Attack ?? []).includes(d.record.subEventType),
        )
      ) {
        continue;
      }
      if (
        (contextual || RETOLD_BY_NOUN.has(hit.rule.kind)) &&
        // « parle d'un « massacre » »: a word in quotes is someone's name for what was told.
        (compiled.definiteBefore.test(determinerZone) ||
          QUOTED_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 4), hit.start))) &&
        // "The attack" or "the massacre" points back at an attack told by a verb ("were killed in the attack on the camp") too.
        // So does "a massacre" after the deaths of a crowd fired on were told (excessive force).
        drafts.some(
          (d) =>
            d.hit.start < hit.start &&
            (kindFamily(d.hit.rule.kind) === kindFamily(hit.rule.kind) ||
              (kindFamily(hit.rule.kind) === 'Attack' && KILLINGS_OF_PEOPLE.has(d.record.subEventType))),
        )
      ) {
        continue;
      }
      const date = eventDate(text, sentence, hit, analysis.times, article.publishedAt, compiled.dateRules);
      const flagsRead = readFlags(text, sentence, hit, compiled, analysis.times, article.publishedAt);
      const recalledAfter = sentence.start < leadEnd ? RECALLED_AFTER_DAYS : RECALLED_IN_BODY_AFTER_DAYS;
      const baseFlags = { ...flagsRead, background: flagsRead.background || isLongBefore(date, article.publishedAt, recalledAfter) };
      const fatalities = countFatalities(text, sentence, compiled);
      const attributedTo = attributionFor(hit, analysis.quotes, analysis.entities);
      const sides = sidesAround(text, hit, sentence, actors, compiled);
      for (const place of located) {
        const make = (subType: SubEventType, actor1: EventActor | null, actor2: EventActor | null, inferred: boolean): void => {
          // One community against another demonstrates for nothing: ACLED's mob violence.
          if (subType === 'Violent demonstration' && compiled.communalViolence.test(sentenceText)) subType = 'Mob violence';
          const info = ACLED_SUB_TYPES[subType];
          const country = place.country;
          // A rule with a coding of its own (a coup told as "Other") tells of something else than the sub-type's usual event.
          const own = subType === hit.rule.kind ? hit.rule.plover : undefined;
          if (own === undefined) {
            actor1 ??= info.impliedActor1 !== undefined ? acledActor(info.impliedActor1, country) : null;
            actor2 ??= info.impliedActor2 !== undefined && actor1?.inter !== 7 ? acledActor(info.impliedActor2, country) : null;
          }
          const flags: EventFlags = {
            ...baseFlags,
            reportedClaim: baseFlags.reportedClaim || attributedTo !== null,
            fatalitiesEstimated: fatalities.estimated,
          };
          const flagged = flags.negated || flags.hypothetical || flags.future || flags.background;
          let confidence = BASE_CONFIDENCE - (contextual ? 0.2 : 0) - (inferred ? 0.1 : 0) - (date.from === 'published' ? 0.05 : 0);
          if (flagged) confidence *= FLAGGED_FACTOR;
          drafts.push({
            place,
            hit,
            dateFrom: date.from,
            dateShifted: date.shifted === true,
            contextual,
            sentence,
            named: namesWhoIsTaken(text, hit, sentence, people),
            record: {
              date: date.date,
              datePrecision: date.precision,
              ...typeFields(subType),
              ...(own === undefined ? {} : { plover: { ...own } }),
              actor1,
              actor2,
              location: eventLocation(place, contextual),
              fatalities: fatalities.count,
              sources: [sourceOf(article)],
              reports: 1,
              attributedTo,
              evidence: [{ articleId, start: sentence.start, end: sentence.end, text: sentenceText }],
              confidence: Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100,
              flags,
            },
          });
        };
        const kind = hit.rule.kind;
        if (kind === 'territory' && compiled.firedOnProtest.test(sentenceText)) {
          // Troops storming a building through the crowd gathered to guard it, firing into
          // it: ACLED codes the force used on the crowd, not a change of hands.
          const taker = sides.winner ?? sides.actor1;
          make('Excessive force against protesters', taker ? acledActor(taker.key, place.country, taker.from) : null, null, false);
        } else if (kind === 'territory') {
          const peaceful = compiled.withoutFight.test(sentenceText);
          const build = (winner: ActorPick | null, loser: ActorPick | null): void => {
            const w = winner ? acledActor(winner.key, place.country, winner.from) : null;
            const l = loser ? acledActor(loser.key, place.country, loser.from) : null;
            const inferred = (winner?.inferred ?? true) || (loser?.inferred ?? true);
            if (w === null && l === null) return;
            // ACLED's non-violent transfer: actor1 is the side that gains the place, when the text names it.
            if (w === null || peaceful) make('Non-violent transfer of territory', w, l, inferred);
            // ACLED's overtaking is also a foreign state's (inter 8): "U.S. Marines took control of central Baghdad".
            // A foreign force taking a place back from rebels the sentence names fights for the
            // government there (British troops reoccupying Aden's Crater district from nationalist gunmen).
            else {
              const forGovernment =
                w.inter === 1 || (w.inter === 8 && l !== null && loser?.inferred === false && NON_STATE_ARMED_INTER.has(l.inter));
              make(forGovernment ? 'Government regains territory' : 'Non-state actor overtakes territory', w, l, inferred);
            }
          };
          if (sides.winner === null && sides.loser === null) pendingTerritory.push({ hit, build });
          else build(...completeSides(sides.winner, sides.loser, actors));
        } else if (kind === 'attack') {
          const a1 = sides.actor1 ? acledActor(sides.actor1.key, place.country, sides.actor1.from) : null;
          const a2 = sides.actor2 ? acledActor(sides.actor2.key, place.country, sides.actor2.from) : null;
          // Armed on both sides, or fired back at: a battle.
          const clash =
            (a1 !== null && a2 !== null && ARMED_INTER.has(a1.inter) && ARMED_INTER.has(a2.inter)) ||
            (a1 !== null && ARMED_INTER.has(a1.inter) && compiled.returnedFire.test(sentenceText));
          // Fire opened on a march: the marchers are its target, whatever side they are said to take.
          // So is fire opened on "the crowd" of a march or a rally told around it.
          if (compiled.firedOnProtest.test(sentenceText) || (compiled.firedOnCrowd.test(sentenceText) && protestNear(index))) {
            const armed = firstArmed(a1, a2);
            make('Excessive force against protesters', armed, null, false);
          } else {
            // Armed men attacking a garrison or a police post fight its force: a battle, not an attack on civilians.
            const post =
              !clash && a2 === null && (a1 === null || ARMED_INTER.has(a1.inter))
                ? compiled.armedTargets.exec(text.slice(hit.end, sentence.end))
                : null;
            const guard = post === null ? null : acledActor(post.groups?.police !== undefined ? 'police' : 'army', place.country);
            make(clash || guard !== null ? 'Armed clash' : 'Attack', a1, a2 ?? guard, false);
          }
        } else {
          const a1 = sides.actor1 ? acledActor(sides.actor1.key, place.country, sides.actor1.from) : null;
          const a2 = sides.actor2 ? acledActor(sides.actor2.key, place.country, sides.actor2.from) : null;
          if (kind === 'Armed clash') {
            // A battle is fought by armed sides; "the offensive began" with none named codes nothing.
            const armed = [a1, a2].filter((a): a is EventActor => a !== null && ARMED_INTER.has(a.inter));
            // Police against unarmed people ("des heurts entre jeunes et forces de l'ordre") is a riot, not a battle.
            // Police taking a place after hours of fighting ("ont pris … après plusieurs heures de combats") fought a battle.
            const capture = others.some((h) => h.rule.kind === 'territory');
            if (armed.length === 1 && armed[0]!.key === 'police' && !capture && !compiled.armedSide.test(sentenceText)) {
              make('Violent demonstration', [a1, a2].find((a) => a !== null && a !== armed[0]) ?? null, armed[0]!, true);
            } else if (armed.length > 0) make(kind, armed[0]!, armed[1] ?? null, false);
            // Groups that are no armed side fighting with machetes and clubs: mob violence, not a battle.
            else if (compiled.meleeWeapons.test(sentenceText)) make('Mob violence', a1, a2, true);
            // A gun battle, or fighting between men the text says are armed without naming
            // them ("violent fighting between armed supporters of…"): unidentified armed groups.
            else if (compiled.returnedFire.test(text.slice(hit.start, hit.end)) || compiled.armedSide.test(sentenceText))
              make('Armed clash', acledActor('militias', place.country), null, true);
            // « Des combats ont également opposé les deux camps à Bossangoa »: the sides of the last battle told.
            else if (compiled.bothSides.test(sentenceText)) {
              const last = drafts.findLast((d) => d.record.subEventType === 'Armed clash' && d.record.actor1 !== null);
              if (last !== undefined) make(kind, last.record.actor1, last.record.actor2, false);
            }
          } else if (kind === 'Peaceful protest') {
            const protest = protestKind(sentenceText, compiled);
            // ACLED puts the forces that fired first and the protesters second.
            const armed = firstArmed(a1, a2);
            if (protest === 'Excessive force against protesters') make(protest, armed, [a1, a2].find((a) => a !== armed) ?? null, false);
            else make(protest, a1, a2, false);
          } else if (
            kind === 'Violent demonstration' &&
            (((a1 === null || (a1.key !== 'police' && ARMED_INTER.has(a1.inter))) &&
              compiled.armedSide.test(sentenceText) &&
              loots(sentenceText)) ||
              compiled.looters.test(text.slice(sentence.start, hit.end)))
          ) {
            // Soldiers or gunmen who loot and burn do not riot: they destroy property. Nor
            // do looters and bands named as such before the verb (« des pillards ont saccagé »).
            make('Looting/property destruction', a1, a2, false);
          } else make(kind, a1, a2, false);
        }
      }
    }
  }
  // A change of hands that names neither side ("la chute de Cheikh Saïd") takes the sides of the article's others.
  const usual = usualTerritorySides(drafts);
  if (usual !== null) for (const p of pendingTerritory) p.build(usual.winner, usual.loser);

  const typed = asSuicideBombings(drafts);
  // Two words for one event in a sentence ("government artillery shelled Ariha"): the one
  // located only by its paragraph adds nothing to the one whose place the sentence names.
  // Nor does a lead that sums up the day in a region ("DENPASAR — … attacked restaurants
  // in Bali"), placed by the dateline or another sentence, add to the events the body
  // places in the region's towns that day.
  const placedElsewhere = (d: Draft): boolean =>
    dateline.has(d.place) || d.place.mention.start < d.sentence.start || d.place.mention.end > d.sentence.end;
  const told = typed.filter(
    (d) =>
      !d.contextual ||
      !typed.some(
        (o) =>
          !o.contextual &&
          o.record.subEventType === d.record.subEventType &&
          (o.sentence === d.sentence ||
            (placedElsewhere(d) && !isFlagged(o.record.flags) && o.record.date === d.record.date && sameRegion(o.place, d.place))),
      ),
  );
  const kept = told.filter((d) => options.keepFlagged || !isFlagged(d.record.flags));
  // Every sentence a merged draft was told in: "claimed both attacks" joins "was shot dead".
  const toldIn = (d: Draft): string => d.record.evidence.map((e) => e.text).join('\n');
  const apart = (d: Draft): SubEventType[] => [
    ...(compiled.civilianVictims.test(toldIn(d)) ? (APART_WITH_CIVILIANS[d.record.subEventType] ?? []) : []),
    ...(compiled.directMeans.test(toldIn(d)) ? (APART_BY_MEANS[d.record.subEventType] ?? []) : []),
    ...(compiled.calmProtest.test(toldIn(d)) ? (APART_WHEN_CALM[d.record.subEventType] ?? []) : []),
    ...(compiled.looters.test(toldIn(d)) ? (APART_BY_LOOTERS[d.record.subEventType] ?? []) : []),
    ...(d.named || compiled.arrestRaids.test(toldIn(d)) ? (APART_WHEN_NAMED[d.record.subEventType] ?? []) : []),
  ];
  return giveWay(subsume(merge(kept)), apart).map((d) => {
    const first = d.record.evidence[0]!;
    return {
      id: eventId({
        subType: d.record.subEventType,
        place: placeKey(d.place),
        date: d.record.date,
        articleId,
        start: first.start,
        end: first.end,
      }),
      ...d.record,
      notes: eventNotes(d.record),
    };
  });
}

interface ActorPick {
  key: string;
  from?: ActorMention;
  inferred: boolean;
}

/** The nearest actor before and after the trigger in its sentence, in the roles the rule gives them. */
function sidesAround(
  text: string,
  hit: TriggerHit,
  sentence: Span,
  actors: readonly ActorMention[],
  compiled: CompiledEventPack,
): Record<ActorRole, ActorPick | null> {
  const inSentence = actors.filter((a) => a.mention.start >= sentence.start && a.mention.end <= sentence.end);
  // A mention inside the trigger ("les déplacés") is its subject; else the nearest before it,
  // or, when it is joined to an earlier one ("Syrian troops and allied militias"), the first.
  let before =
    inSentence.find((a) => a.mention.start >= hit.start && a.mention.end <= hit.end) ??
    [...inSentence].reverse().find((a) => a.mention.end <= hit.start);
  for (;;) {
    const lead = before && [...inSentence].reverse().find((a) => a.mention.end <= before!.mention.start);
    if (!lead) break;
    const between = text.slice(lead.mention.end, before!.mention.start);
    // "Hezbollah fighters", « combattants du Hezbollah »: one side named in two mentions,
    // joined by nothing or by a short link word.
    const sameSide = lead.key === before!.key && /^[\s\p{Ll}']{0,8}$/u.test(between);
    if (!sameSide && !compiled.sideJoiners.test(between)) break;
    before = lead;
  }
  // The same kind of side is another side when its nationality differs ("Somali soldiers opened fire on French troops").
  const after = inSentence.find(
    (a) =>
      a.mention.start >= hit.end &&
      (a.key !== before?.key || (a.country !== null && before.country !== null && a.country !== before.country)),
  );
  const sides: Record<ActorRole, ActorPick | null> = { actor1: null, actor2: null, winner: null, loser: null };
  const beforeRole = hit.rule.before ?? 'actor1';
  const afterRole = hit.rule.after ?? 'actor2';
  if (before && beforeRole !== 'none') sides[beforeRole] = { key: before.key, from: before, inferred: false };
  // Only armed sides take or lose ground: in "had pulled out of Mariupol to spare civilians"
  // the civilians are not the ones who took the town.
  const holds = afterRole !== 'winner' && afterRole !== 'loser';
  if (after && afterRole !== 'none' && (holds || isArmed(acledActor(after.key, null)?.inter)))
    sides[afterRole] ??= { key: after.key, from: after, inferred: false };
  return sides;
}

function isArmed(inter: InterCode | undefined): boolean {
  return inter !== undefined && ARMED_INTER.has(inter);
}

/** The side a text leaves out is the article's main opponent of the side it names: state forces against non-state ones. */
function completeSides(
  winner: ActorPick | null,
  loser: ActorPick | null,
  actors: readonly ActorMention[],
): [ActorPick | null, ActorPick | null] {
  const opponent = (of: ActorPick): ActorPick | null => {
    const state = acledActor(of.key, null)?.inter === 1;
    const counts = new Map<string, { n: number; from: ActorMention }>();
    for (const a of actors) {
      const actor = acledActor(a.key, null);
      if (actor === null || a.key === of.key || !ARMED_INTER.has(actor.inter) || (actor.inter === 1) === state) continue;
      const c = counts.get(a.key) ?? { n: 0, from: a };
      c.n++;
      counts.set(a.key, c);
    }
    let best: [string, { n: number; from: ActorMention }] | null = null;
    for (const entry of counts) if (best === null || entry[1].n > best[1].n) best = entry;
    return best === null ? null : { key: best[0], from: best[1].from, inferred: true };
  };
  if (winner === null && loser !== null) return [opponent(loser), loser];
  if (loser === null && winner !== null) return [winner, opponent(winner)];
  return [winner, loser];
}

function usualTerritorySides(drafts: readonly Draft[]): { winner: ActorPick; loser: ActorPick | null } | null {
  const counts = new Map<string, { n: number; winner: ActorPick; loser: ActorPick | null }>();
  for (const d of drafts) {
    const { actor1, actor2, subEventType } = d.record;
    if (subEventType !== 'Government regains territory' && subEventType !== 'Non-state actor overtakes territory') continue;
    if (actor1?.key == null) continue;
    const k = `${actor1.key}|${actor2?.key ?? ''}`;
    const c = counts.get(k) ?? {
      n: 0,
      winner: { key: actor1.key, inferred: true },
      loser: actor2?.key ? { key: actor2.key, inferred: true } : null,
    };
    c.n++;
    counts.set(k, c);
  }
  let best: { n: number; winner: ActorPick; loser: ActorPick | null } | null = null;
  for (const c of counts.values()) if (best === null || c.n > best.n) best = c;
  return best;
}

/** How far after its verb the person arrested is named ("arrested Dr. Hastings Banda"), and how far before it the subject of a passive. */
const TAKEN_REACH = 30;

/** Whether the trigger names the person it befell: right after it, or as the subject of its passive ("Zúñiga was arrested"). */
function namesWhoIsTaken(text: string, hit: Span, sentence: Span, people: readonly Entity[]): boolean {
  return people.some((e) =>
    e.mentions.some(
      (m) =>
        m.start >= sentence.start &&
        m.end <= sentence.end &&
        ((m.start >= hit.end && m.start - hit.end <= TAKEN_REACH) ||
          (m.end <= hit.start && hit.start - m.end <= TAKEN_REACH && !/[,;:]/u.test(text.slice(m.end, hit.start)))),
    ),
  );
}

/** Whether a person's name, or the surname of one the article names, opens the text at `at` ("seized Ocalan in Nairobi"). */
function namesPersonNext(text: string, at: number, people: readonly Entity[]): boolean {
  const word = /^\s+(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(at, at + 60));
  if (word === null) return false;
  const start = at + word[0].length - word[1]!.length;
  return people.some((e) => e.mentions.some((m) => m.start === start) || e.name.split(/\s+/u).at(-1) === word[1]);
}

/** A place named right next to a trigger, on the side its rule reads places from: "took Herat", "Herat fell". */
function namedNext(text: string, hit: TriggerHit, p: Place, compiled: CompiledEventPack): boolean {
  if (hit.rule.places === 'before') return p.mention.end <= hit.start && /^\s*$/u.test(text.slice(p.mention.end, hit.start));
  return p.mention.start >= hit.end && compiled.beforeNamedPlace.test(text.slice(hit.end, p.mention.start));
}

/**
 * The places named as modifiers (isModifier), and the places listed after one ("en
 * direction de Homs et de Salamiyeh", "the ambassadors of France and Germany"): a list
 * goes where its first member goes.
 */
function modifierPlaces(text: string, places: readonly Place[], compiled: CompiledEventPack): Set<Place> {
  const out = new Set<Place>();
  let previous: Place | undefined;
  for (const p of places) {
    if (isModifier(text, p, compiled)) out.add(p);
    else if (previous !== undefined && out.has(previous) && compiled.listJoin.test(text.slice(previous.mention.end, p.mention.start)))
      out.add(p);
    previous = p;
  }
  return out;
}

function isModifier(text: string, p: Place, compiled: CompiledEventPack): boolean {
  const lead = text.slice(Math.max(0, p.mention.start - 40), p.mention.start);
  // Long enough for an apposition before the verb: « Moscou, principal allié de Damas, a affirmé ».
  const tail = text.slice(p.mention.end, p.mention.end + 72);
  return compiled.placeModifierBefore.test(lead) || compiled.placeModifierAfter.test(tail);
}

/** A place named to situate the one before it ("the town of Huwara, near Nablus"). */
function isLandmark(text: string, p: Place, places: readonly Place[], compiled: CompiledEventPack): boolean {
  return places.some((q) => q.mention.end <= p.mention.start && compiled.nearPlace.test(text.slice(q.mention.end, p.mention.start)));
}

/** The first of two sides that is an armed actor (state forces, rebels, militias), or null. */
function firstArmed(a1: EventActor | null, a2: EventActor | null): EventActor | null {
  return [a1, a2].find((a) => a !== null && ARMED_INTER.has(a.inter)) ?? null;
}

/**
 * A protest turns into a riot when its protesters burn or loot; it meets excessive force
 * when forces fire on it; it is one with intervention when forces disperse it.
 */
function protestKind(slice: string, compiled: CompiledEventPack): SubEventType {
  if (compiled.protestViolence.test(slice)) return 'Violent demonstration';
  if (compiled.protestLethalForce.test(slice)) return 'Excessive force against protesters';
  return compiled.protestIntervention.test(slice) ? 'Protest with intervention' : 'Peaceful protest';
}

function isFlagged(f: EventFlags): boolean {
  return f.negated || f.hypothetical || f.future || f.background;
}

/** Drafts of the same sub-type, place, day and first actor are one event with all their evidence. */
function merge(drafts: readonly Draft[]): Draft[] {
  const byKey = new Map<string, Draft>();
  // Drafts naming no first actor join the one that names it ("Those detained included…" after "Police arrested…").
  const sorted = [...drafts].sort((a, b) => Number(a.record.actor1 === null) - Number(b.record.actor1 === null));
  for (const d of sorted) {
    const r = d.record;
    const base = [r.subEventType, placeKey(d.place), r.date].join('|');
    let key = `${base}|${r.actor1?.name ?? ''}`;
    if (r.actor1 === null) key = [...byKey.keys()].find((k) => k.startsWith(`${base}|`)) ?? key;
    // Dated only by the report or the publication ("The first bomber blew himself up…"), it
    // retells the same event dated a day or two before at the same place, whichever of the
    // two is read first (« a revendiqué samedi l'enlèvement » before « Vendredi matin, … »).
    if (!byKey.has(key)) {
      const earlier = [...byKey.entries()].find(
        ([, o]) =>
          o.record.subEventType === r.subEventType &&
          placeKey(o.place) === placeKey(d.place) &&
          (sameDay(d, o) || sameDay(o, d) || sameCapture(d, o)),
      );
      if (earlier !== undefined) key = earlier[0];
    }
    const into = byKey.get(key);
    if (into === undefined) {
      byKey.set(key, { ...d, record: { ...r, evidence: [...r.evidence] } });
      continue;
    }
    const m = into.record;
    for (const e of r.evidence) if (!m.evidence.some((x) => x.start === e.start && x.end === e.end)) m.evidence.push(e);
    // Told twice under dates a day or two apart (a capture "overnight" and "on Thursday
    // evening", an event and its retelling dated by the report), it happened on the earlier day.
    if (r.date !== null && m.date !== null && r.date < m.date) {
      m.date = r.date;
      m.datePrecision = r.datePrecision;
    }
    m.attributedTo ??= r.attributedTo;
    m.actor2 ??= r.actor2;
    if (r.fatalities !== null && (m.fatalities === null || r.fatalities < m.fatalities)) {
      m.fatalities = r.fatalities;
      m.flags = { ...m.flags, fatalitiesEstimated: r.flags.fatalitiesEstimated };
    }
    m.confidence = Math.max(m.confidence, r.confidence);
  }
  // Back in text order, as drafts came.
  return [...byKey.values()].sort((a, b) => a.hit.start - b.hit.start);
}

/**
 * A draft gives way to a more precise sub-type at the same place on the same day
 * (GIVES_WAY_TO), unless, told in a sentence of its own, it stands apart from it
 * (`standsApart`: civilian victims or direct means named); its evidence goes with it.
 */
function giveWay(drafts: readonly Draft[], standsApart: (d: Draft) => readonly SubEventType[]): Draft[] {
  const out: Draft[] = [];
  const winnerOf = (d: Draft, pool: readonly Draft[]): Draft | undefined => {
    const over = GIVES_WAY_TO[d.record.subEventType] ?? [];
    const inSentence = GIVES_WAY_IN_SENTENCE[d.record.subEventType] ?? [];
    const apart = standsApart(d);
    return pool.find(
      (o) =>
        o !== d &&
        ((over.includes(o.record.subEventType) && !(apart.includes(o.record.subEventType) && o.sentence !== d.sentence)) ||
          (inSentence.includes(o.record.subEventType) && o.sentence === d.sentence)) &&
        // Told in one sentence, a day's gap is the sentence's dates, not two days' events;
        // unless the sentence sets one a day before the other ("arrested on Saturday, a day after the riot").
        (sameDay(d, o) || (o.sentence === d.sentence && daysApart(d, o) <= 1 && !d.dateShifted && !o.dateShifted)) &&
        // At the same place, or inside it: "fighting in Shan state" gives way to "captured Lashio".
        (placeKey(o.place) === placeKey(d.place) || contains(d.place, o.place)) &&
        // An event placed only by its paragraph takes in few of those whose sentence names their place (REFINED_IN_CONTEXT).
        (!o.contextual || d.contextual || o.sentence === d.sentence || REFINED_IN_CONTEXT.includes(d.record.subEventType)) &&
        !isFlagged(o.record.flags),
    );
  };
  // A draft dated only by its report that retells an event of the day before is that
  // event: it wins over nothing of its report's day ("officers fired tear gas", told
  // after Monday's riot, must not take in Tuesday's peaceful march).
  const first = new Map(drafts.map((d) => [d, winnerOf(d, drafts)]));
  const retold = new Set(drafts.filter((d) => first.get(d) !== undefined && first.get(d)!.record.date !== d.record.date));
  const pool = drafts.filter((d) => !retold.has(d));
  for (const d of drafts) {
    const winner = retold.has(d) ? first.get(d) : winnerOf(d, pool);
    if (winner === undefined) out.push(d);
    else for (const e of d.record.evidence) if (!winner.record.evidence.some((x) => x.start === e.start)) winner.record.evidence.push(e);
  }
  for (const d of out) d.record.evidence.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Whether `d` may be the same event as `o` by date: the same day, or, when `d` is dated
 * only by its report, the publication or a date its sentence does not print ("Some 300
 * people were arrested", told after the riot), a day of `o` up to REPORT_LAG_DAYS before.
 */
function sameDay(d: Draft, o: Draft): boolean {
  if (d.record.date === o.record.date) return true;
  if (d.record.date === null || o.record.date === null) return false;
  if (d.dateFrom !== 'reported' && d.dateFrom !== 'published' && d.dateFrom !== 'context') return false;
  const lag = (Date.parse(d.record.date) - Date.parse(o.record.date)) / 86_400_000;
  return lag >= 0 && lag <= REPORT_LAG_DAYS;
}

/** Two places in one first-level region of one country. */
function sameRegion(a: Place, b: Place): boolean {
  return a.country !== null && a.country === b.country && a.admin1 !== null && a.admin1 === b.admin1;
}

/** The ACLED fields a sub-type sets: its event type, disorder type and PLOVER coding. */
function typeFields(subType: SubEventType): Pick<EventRecord, 'eventType' | 'subEventType' | 'disorderType' | 'plover'> {
  const info = ACLED_SUB_TYPES[subType];
  return { eventType: info.eventType, subEventType: subType, disorderType: info.disorderType, plover: { ...info.plover } };
}

/**
 * "Three suicide bombers attacked restaurants…", then "The first bomb went off in Raja's":
 * a blast the text does not date itself, told after a suicide bombing of its day, is one of
 * that attack's bombs, and ACLED codes each site of a suicide attack as a suicide bomb.
 */
function asSuicideBombings(drafts: readonly Draft[]): Draft[] {
  const suicides = drafts.filter((d) => d.record.subEventType === 'Suicide bomb' && !isFlagged(d.record.flags));
  // "Gandhi was killed on Tuesday when a bomb exploded …", then, undated, "a young woman set
  // off explosives strapped to her body": the later sentence says how the bomb told first
  // went off. That bomb was a suicide bombing, at its own place and date.
  const explains = new Map<Draft, Draft>();
  for (const s of suicides) {
    if (s.dateFrom === 'sentence') continue;
    const bomb = drafts.find(
      (o) =>
        o.record.subEventType === 'Remote explosive/landmine/IED' &&
        o.dateFrom === 'sentence' &&
        !isFlagged(o.record.flags) &&
        o.hit.start < s.hit.start &&
        o.place.country === s.place.country &&
        sameDay(s, o),
    );
    if (bomb !== undefined && ![...explains.values()].includes(bomb)) explains.set(s, bomb);
  }
  const explained = new Set(explains.values());
  const retyped = drafts.flatMap((d): Draft[] => {
    if (explains.has(d)) return [];
    if (!explained.has(d)) return [d];
    const told = [...explains].filter(([, bomb]) => bomb === d).flatMap(([s]) => s.record.evidence);
    return [{ ...d, record: { ...d.record, ...typeFields('Suicide bomb'), evidence: [...d.record.evidence, ...told] } }];
  });
  return retyped.map((d) => {
    if (d.record.subEventType !== 'Remote explosive/landmine/IED' || d.dateFrom === 'sentence' || isFlagged(d.record.flags)) return d;
    const attack = suicides.find((o) => o.hit.start < d.hit.start && o.place.country === d.place.country && sameDay(d, o));
    if (attack === undefined) return d;
    return {
      ...d,
      dateFrom: attack.dateFrom,
      dateShifted: attack.dateShifted,
      record: { ...d.record, ...typeFields('Suicide bomb'), date: attack.record.date, datePrecision: attack.record.datePrecision },
    };
  });
}

/** A place changes hands once: the same side taking it a day apart is one capture told twice. */
function sameCapture(d: Draft, o: Draft): boolean {
  if (!TERRITORY_SUB_TYPES.includes(d.record.subEventType)) return false;
  // "the insurgents" and "the Taliban" taking one town are one side, by ACLED's inter code.
  if (d.record.actor1?.inter !== o.record.actor1?.inter) return false;
  return daysApart(d, o) <= 1;
}

function daysApart(d: Draft, o: Draft): number {
  if (d.record.date === null || o.record.date === null) return Infinity;
  return Math.abs(Date.parse(d.record.date) - Date.parse(o.record.date)) / 86_400_000;
}

/** A draft at a place that holds the places of same-day drafts of its sub-type adds nothing to them. */
function subsume(drafts: readonly Draft[]): Draft[] {
  return drafts.filter(
    (outer) =>
      !drafts.some(
        (inner) =>
          inner !== outer &&
          !isFlagged(inner.record.flags) &&
          inner.record.subEventType === outer.record.subEventType &&
          inner.record.date === outer.record.date &&
          contains(outer.place, inner.place),
      ),
  );
}

const RANK: Record<Place['kind'], number> = { country: 0, region: 1, admin: 2, city: 3, district: 4, other: 5 };

function contains(outer: Place, inner: Place): boolean {
  if (RANK[outer.kind] >= RANK[inner.kind] || outer.country === null || outer.country !== inner.country) return false;
  if (outer.kind === 'country') return true;
  if (outer.kind === 'admin' || outer.kind === 'region') return outer.admin1 !== null && outer.admin1 === inner.admin1;
  if (inner.parent !== null && inner.parent === outer.name) return true;
  // A square or a district placed in another town ("Kuta Square") is not in this one, however near.
  if (outer.kind === 'city' && (inner.kind === 'other' || inner.kind === 'district') && inner.parent !== null) return false;
  return haversineKm(outer.lat!, outer.lon!, inner.lat!, inner.lon!) <= CITY_RADIUS_KM;
}

/** True when the event's period ended `days` or more before publication. */
function isLongBefore(date: EventDate, published: string | null, days: number): boolean {
  if (date.date === null || date.from === 'published' || published === null) return false;
  const start = Date.parse(`${date.date}T00:00:00Z`);
  const end =
    date.precision === 3
      ? // A month ("in early September") is taken at its middle, as a week is.
        start + 14 * 86_400_000
      : // A week ("a week ago", "last week") is taken at its middle: its last day would make last week's events news.
        start + (date.precision === 2 ? 3 : 0) * 86_400_000;
  const pub = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(end) && Number.isFinite(pub) && pub - end >= days * 86_400_000;
}

/** A trigger's kind, with the generic attack (its sub-type read from its sides) counted as an attack. */
function kindFamily(kind: TriggerKind): TriggerKind {
  return kind === 'attack' ? 'Attack' : kind;
}
