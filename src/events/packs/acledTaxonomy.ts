/**
 * ACLED's sub-event types with their event type and disorder type, and the PLOVER event
 * and mode each maps to. Language-independent: every pack's triggers point here.
 */
import type { DisorderType, EventType, InterCode, SubEventType } from '../types.js';

export interface SubTypeInfo {
  eventType: EventType;
  disorderType: DisorderType;
  plover: { event: string; mode: string | null };
  /**
   * The side ACLED names when the text names none ("protesters" for a protest,
   * "civilians" for a displacement), as an actor key of ACLED_ACTORS.
   */
  impliedActor1?: string;
  impliedActor2?: string;
}

export const ACLED_SUB_TYPES: Readonly<Record<SubEventType, SubTypeInfo>> = {
  'Armed clash': { eventType: 'Battles', disorderType: 'Political violence', plover: { event: 'ASSAULT', mode: 'firearms' } },
  'Government regains territory': { eventType: 'Battles', disorderType: 'Political violence', plover: { event: 'COERCE', mode: 'seize' } },
  'Non-state actor overtakes territory': {
    eventType: 'Battles',
    disorderType: 'Political violence',
    plover: { event: 'COERCE', mode: 'seize' },
  },
  'Shelling/artillery/missile attack': {
    eventType: 'Explosions/Remote violence',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'explosives' },
  },
  'Air/drone strike': {
    eventType: 'Explosions/Remote violence',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'aerial' },
  },
  'Suicide bomb': {
    eventType: 'Explosions/Remote violence',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'explosives' },
  },
  'Remote explosive/landmine/IED': {
    eventType: 'Explosions/Remote violence',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'explosives' },
  },
  // PLOVER puts chemical, biological, radiological and nuclear means under one ASSAULT mode.
  'Chemical weapon': {
    eventType: 'Explosions/Remote violence',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'CBRN' },
  },
  Grenade: {
    eventType: 'Explosions/Remote violence',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'explosives' },
  },
  Attack: {
    eventType: 'Violence against civilians',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'firearms' },
    impliedActor2: 'civilians',
  },
  'Abduction/forced disappearance': {
    eventType: 'Violence against civilians',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'abduct' },
    impliedActor2: 'civilians',
  },
  'Sexual violence': {
    eventType: 'Violence against civilians',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'sexual' },
    impliedActor2: 'civilians',
  },
  'Peaceful protest': {
    eventType: 'Protests',
    disorderType: 'Demonstrations',
    plover: { event: 'PROTEST', mode: 'demo' },
    impliedActor1: 'protesters',
  },
  'Protest with intervention': {
    eventType: 'Protests',
    disorderType: 'Demonstrations',
    plover: { event: 'PROTEST', mode: 'demo' },
    impliedActor1: 'protesters',
  },
  // The forces that fired are actor1, the protesters actor2 (ACLED's order for this sub-type).
  'Excessive force against protesters': {
    eventType: 'Protests',
    disorderType: 'Demonstrations',
    plover: { event: 'ASSAULT', mode: 'firearms' },
    impliedActor2: 'protesters',
  },
  'Violent demonstration': {
    eventType: 'Riots',
    disorderType: 'Demonstrations',
    plover: { event: 'PROTEST', mode: 'riot' },
    impliedActor1: 'rioters',
  },
  'Mob violence': {
    eventType: 'Riots',
    disorderType: 'Political violence',
    plover: { event: 'ASSAULT', mode: 'primitive' },
    impliedActor1: 'rioters',
  },
  Agreement: { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: { event: 'AGREE', mode: null } },
  Arrests: { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: { event: 'COERCE', mode: 'arrest' } },
  'Non-violent transfer of territory': {
    eventType: 'Strategic developments',
    disorderType: 'Strategic developments',
    plover: { event: 'RETREAT', mode: 'withdraw' },
  },
  // Property seized or destroyed by an armed or state side outside any fight or riot.
  'Looting/property destruction': {
    eventType: 'Strategic developments',
    disorderType: 'Strategic developments',
    plover: { event: 'COERCE', mode: 'destroy' },
  },
  // A bomb defused, a missile intercepted, an arms cache seized: a weapon kept from its use.
  'Disrupted weapons use': {
    eventType: 'Strategic developments',
    disorderType: 'Strategic developments',
    plover: { event: 'COERCE', mode: 'seize' },
  },
  // An armed group laying down or handing over its arms, or dissolving itself: what Vigie's
  // triggers find of ACLED's changes to a group, which also cover renamings and mergers.
  'Change to group/activity': {
    eventType: 'Strategic developments',
    disorderType: 'Strategic developments',
    plover: { event: 'RETREAT', mode: 'disarm' },
  },
  // A base, a headquarters or a command post set up by an armed side, without a fight.
  'Headquarters or base established': {
    eventType: 'Strategic developments',
    disorderType: 'Strategic developments',
    plover: { event: 'MOBILIZE', mode: 'troops' },
  },
  Other: {
    eventType: 'Strategic developments',
    disorderType: 'Strategic developments',
    plover: { event: 'RETREAT', mode: 'flee' },
    impliedActor1: 'civilians',
  },
};

/** Inter codes of armed actors: a side with one of these can fight a battle. */
export const ARMED_INTER: ReadonlySet<InterCode> = new Set<InterCode>([1, 2, 3, 4, 8]);

/** Inter codes of non-state armed sides: rebels, political and identity militias. */
export const NON_STATE_ARMED_INTER: ReadonlySet<InterCode> = new Set<InterCode>([2, 3, 4]);

/**
 * Like GIVES_WAY_TO, but only for an event told in the same sentence: people fleeing "as
 * the bombs went off" flee that bombing, while an evacuation told apart from the air
 * strikes of the day is an event of its own.
 */
export const GIVES_WAY_IN_SENTENCE: Readonly<Partial<Record<SubEventType, readonly SubEventType[]>>> = {
  // "A car bomb was found … and disabled before it could go off": the bomb named is the one kept from going off.
  'Remote explosive/landmine/IED': ['Disrupted weapons use'],
  // People detained at a march are its intervention; detained the same day elsewhere in the story, they are an arrest of their own.
  Arrests: ['Peaceful protest'],
  // A rally a grenade was thrown at, or an explosion tore through, is the attack's scene, not a protest of its own.
  'Peaceful protest': ['Grenade', 'Remote explosive/landmine/IED', 'Suicide bomb'],
  // A town bombed or shelled "with chemical weapons" is ACLED's chemical weapon, whatever delivered it;
  // a strike told in another sentence is one of its own.
  'Air/drone strike': ['Chemical weapon'],
  'Shelling/artillery/missile attack': ['Chemical weapon'],
  // Guards exchanging fire with the gunmen as they took pupils are part of the abduction; a battle told apart is one of its own.
  'Armed clash': ['Abduction/forced disappearance'],
  Other: [
    'Suicide bomb',
    'Remote explosive/landmine/IED',
    'Air/drone strike',
    'Shelling/artillery/missile attack',
    'Attack',
    'Mob violence',
  ],
};

/**
 * Within one article, at one place on one day, the sub-type on the left gives way to any
 * on its right: they tell one event, and the right one tells it more precisely (a
 * school attacked to abduct its pupils is an abduction; a car bomb driven by a suicide
 * bomber is a suicide bombing; arrests during a protest belong to the protest, as
 * ACLED codes them; the battle for a town that changes hands is that change).
 */
export const GIVES_WAY_TO: Readonly<Partial<Record<SubEventType, readonly SubEventType[]>>> = {
  Attack: [
    'Suicide bomb',
    'Remote explosive/landmine/IED',
    'Abduction/forced disappearance',
    'Armed clash',
    'Shelling/artillery/missile attack',
    'Air/drone strike',
    'Mob violence',
    // Marchers shot dead are the excessive force against their march.
    'Excessive force against protesters',
    // People attacked in the streets by rioters are the riot's victims.
    'Violent demonstration',
    // "The attack" on the subway is the nerve gas released there, the one on the meeting the grenades thrown into it.
    'Chemical weapon',
    'Grenade',
  ],
  // ACLED codes looting and destruction apart only when no violence of the day takes them in:
  // houses torched in a raid belong to the raid, shops looted in a riot to the riot.
  'Looting/property destruction': [
    'Attack',
    'Armed clash',
    'Government regains territory',
    'Non-state actor overtakes territory',
    'Shelling/artillery/missile attack',
    'Air/drone strike',
    'Suicide bomb',
    'Remote explosive/landmine/IED',
    'Abduction/forced disappearance',
    'Excessive force against protesters',
    'Violent demonstration',
    'Mob violence',
  ],
  // "Two explosions" told of the grenades thrown are those grenades.
  'Remote explosive/landmine/IED': ['Suicide bomb', 'Grenade'],
  // A grenade thrown at the guards before the truck bomb went off is part of the suicide bombing.
  Grenade: ['Suicide bomb'],
  'Peaceful protest': ['Protest with intervention', 'Excessive force against protesters', 'Violent demonstration', 'Mob violence'],
  // Protesters who turn violent make a violent demonstration, dispersed or not.
  'Protest with intervention': ['Excessive force against protesters', 'Violent demonstration', 'Mob violence'],
  Arrests: ['Protest with intervention', 'Excessive force against protesters', 'Violent demonstration', 'Mob violence'],
  'Violent demonstration': ['Mob violence'],
  // The battle for a town that changes hands that day is that change.
  'Armed clash': ['Government regains territory', 'Non-state actor overtakes territory'],
  // An evacuation agreed in a deal is the agreement; people fleeing a bombing or an attack are part of it.
  // Soldiers evacuated as a town falls are part of its fall.
  Other: ['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory', 'Agreement'],
};

/**
 * Which sub-types, when their sentence names their place, still give way to an event the
 * article places only by its paragraph. A march "in Algiers" is the one that "police
 * fired tear gas" on in the next sentence; but an arrest "in Islamabad", people
 * "evacuated from Jermuk" or a riot "in Juliaca" are not taken in by a protest, a
 * ceasefire or a mob that the text does not place.
 */
export const REFINED_IN_CONTEXT: readonly SubEventType[] = ['Peaceful protest'];

/**
 * Exceptions to GIVES_WAY_TO: a draft told in a sentence of its own that names civilians
 * as its victims stays an event beside these sub-types. Attackers who "also opened fire
 * on a displacement site, killing dozens of civilians" after their assault on a base
 * commit an attack on civilians, whatever the air force did to them as they withdrew;
 * "its supporters had been attacked" retells the clash.
 */
export const APART_WITH_CIVILIANS: Readonly<Partial<Record<SubEventType, readonly SubEventType[]>>> = {
  // Named civilians set an attack apart from everything it would otherwise give way to.
  Attack: GIVES_WAY_TO.Attack ?? [],
  // Residents who fled the town as it fell are displaced, an event of their own (as in the
  // seed's gold); soldiers evacuated as it falls are part of the fall.
  Other: ['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'],
};

/**
 * Exceptions to GIVES_WAY_TO: a protest told in a sentence of its own as calm ("marched
 * peacefully", « dans le calme », a vigil) stays a peaceful protest beside the riot, the
 * dispersal or the shooting told elsewhere that day at that place.
 */
export const APART_WHEN_CALM: Readonly<Partial<Record<SubEventType, readonly SubEventType[]>>> = {
  'Peaceful protest': GIVES_WAY_TO['Peaceful protest'] ?? [],
};

/**
 * Exceptions to GIVES_WAY_TO: looting told in a sentence of its own by the looters named
 * as such ("looters emptied shops", « des bandes ont dévalisé les magasins ») stays
 * looting beside the riot, the raid or the strike told elsewhere that day at that place:
 * they loot, they neither protest nor fight.
 */
export const APART_BY_LOOTERS: Readonly<Partial<Record<SubEventType, readonly SubEventType[]>>> = {
  'Looting/property destruction': GIVES_WAY_TO['Looting/property destruction'] ?? [],
};

/**
 * Exceptions to GIVES_WAY_TO: an arrest told in a sentence of its own that names who was
 * arrested ("police arrested General Zúñiga"), or that was made in raids or at home, is
 * an arrest of its own, not the intervention against the day's protest or riot.
 */
export const APART_WHEN_NAMED: Readonly<Partial<Record<SubEventType, readonly SubEventType[]>>> = {
  Arrests: GIVES_WAY_TO.Arrests ?? [],
};

/**
 * Exceptions to GIVES_WAY_TO: a draft told in a sentence of its own that names its
 * means, gunfire or blades, stays an event beside these sub-types: a lawyer "shot dead
 * by two gunmen" in the morning is not the suicide bombing at the hospital that
 * afternoon.
 */
export const APART_BY_MEANS: Readonly<Partial<Record<SubEventType, readonly SubEventType[]>>> = {
  // A youth shot dead by a policeman is not the riot his death set off.
  Attack: [
    'Suicide bomb',
    'Remote explosive/landmine/IED',
    'Shelling/artillery/missile attack',
    'Air/drone strike',
    'Violent demonstration',
  ],
};
