/**
 * Event coding on short invented dispatches, French and English, several conflicts:
 * each sub-type the packs cover, fatalities by ACLED's rule, and the traps (negation,
 * future, hypothesis) that must give no event.
 *
 * Run alone: node --import tsx --test test/events/codeEvents.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeEvents, toAcledCsv, ACLED_COLUMNS, toGeoJson } from '../../src/events/index.js';
import { ACLED_ACTORS } from '../../src/events/packs/acledActors.js';
import { enActors } from '../../src/analyze/packs/en/actors.js';
import { frActors } from '../../src/analyze/packs/fr/actors.js';
import type { EventRecord } from '../../src/events/types.js';
import { compileEventPack } from '../../src/events/compileEventPack.js';
import { placesForTrigger } from '../../src/events/eventPlaces.js';
import { findTriggers } from '../../src/events/findTriggers.js';
import { eventPackFor } from '../../src/events/packs/eventPack.js';
import { analysed } from './helpers.js';

async function coded(text: string, language: 'fr' | 'en', keepFlagged = false): Promise<EventRecord[]> {
  return codeEvents(await analysed(text, language), { keepFlagged });
}

describe('events in invented dispatches', () => {
  test('an air strike with "at least 12 killed" (Syria)', async () => {
    const [e, ...rest] = await coded(
      'At least 12 people were killed in an airstrike on Idlib on Sunday, the Syrian Observatory for Human Rights said.',
      'en',
    );
    assert.equal(rest.length, 0);
    assert.equal(e!.subEventType, 'Air/drone strike');
    assert.equal(e!.eventType, 'Explosions/Remote violence');
    assert.equal(e!.fatalities, 12);
    assert.equal(e!.date, '2024-03-10');
    assert.equal(e!.location.name, 'Idlib');
    assert.equal(e!.location.country, 'SY');
    assert.deepEqual(e!.plover, { event: 'ASSAULT', mode: 'aerial' });
  });

  test('a government recapture (Iraq, French)', async () => {
    const [e] = await coded("L'armée irakienne a repris le contrôle de la ville de Ramadi, a annoncé le ministère de la Défense.", 'fr');
    assert.equal(e!.subEventType, 'Government regains territory');
    assert.equal(e!.actor1?.name, 'Military Forces of Iraq');
    assert.equal(e!.actor1?.inter, 1);
    assert.equal(e!.location.country, 'IQ');
  });

  test('a rebel capture (non-state actor overtakes territory)', async () => {
    const events = await coded('Rebels captured the town of Goma on Saturday after heavy fighting with government troops.', 'en');
    const e = events.find((x) => x.subEventType === 'Non-state actor overtakes territory');
    assert.ok(e);
    assert.equal(e.actor1?.inter, 2);
    assert.equal(e.actor2?.inter, 1);
    assert.equal(e.date, '2024-03-09');
  });

  test('a suicide bombing, "au moins 20 morts" (Afghanistan, French)', async () => {
    const [e] = await coded('Un attentat-suicide a fait au moins 20 morts mardi à Kaboul.', 'fr');
    assert.equal(e!.subEventType, 'Suicide bomb');
    assert.equal(e!.fatalities, 20);
    assert.equal(e!.location.country, 'AF');
  });

  test('vague tolls are mapped and flagged: "des dizaines" (ACLED codes 12)', async () => {
    const [e] = await coded("Des dizaines de personnes ont été tuées dans des bombardements sur Alep, selon l'OSDH.", 'fr');
    assert.equal(e!.subEventType, 'Shelling/artillery/missile attack');
    assert.equal(e!.fatalities, 12);
    assert.equal(e!.flags.fatalitiesEstimated, true);
    assert.equal(e!.attributedTo, 'OSDH');
  });

  test('an abduction (Sahel, French)', async () => {
    const [e] = await coded('Des jihadistes ont enlevé trois humanitaires lundi près de Gao, selon des sources locales.', 'fr');
    assert.equal(e!.subEventType, 'Abduction/forced disappearance');
    assert.equal(e!.eventType, 'Violence against civilians');
    assert.equal(e!.location.country, 'ML');
    assert.equal(e!.fatalities, null);
  });

  test('a protest is coded with protesters as actor1 (Mali)', async () => {
    const [e] = await coded('Thousands of protesters marched in Bamako on Friday against the junta.', 'en');
    assert.equal(e!.eventType, 'Protests');
    assert.equal(e!.actor1?.name, 'Protesters (Mali)');
    assert.equal(e!.actor1?.inter, 6);
    assert.equal(e!.disorderType, 'Demonstrations');
  });

  test('mob violence: a crowd lynching a suspect, in English and French', async () => {
    const [en] = await coded('A suspected thief was lynched by residents in Kano on Sunday, police said.', 'en');
    assert.equal(en!.subEventType, 'Mob violence');
    assert.equal(en!.eventType, 'Riots');
    assert.equal(en!.actor1?.inter, 5);
    assert.equal(en!.location.country, 'NG');
    const [fr] = await coded('Une foule en colère a lynché deux hommes accusés de vol samedi à Goma, selon la police.', 'fr');
    assert.equal(fr!.subEventType, 'Mob violence');
    assert.equal(fr!.location.country, 'CD');
    const [passive] = await coded('Trois voleurs présumés ont été battus à mort dimanche soir par une foule à Bukavu.', 'fr');
    assert.equal(passive!.subEventType, 'Mob violence');
  });

  test('an event dated weeks before publication is background, not news', async () => {
    const text = 'Les jihadistes avaient pris Tombouctou en avril 2012. Mardi, l’armée a repris Tombouctou.';
    const events = await coded(text, 'fr', false);
    assert.deepEqual(
      events.map((e) => [e.subEventType, e.date]),
      [['Government regains territory', '2024-03-12']],
    );
  });

  test('a country named as a side does not locate the event; the town does', async () => {
    const [e, ...rest] = await coded('Rebels backed by Rwanda clashed with the army on Monday near Goma.', 'en');
    assert.equal(rest.length, 0);
    assert.equal(e!.location.name, 'Goma');
  });

  test('a school attacked and its pupils abducted is one abduction, not an attack besides', async () => {
    const events = await coded('Gunmen attacked a school in Kankara on Monday and abducted dozens of pupils, police said.', 'en');
    assert.deepEqual(
      events.map((e) => e.subEventType),
      ['Abduction/forced disappearance'],
    );
  });

  test('entering a town without a fight is a non-violent transfer, its taker as actor1', async () => {
    const [e] = await coded('Taliban fighters entered Kandahar on Friday without a fight, officials said.', 'en');
    assert.equal(e!.subEventType, 'Non-violent transfer of territory');
    assert.equal(e!.actor1?.name, 'Taliban');
    // The city (GeoNames "Kandahār"), not the province of the same name.
    assert.match(e!.notes, /Taliban took over Kandahār without fighting/);
    assert.equal(e!.location.geoPrecision, 1);
  });

  test('"troops and allied militias captured": the troops lead, so the government regains the place', async () => {
    const [e] = await coded('Syrian troops and allied militias captured Manbij on Sunday, state media said.', 'en');
    assert.equal(e!.subEventType, 'Government regains territory');
    assert.equal(e!.actor1?.name, 'Military Forces of Syria');
  });

  test('an arrest and a ceasefire are strategic developments', async () => {
    const [arrest] = await coded('La police a interpellé dix personnes samedi à Paris.', 'fr');
    assert.equal(arrest!.subEventType, 'Arrests');
    assert.equal(arrest!.actor1?.name, 'Police Forces of France');
    const [deal] = await coded('The two sides agreed a ceasefire in Khartoum on Thursday.', 'en');
    assert.equal(deal!.subEventType, 'Agreement');
  });

  test('a negated shelling gives no event, or a negated one when asked', async () => {
    const text = 'The army denied that it shelled Mosul on Tuesday.';
    assert.deepEqual(await coded(text, 'en'), []);
    const all = await coded(text, 'en', true);
    assert.ok(all.length > 0 && all.every((e) => e.flags.negated));
  });

  test('a future offensive gives no event (Ukraine)', async () => {
    const text = 'Russian forces will launch an offensive against Ukrainian troops near Kharkiv next week, officials said.';
    assert.deepEqual(await coded(text, 'en'), []);
    assert.ok((await coded(text, 'en', true)).every((e) => e.flags.future));
  });

  test('a hypothetical gives no event', async () => {
    assert.deepEqual(await coded('La reconquête de Mossoul donnerait au gouvernement sa plus grande victoire.', 'fr'), []);
    assert.deepEqual(await coded('The capture of Kharkiv would give Russia its biggest victory.', 'en'), []);
  });

  test('a text with no event gives none', async () => {
    assert.deepEqual(await coded('The minister opened a new school in Lyon on Monday and praised the teachers.', 'en'), []);
  });

  test('ACLED CSV: its columns in order, RFC 4180 quoting; GeoJSON points', async () => {
    const events = await coded(
      'At least 12 people were killed in an airstrike on Idlib on Sunday, the Syrian Observatory for Human Rights said.',
      'en',
    );
    const csv = toAcledCsv(events);
    const [header, row] = csv.split('\r\n');
    assert.equal(header, ACLED_COLUMNS.join(','));
    assert.ok(row!.startsWith('SYR-'));
    assert.match(row!, /,760,/);
    assert.match(row!, /"On 2024-03-10, [^"]*Idlib[^"]*"/);
    const geo = toGeoJson(events);
    assert.equal(geo.features[0]!.geometry.coordinates[0], events[0]!.location.lon);
  });
});

describe('what a wire dispatch says around its events', () => {
  const kinds = (events: EventRecord[]): string[] => events.map((e) => `${e.subEventType} @ ${e.location.name} ${e.date}`);

  test('a toll told with the day it was reported gives way to the dated event it retells', async () => {
    const events = await coded(
      'Seventy people were killed in an attack on a hospital in El Fasher, the WHO chief said on Sunday. ' +
        'Local officials said the hospital in El Fasher had been hit by a drone on Friday.',
      'en',
    );
    assert.deepEqual(kinds(events), ['Air/drone strike @ El Fasher 2024-03-08']);
  });

  test('a city-sized country locates its events: Hong Kong, not Beijing', async () => {
    const [e, ...rest] = await coded('Hong Kong police arrested 53 activists on Wednesday under a security law imposed by Beijing.', 'en');
    assert.equal(rest.length, 0);
    assert.equal(e!.subEventType, 'Arrests');
    assert.equal(e!.location.country, 'HK');
    assert.equal(e!.location.geoPrecision, 1);
  });

  test('habits, trends and years past are no events', async () => {
    assert.deepEqual(await coded('Armed gangs have kidnapped hundreds of people for ransom in Zamfara in recent years.', 'en'), []);
    assert.deepEqual(await coded('Islamic State captured Raqqa in early 2014 and made it its capital.', 'en'), []);
    assert.deepEqual(await coded("Les jihadistes enlèvent régulièrement des civils autour de Gao, selon l'ONU.", 'fr'), []);
    assert.deepEqual(await coded('The area around Kabul airport has been targeted repeatedly.', 'en'), []);
  });

  test('a town to measure from does not locate: "330 kilometres north of Khartoum"', async () => {
    const events = await coded('Rebels said they had seized the airport in Merowe, about 330 kilometres north of Khartoum.', 'en');
    assert.ok(events.length > 0);
    assert.ok(
      events.every((e) => e.location.name !== 'Khartoum'),
      kinds(events).join('; '),
    );
  });

  test('police against unarmed youths is a riot, not a battle', async () => {
    const [e] = await coded("Des heurts ont opposé des jeunes aux forces de l'ordre samedi à Bordeaux.", 'fr');
    assert.equal(e!.subEventType, 'Violent demonstration');
    const [battle] = await coded('Des heurts ont opposé des hommes armés aux forces de sécurité samedi à Bamako.', 'fr');
    assert.equal(battle!.subEventType, 'Armed clash');
  });

  test('"the kidnapping", later and without a place, retells the abduction already coded', async () => {
    const events = await coded('Gunmen kidnapped 20 villagers in Kankara on Friday.\n\nOn Sunday, the kidnapping drew condemnation.', 'en');
    assert.deepEqual(kinds(events), ['Abduction/forced disappearance @ Kankara 2024-03-08']);
  });

  test('the missing are abducted only when armed men are named', async () => {
    assert.deepEqual(await coded('About 100 people are still missing in Derna after the flood.', 'en'), []);
    const events = await coded('Gunmen attacked a school in Kankara on Friday, and 300 pupils are unaccounted for.', 'en');
    assert.deepEqual(kinds(events), ['Abduction/forced disappearance @ Kankara 2024-03-08']);
  });

  test('a request to allow an evacuation, and a sports team attacking, are no events', async () => {
    assert.deepEqual(await coded("La Croix-Rouge a demandé samedi à Alep de permettre l'évacuation des blessés.", 'fr'), []);
    assert.deepEqual(await coded('In Liverpool on Sunday, the team attacked relentlessly from the start.', 'en'), []);
  });

  test('fighting in a province gives way to the town taken in it', async () => {
    const events = await coded('Rebels said on Saturday they had captured Lashio, in Shan state, after weeks of fighting.', 'en');
    assert.deepEqual(
      events.map((e) => e.subEventType),
      ['Non-state actor overtakes territory'],
    );
  });

  test('a crowd setting fire is a riot; supporters charging a protest camp are a mob', async () => {
    const [riot] = await coded('In Lahore, a crowd broke into the residence of an army commander on Tuesday and set it on fire.', 'en');
    assert.equal(riot!.subEventType, 'Violent demonstration');
    const events = await coded('In Colombo on Monday, government loyalists attacked and charged the protest camp.', 'en');
    assert.ok(
      events.some((e) => e.subEventType === 'Mob violence'),
      kinds(events).join('; '),
    );
  });

  test('forces dispersing people stop a protest, written or not', async () => {
    const [e] = await coded('In Karachi, police used tear gas on Tuesday to disperse hundreds of supporters who had blocked a road.', 'en');
    assert.equal(e!.subEventType, 'Protest with intervention');
  });

  test('a building named with its town locates at the town: "the Islamabad High Court"', async () => {
    const [e] = await coded('Paramilitary Rangers arrested the former prime minister on Tuesday at the Islamabad High Court.', 'en');
    assert.equal(e!.subEventType, 'Arrests');
    assert.equal(e!.location.name, 'Islamabad');
  });

  test('abducted then killed is an attack', async () => {
    const [e, ...rest] = await coded('Le gouverneur a été enlevé puis tué mercredi à El Geneina.', 'fr');
    assert.equal(rest.length, 0);
    assert.equal(e!.subEventType, 'Attack');
  });

  test("an attack told apart, on civilians or by gunfire, stays beside the day's battle or bombing", async () => {
    const camp = await coded(
      "Des jihadistes ont attaqué dimanche les soldats à Djibo avant d'être repoussés après plusieurs heures de combats. Ils ont aussi ouvert le feu dimanche sur un site de personnes déplacées à Djibo, tuant des dizaines de civils.",
      'fr',
    );
    assert.deepEqual(
      kinds(camp)
        .map((k) => k.split(' @ ')[0])
        .sort(),
      ['Armed clash', 'Attack'],
      kinds(camp).join('; '),
    );
    const quetta = await coded(
      'A suicide bomber blew himself up at the hospital in Quetta on Monday. Earlier on Monday, a lawyer was shot dead by two gunmen in Quetta.',
      'en',
    );
    assert.deepEqual(quetta.map((e) => e.subEventType).sort(), ['Attack', 'Suicide bomb'], kinds(quetta).join('; '));
    // Without civilians or means of its own, the attack is the battle retold.
    const retold = await coded(
      'Rebels clashed with soldiers in Tripoli on Sunday. Their supporters had been attacked in Tripoli on Sunday, they said.',
      'en',
    );
    assert.ok(!retold.some((e) => e.subEventType === 'Attack'), kinds(retold).join('; '));
  });

  test('riot acts make a riot whoever commits them; protesters clashing with gendarmes riot', async () => {
    const [dakar] = await coded('Jeudi, des centaines de jeunes ont dressé des barricades et incendié des bus à Dakar.', 'fr');
    assert.equal(dakar!.subEventType, 'Violent demonstration');
    const [ziguinchor] = await coded('A Ziguinchor, des manifestants ont affronté les gendarmes jeudi soir.', 'fr');
    assert.equal(ziguinchor!.subEventType, 'Violent demonstration');
    const [stones] = await coded('On Friday, groups of youths threw stones at the police in Nairobi.', 'en');
    assert.equal(stones!.subEventType, 'Violent demonstration');
  });

  test('tear gas fired to stop a march is a protest with intervention', async () => {
    const [e] = await coded(
      'Vendredi, la police a tiré des grenades lacrymogènes pour empêcher des jeunes de marcher vers le palais, à Alger.',
      'fr',
    );
    assert.equal(e!.subEventType, 'Protest with intervention');
    assert.equal(e!.location.name, 'Algiers');
  });

  test('"took Herat" and "Herat fell" take a town; "took part" and "prices fell" do not', async () => {
    const events = await coded(
      'The Taliban took Ghazni on Thursday. Herat fell on Thursday evening when Taliban fighters overran the police headquarters.',
      'en',
    );
    assert.deepEqual(events.map((e) => `${e.subEventType} @ ${e.location.name}`).sort(), [
      'Non-state actor overtakes territory @ Ghazni',
      'Non-state actor overtakes territory @ Herāt',
    ]);
    assert.deepEqual(await coded('The minister took part in talks in Kabul on Thursday. Prices fell on Thursday in Herat.', 'en'), []);
  });

  test('a town left to the other side changes hands without a fight', async () => {
    const [e] = await coded(
      'Government troops pulled out of Lashkar Gah on Friday and withdrew to a nearby base, leaving the city to the Taliban.',
      'en',
    );
    assert.equal(e!.subEventType, 'Non-violent transfer of territory');
    const [lyman] = await coded(
      'Ukrainian forces took full control of Lyman, in the Donetsk region, on Saturday after Russian troops withdrew under the threat of encirclement.',
      'en',
    );
    assert.equal(lyman!.subEventType, 'Government regains territory');
  });

  test('only armed sides take ground: "pulled out of Mariupol to spare civilians" is the separatists\' loss, not the civilians\' gain', async () => {
    const events = await coded(
      'Ukrainian forces retook Mariupol from separatist rebels on Tuesday. The separatists said their fighters had pulled out of Mariupol on Tuesday to spare civilians.',
      'en',
    );
    assert.deepEqual(
      events.map((e) => `${e.subEventType} @ ${e.location.name}: ${e.actor1?.name} / ${e.actor2?.name}`),
      ['Government regains territory @ Mariupol: Military Forces of Ukraine / Rebels (Ukraine)'],
    );
  });

  test('a dateline is where the reporter files from: the event is where the text places it, the dateline only when nothing else does', async () => {
    const far = await coded(
      'LAHORE — Pakistani police said on Saturday they had arrested about 120 people after a mob beat a factory manager to death on Friday in the eastern city of Sialkot.',
      'en',
    );
    assert.ok(far.length > 0);
    for (const e of far) assert.equal(e.location.name, 'Sialkot', `${e.subEventType} at ${e.location.name}`);
    const fr = await coded('BAMAKO (Reuters) — Des jihadistes ont attaqué vendredi le camp militaire de Kati.', 'fr');
    assert.deepEqual(
      fr.map((e) => e.location.name),
      ['Kati'],
    );
    const only = await coded('MOGADISHU — A car bomb exploded at a busy junction on Saturday, killing five people.', 'en');
    assert.deepEqual(
      only.map((e) => `${e.subEventType} @ ${e.location.name}`),
      ['Remote explosive/landmine/IED @ Mogadishu'],
    );
  });

  test('what is not an event: equipment carried off, a camp for displaced people, rocket-propelled grenades', async () => {
    assert.deepEqual(
      (await coded("Une source sécuritaire a évoqué l'enlèvement de matériel militaire par les assaillants à Djibo.", 'fr')).map(
        (e) => e.subEventType,
      ),
      [],
    );
    const rann = await coded(
      'The fighters, armed with rocket-propelled grenades, battled soldiers in Rann, in northeast Nigeria, on Thursday. Two aid workers worked at a camp housing 55,000 displaced people in Rann.',
      'en',
    );
    assert.deepEqual(
      rann.map((e) => e.subEventType),
      ['Armed clash'],
      kinds(rann).join('; '),
    );
  });
});

describe('words that look like events and are not, and events told in other words', () => {
  const kinds = (events: EventRecord[]): string[] => events.map((e) => `${e.subEventType} @ ${e.location.name}`);
  /** The sub-types coded from one text, checked with the places and dates shown on failure. */
  const expectSubTypes = async (text: string, lang: 'fr' | 'en', expected: string[]): Promise<void> => {
    const events = await coded(text, lang);
    assert.deepEqual(
      events.map((e) => e.subEventType),
      expected,
      `${text}: ${kinds(events).join('; ')}`,
    );
  };
  /** The events coded from one text, as "sub-type @ place", exactly. */
  const expectKinds = async (text: string, lang: 'fr' | 'en', expected: string[]): Promise<void> => {
    const events = await coded(text, lang);
    assert.deepEqual(kinds(events), expected, kinds(events).join('; '));
  };
  const expectNone = async (items: ReadonlyArray<readonly [string, 'fr' | 'en']>): Promise<void> => {
    for (const [text, lang] of items) await expectSubTypes(text, lang, []);
  };
  /** Among the events coded from one text, one of this sub-type. */
  const expectAmong = async (text: string, lang: 'fr' | 'en', subType: string): Promise<void> => {
    const events = await coded(text, lang);
    assert.ok(
      events.some((e) => e.subEventType === subType),
      kinds(events).join('; '),
    );
  };

  test('police using batons and rubber bullets on voters is a protest with intervention (French and English)', async () => {
    await expectKinds(
      'À Barcelone, la police a fait usage de matraques et de balles en caoutchouc contre des électeurs rassemblés devant un bureau de vote dimanche.',
      'fr',
      ['Protest with intervention @ Barcelona'],
    );
    await expectKinds(
      'In Barcelona, Spain, riot police used batons and rubber bullets on voters gathered outside a polling station on Sunday.',
      'en',
      ['Protest with intervention @ Barcelona'],
    );
  });

  test('"arrêter" a genocide, a call for a ceasefire, rumoured attacks and a diplomatic protest are no events', async () => {
    await expectNone([
      ["L'Élysée a indiqué jeudi que le président estimait que la France « aurait pu arrêter le génocide » avec ses alliés.", 'fr'],
      ["L'émissaire de l'ONU a appelé mardi les deux camps à un cessez-le-feu immédiat autour de Tripoli.", 'fr'],
      ['Shops in Guayaquil closed early on Tuesday as rumours of attacks spread on social media.', 'en'],
      ["Baghdad summoned Tehran's ambassador on Sunday to protest against what it called a violation of Iraqi sovereignty.", 'en'],
    ]);
  });

  test('one attacker getting away is no displacement; residents crossing a river to take refuge are', async () => {
    await expectNone([['The attacker fled on foot near Nablus on Sunday, the army said.', 'en']]);
    await expectAmong(
      "Des centaines d'habitants de Bangassou ont traversé le fleuve en pirogue dimanche pour se réfugier au Congo.",
      'fr',
      'Other',
    );
  });

  test('an ambush is an attack; settlers rampaging through a town are a mob', async () => {
    const ambush = await coded('Un policier a été tué dimanche dans une embuscade près de Zvečan, dans le nord du Kosovo.', 'fr');
    assert.equal(ambush.length, 1, kinds(ambush).join('; '));
    const mob = await coded(
      'Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara, near Nablus in the West Bank, on Sunday night, burning cars and homes.',
      'en',
    );
    // Nablus only situates Huwara: one event, in Huwara.
    assert.deepEqual(kinds(mob), ['Mob violence @ Ḩuwwārah'], kinds(mob).join('; '));
  });

  test('a war of many years and a tally of several nights are states, not dated events', async () => {
    assert.deepEqual(
      kinds(
        await coded(
          'Al-Shabaab, which has been fighting the Somali army around Mogadishu for more than 15 years, said nothing on Friday.',
          'en',
        ),
      ),
      [],
    );
    await expectKinds(
      "L'état d'urgence est entré en vigueur jeudi à Nouméa, au terme de trois nuits d'émeutes. Mercredi, à Dumbéa, des magasins ont été pillés.",
      'fr',
      ['Violent demonstration @ Dumbéa'],
    );
  });

  test('named armed groups take their side: the RSF seizing a town, forces loyal to a government retaking one', async () => {
    const [rsf] = await coded('The Rapid Support Forces seized the airport in Merowe on Saturday, the RSF said.', 'en');
    assert.equal(rsf?.subEventType, 'Non-state actor overtakes territory');
    assert.equal(rsf?.actor1?.name, 'RSF: Rapid Support Forces');
    const [gna] = await coded(
      "Les forces loyales au Gouvernement d'union nationale ont repris mercredi le contrôle de Gharyan, au sud de Tripoli.",
      'fr',
    );
    assert.equal(gna?.subEventType, 'Government regains territory', JSON.stringify(gna?.actor1));
  });
  test("villagers torching homes are a mob; crowds burning politicians' homes are rioters; a crowd attacking a patrol car is a mob", async () => {
    await expectSubTypes(
      'In Moirang, in the Indian state of Manipur, groups of villagers torched dozens of homes on Wednesday, police said.',
      'en',
      ['Mob violence'],
    );
    await expectSubTypes(
      'In Kurunegala, in Sri Lanka, crowds angry at the attack set fire to the homes of several ruling-party politicians on Monday.',
      'en',
      ['Violent demonstration'],
    );
    await expectSubTypes(
      'In Juliaca, in southern Peru, a crowd attacked a police patrol car on Monday night, the interior ministry said.',
      'en',
      ['Mob violence'],
    );
  });
  test('a displacement site, a ban on protests, a welcome, the victims of a past massacre and a tally are no events', async () => {
    await expectNone([
      ['Des miliciens ont été vus mardi soir près du site de déplacés de Bunia, en Ituri.', 'fr'],
      ["L'opposition maintient ses marches à Lomé malgré l'interdiction des manifestations en semaine décidée mardi.", 'fr'],
      ["À Aden, des dizaines de personnes s'étaient rassemblées mercredi pour accueillir les ministres.", 'fr'],
      ['À Potočari, près de Srebrenica, les restes de sept victimes du massacre ont été inhumés vendredi.', 'fr'],
      ['More than 600 kidnappings were recorded in Haiti in the first nine months of the year, a rights group said on Monday.', 'en'],
      ['The police in Lahore banned protests on Tuesday, citing security threats.', 'en'],
    ] as const);
  });

  test('a strike called to protest a kidnapping does not retell the kidnapping; "the deadliest since the 2014 assault" tells no 2014 event', async () => {
    const strike = await coded(
      'Shops and schools stayed closed across Port-au-Prince on Monday as unions held a general strike to protest the kidnapping of the missionaries.',
      'en',
    );
    assert.ok(!strike.some((e) => e.subEventType === 'Abduction/forced disappearance'), kinds(strike).join('; '));
    const deadliest = await coded(
      'The bombing was the deadliest in Peshawar since the 2014 assault on the Army Public School, in which gunmen killed more than 140 people.',
      'en',
    );
    assert.ok(!deadliest.some((e) => e.subEventType === 'Attack'), kinds(deadliest).join('; '));
  });

  test('a capital speaking for its government, and a time zone, locate nothing', async () => {
    const events = await coded(
      'Russia said it had brokered a truce from 9 a.m. Moscow time, but neither Baku nor Yerevan confirmed it and Armenian officials said the shelling continued on Tuesday.',
      'en',
    );
    assert.ok(
      events.every((e) => !['Moscow', 'Baku', 'Yerevan'].includes(e.location.name)),
      kinds(events).join('; '),
    );
  });
  test('troops entering a town take it, the day written between verb and town: « sont entrées vendredi dans Kherson »', async () => {
    await expectKinds("Des unités ukrainiennes sont entrées vendredi dans Kherson, a annoncé l'armée.", 'fr', [
      'Government regains territory @ Kherson',
    ]);
  });
  test('a seized train is no territory, crowds armed with sticks are a mob, and capitals that agree locate nothing', async () => {
    const train = await coded('Separatist militants seized a passenger train near Sibi, in Pakistan, on Tuesday, officials said.', 'en');
    assert.ok(!train.some((e) => e.eventType === 'Battles' && e.subEventType.includes('territory')), kinds(train).join('; '));
    await expectSubTypes(
      'In Kandy, in Sri Lanka, crowds armed with sticks and petrol bombs attacked Muslim-owned shops on Sunday night.',
      'en',
      ['Mob violence'],
    );
    const corridor = await coded(
      "Ukraine's deputy prime minister said on Tuesday that Kyiv and Moscow had agreed to a ceasefire along the corridor.",
      'en',
    );
    assert.ok(
      corridor.every((e) => e.location.name !== 'Kyiv' && e.location.name !== 'Moscow'),
      kinds(corridor).join('; '),
    );
  });

  test('a town taken earlier this month, a truce respected or broken, and a feared regrouping are no new events', async () => {
    await expectNone([
      ['Government forces had seized Saraqib earlier this month, the army said on Friday.', 'en'],
      ["Les forces gouvernementales s'étaient emparées de Saraqeb au début du mois, selon l'armée.", 'fr'],
      ["À Beyrouth, le comité chargé du respect de la trêve s'est réuni mercredi.", 'fr'],
      ['Monitors reported violations of the ceasefire around Sumy on Tuesday.', 'en'],
      ['À Syrte, des experts redoutent que les jihadistes ayant fui la ville ne se regroupent dans le désert.', 'fr'],
    ] as const);
  });
  test('dozens of strikes tallied, a "fighting group", a truce broken and a ceasefire demanded code nothing of their kind', async () => {
    await expectNone([
      ['The coalition carried out dozens of air strikes around Tal Afar, it said on Sunday.', 'en'],
      ['Officials in Pattani held talks with rebel factions on Tuesday, but the main fighting group stayed away.', 'en'],
      ['Dushanbe accused Bishkek on Friday of breaking the truce around Batken within hours.', 'en'],
      ["À Addis-Abeba, plusieurs chefs d'État ont réclamé dimanche un cessez-le-feu immédiat autour de Bukavu.", 'fr'],
    ]);
  });

  test('protesters arrested make a protest with intervention; bombarding a building with Molotov cocktails or stoning it is a riot, not shelling', async () => {
    await expectSubTypes('À Tripoli, au Liban, des manifestants ont bombardé de cocktails Molotov le palais municipal jeudi soir.', 'fr', [
      'Violent demonstration',
    ]);
    await expectSubTypes(
      'Police in Zimbabwe arrested the author Tsitsi Dangarembga on Friday as she staged a small protest against corruption in Harare.',
      'en',
      ['Protest with intervention'],
    );
    await expectSubTypes(
      "À Tripoli, au Liban, des protestataires ont tenté mercredi soir de forcer l'entrée du sérail en lançant des pierres.",
      'fr',
      ['Violent demonstration'],
    );
  });
  test('French: a crowd setting cars alight is a mob, police arresting a protester intervene, a truce kept since 2014 is no agreement', async () => {
    await expectSubTypes('À Port-au-Prince, une foule a mis le feu jeudi à trois voitures devant le commissariat.', 'fr', ['Mob violence']);
    await expectSubTypes('À Harare, la police a interpellé vendredi une romancière qui manifestait seule contre la corruption.', 'fr', [
      'Protest with intervention',
    ]);
    await expectNone([['En Casamance, un cessez-le-feu de fait observé à partir de 2014 avait ramené le calme à Ziguinchor.', 'fr']]);
  });

  test('a handover, a house arrest and an air force striking code their event (French and English)', async () => {
    await expectSubTypes("L'armée française a officiellement cédé lundi à l'armée malienne sa base de Gao.", 'fr', [
      'Non-violent transfer of territory',
    ]);
    await expectSubTypes('Le Premier ministre a été placé en résidence surveillée mardi à Niamey par la garde présidentielle.', 'fr', [
      'Arrests',
    ]);
    await expectSubTypes('The former president was placed under house arrest in Bamako on Tuesday.', 'en', ['Arrests']);
    await expectSubTypes("Samedi, l'aviation a frappé des positions jihadistes près de Ménaka.", 'fr', ['Air/drone strike']);
    await expectSubTypes('Turkish jets struck Kurdish positions near Qamishli on Friday.', 'en', ['Air/drone strike']);
  });

  test("a claim to have taken a town, in the perfect infinitive, is a change of hands: « assuré s'être emparés de »", async () => {
    await expectSubTypes("Mardi, les rebelles ont assuré s'être emparés de Bunia.", 'fr', ['Non-state actor overtakes territory']);
  });

  test('the wounded taken to hospital are not displaced; residents taking refuge are', async () => {
    await expectNone([
      ["Les blessés, une quarantaine, ont été évacués vers l'hôpital de Mopti samedi.", 'fr'],
      ['The wounded, about forty, were evacuated to hospitals in Mopti on Saturday.', 'en'],
    ]);
    await expectSubTypes('Hundreds of families took refuge in churches in Bunia on Monday.', 'en', ['Other']);
  });

  test('demonstrators burning homes riot; a looted shop is a riot; going into the streets is a protest', async () => {
    await expectSubTypes('Jeudi, des groupes de manifestants ont incendié les domiciles de plusieurs parlementaires à Toamasina.', 'fr', [
      'Violent demonstration',
    ]);
    await expectSubTypes('À Pointe-à-Pitre, une pharmacie a été forcée et pillée dans la nuit de mardi.', 'fr', ['Violent demonstration']);
    await expectSubTypes('À Conakry, des milliers de personnes sont descendues dans la rue jeudi contre la vie chère.', 'fr', [
      'Peaceful protest',
    ]);
    await expectSubTypes('In Kumasi, thousands of people took to the streets on Thursday against fuel prices.', 'en', ['Peaceful protest']);
  });

  test('residents stoning officials are a mob; gunmen storming a church attack it, they do not take territory', async () => {
    await expectSubTypes('In Kagara on Friday, angry residents hurled stones at the convoy of the state governor.', 'en', ['Mob violence']);
    const [church] = await coded('Gunmen stormed a mosque in Kano on Friday and shot dead five worshippers.', 'en');
    assert.equal(church?.eventType, 'Violence against civilians', church?.subEventType);
    await expectSubTypes("Des hommes armés ont pris d'assaut une église de Dori dimanche.", 'fr', ['Attack']);
  });

  test('unnamed armed men take a side: "gunmen" fight tribesmen; "Taliban militants" are the Taliban, not a nationality', async () => {
    await expectSubTypes('Heavy fighting between gunmen and armed tribesmen broke out in Maiduguri on Sunday.', 'en', ['Armed clash']);
    const [taken] = await coded('Taliban militants captured Ghazni on Thursday, officials said.', 'en');
    assert.equal(taken?.actor1?.name, 'Taliban');
  });

  test("a place named past a long subject is still the sentence's; a town north-east of another only situates it", async () => {
    await expectKinds(
      'Clashes between soldiers of the national army and armed tribesmen from the surrounding villages broke out in the town of Kassala on Sunday.',
      'en',
      ['Armed clash @ Kassala'],
    );
    await expectKinds('On Monday, rioters looted shops in Kurunegala, north-east of Colombo, police said.', 'en', [
      'Violent demonstration @ Kurunegala',
    ]);
  });

  test('kidnapping gangs, an offensive expected, and the kidnapping that set off a clash are no events', async () => {
    await expectNone([
      ['Kogi state has been less affected than Zamfara by kidnapping gangs.', 'en'],
      ['Government forces are also expected to launch an offensive on Idlib in the coming days.', 'en'],
      ['It followed the abduction on Friday of a trader on the road to Damascus.', 'en'],
      ["Les heurts faisaient suite à l'enlèvement vendredi d'un commerçant sur la route de Damas.", 'fr'],
    ]);
  });

  test('a declaration of peace signed is an agreement', async () => {
    await expectSubTypes('The two presidents signed a declaration of peace in Addis Ababa on Monday.', 'en', ['Agreement']);
    await expectSubTypes('Les deux présidents ont signé lundi à Addis-Abeba une déclaration de paix.', 'fr', ['Agreement']);
  });

  test('an arrest in a named town is not taken in by a protest the text does not place', async () => {
    await expectAmong(
      'Police arrested the opposition leader in Islamabad on Tuesday. Within hours, thousands of his supporters marched in protest.',
      'en',
      'Arrests',
    );
  });

  test('a base handed over in the passive is a transfer; soldiers taking the road take no town', async () => {
    await expectSubTypes("La base militaire de Gao a été rétrocédée mardi à l'armée malienne.", 'fr', [
      'Non-violent transfer of territory',
    ]);
    await expectNone([["Au petit matin, les soldats tchadiens ont pris la route de N'Djamena.", 'fr']]);
  });

  test('an elite unit of the state takes a town back; aircraft striking fighting positions and a car bomb are one air strike', async () => {
    const [taken] = await coded('Units of the Counter-Terrorism Service have completely liberated Ramadi, the army said on Sunday.', 'en');
    assert.equal(taken?.subEventType, 'Government regains territory');
    await expectSubTypes('Coalition aircraft struck Islamic State fighting positions and a car bomb near Fallujah on Wednesday.', 'en', [
      'Air/drone strike',
    ]);
  });

  test('what was done earlier in the week, or already, and a tally since Friday are no new events', async () => {
    await expectNone([
      ['Government forces launched an offensive near Saada earlier in the week.', 'en'],
      ['Les forces gouvernementales avaient lancé une offensive près de Saada en début de semaine.', 'fr'],
      ['The rebels had already taken Kidal and several towns in the north.', 'en'],
      ['Les rebelles avaient déjà pris Kidal et plusieurs localités du Nord.', 'fr'],
      ['Une quarantaine de militants ont été interpellés depuis vendredi à Al Hoceïma, selon des associations.', 'fr'],
      ['Officials said the method resembled that of the July suicide bombing in Suruc.', 'en'],
    ]);
  });

  test('a rally that is bombed is no protest; a march against a war is no battle', async () => {
    const bombed = await coded("Saturday's twin bombing of a peace rally in Ankara killed 95 people, officials said.", 'en');
    assert.ok(!bombed.some((e) => e.eventType === 'Protests'), kinds(bombed).join('; '));
    await expectSubTypes(
      'Activists marched in Ankara on Saturday in a protest organised by unions against the fighting between the army and Kurdish militants.',
      'en',
      ['Peaceful protest'],
    );
  });

  test('men from other villages looting and burning houses are a mob, however long the subject', async () => {
    await expectSubTypes(
      'Overnight, groups of men from hill communities defied the curfew to loot and set fire to dozens of houses owned by Tharu families in Tikapur.',
      'en',
      ['Mob violence'],
    );
  });

  test('families leaving a town are displaced; armed men bursting into a school attack it, protesters bursting into a parliament do not', async () => {
    await expectSubTypes('Dimanche, des dizaines de familles quittaient Gao par la route de Niamey.', 'fr', ['Other']);
    await expectSubTypes('On Thursday, hundreds of families walked out of Fallujah towards army lines.', 'en', ['Other']);
    await expectSubTypes('Des hommes armés ont fait irruption samedi dans une école de Kumba.', 'fr', ['Attack']);
    const parliament = await coded('Protesters burst into the parliament in Nairobi on Tuesday.', 'en');
    assert.ok(!parliament.some((e) => e.subEventType === 'Attack'), kinds(parliament).join('; '));
  });

  test('a decree withdrawn in a deal with protest leaders is an agreement', async () => {
    await expectSubTypes('In Quito on Sunday, the president agreed to withdraw the decree in a deal with indigenous leaders.', 'en', [
      'Agreement',
    ]);
  });

  test('aircraft leading strikes or dropping bombs make an air strike (French and English)', async () => {
    await expectSubTypes('Des avions russes ont mené jeudi des frappes contre des positions rebelles aux abords de Hama.', 'fr', [
      'Air/drone strike',
    ]);
    await expectSubTypes('Late on Monday, Russian aircraft dropped heavy bombs on a neighbourhood of Sumy.', 'en', ['Air/drone strike']);
  });

  test('a town "lost to" mutineers is taken by them, as « avoir perdu Kidal au profit de rebelles »; lost hope is no loss of ground', async () => {
    const en = await coded('JUBA — The army said on Thursday that it had lost Bor, a town in Jonglei state, to mutineers.', 'en');
    assert.deepEqual(kinds(en), ['Non-state actor overtakes territory @ Bor'], kinds(en).join('; '));
    await expectKinds("L'armée malienne a reconnu jeudi avoir perdu Kidal au profit de rebelles touareg.", 'fr', [
      'Non-state actor overtakes territory @ Kidal',
    ]);
    await expectNone([['Soldiers in Bor said they had lost hope of relief.', 'en']]);
    // Driven to a town, not driven out of it.
    await expectSubTypes(
      "Police arrested 30 people on Tuesday after rebels tried to stop the convoy as the singer's body was being driven to his hometown of Ambo.",
      'en',
      ['Arrests'],
    );
  });

  test('explosives set off on a railway are an IED (French and English); a suspect taken into custody is an arrest', async () => {
    await expectSubTypes('Gunmen set off explosives on the railway near Kaduna on Monday night, halting a train.', 'en', [
      'Remote explosive/landmine/IED',
    ]);
    await expectSubTypes('Des hommes armés ont fait exploser des explosifs sur la voie ferrée près de Kaduna lundi soir.', 'fr', [
      'Remote explosive/landmine/IED',
    ]);
    await expectAmong('In Kampala, officers chased a suspect, shot and wounded him and took him into custody on Tuesday.', 'en', 'Arrests');
  });

  test('an army "backed by" a militia leads: the Syrian army recaptures the town, Hezbollah does not take it', async () => {
    await expectKinds('BEIRUT — The Syrian army, backed by Hezbollah fighters, recaptured Qusayr on Wednesday.', 'en', [
      'Government regains territory @ Al Quşayr',
    ]);
    await expectKinds(
      "BEYROUTH — L'armée syrienne, appuyée par des combattants du Hezbollah libanais, a repris mercredi le contrôle total de Qousseir.",
      'fr',
      ['Government regains territory @ Al Quşayr'],
    );
  });

  test('an armed group leaving a town at the end of negotiations hands it over without a fight', async () => {
    await expectSubTypes(
      "BANGUI — Ali Darassa, chef militaire de l'Unité pour la paix en Centrafrique (UPC), a quitté Bambari mardi soir avec son état-major à l'issue de longues négociations.",
      'fr',
      ['Non-violent transfer of territory'],
    );
  });

  test('an event placed by its paragraph is in its last town, not the department named beside it: « Nanterre (Hauts-de-Seine) »', async () => {
    const events = await coded(
      "Des milliers de personnes ont marché jeudi dans les rues de Nanterre (Hauts-de-Seine). Parti de la cité Pablo-Picasso, le cortège a d'abord avancé dans le calme aux cris de « Justice ».",
      'fr',
    );
    assert.ok(events.length > 0 && events.every((e) => e.location.name === 'Nanterre'), kinds(events).join('; '));
  });

  test('talks that produce a deal make an agreement (French and English); « San Antonio de los Baños » is one name', async () => {
    await expectSubTypes('In Banjul on Friday, talks with two visiting presidents produced a deal for his departure.', 'en', ['Agreement']);
    await expectSubTypes('À Banjul, les pourparlers menés vendredi ont abouti à un accord sur le départ du président.', 'fr', [
      'Agreement',
    ]);
    await expectKinds(
      'The first protest broke out on Sunday morning in San Antonio de los Baños, about 30 km southwest of Havana, where hundreds of residents marched.',
      'en',
      ['Peaceful protest @ San Antonio de los Baños'],
    );
  });

  test("the dateline counts among the story's places: an event with no place of its own is in Bamako, not in a town named once further down", async () => {
    const text =
      'Fighting in central Mali\n\nBAMAKO — Malian troops and jihadists exchanged fire overnight near the capital, residents said.\n\nThe army said it had lost two soldiers.\n\nOn Tuesday, shops stayed closed and schools sent pupils home.\n\nIn Mopti, the governor said the roads were closed.';
    await expectKinds(text, 'en', ['Armed clash @ Bamako']);
  });

  test('a coup takes power, not ground; people seized are no territory; attackers fleeing or taking refuge are not displaced', async () => {
    await expectNone([
      ['Ces derniers mois, les militaires ont pris le pouvoir au Mali, en Guinée et au Burkina Faso.', 'fr'],
      ['Gunmen seized two Canadians at a resort on Samal Island on Monday.', 'en'],
      ['About 30 attackers took refuge in the old mosque in Pattani.', 'en'],
      ['In Davao, the kidnappers fled with their captives in two motorboats.', 'en'],
      // Gas fired into a building to flush out gunmen stops no protest.
      ['In Pattani, troops fired grenades and tear gas into the building and then stormed it.', 'en'],
      // "A year after" an event recalls it ("a day after" is still news).
      ['Officials in Colombo fear reprisals, a year after anti-Muslim riots in Kandy.', 'en'],
    ]);
    // The coup itself is ACLED's "Other" strategic development, no change of territory;
    // in PLOVER a seizure, not the civilians' flight "Other" usually codes, and no civilians are its actor.
    await expectSubTypes('Soldiers seized power in Niamey on Wednesday, the junta said.', 'en', ['Other']);
    const [coup] = await coded("NIAMEY — Un comité militaire a annoncé mercredi à la radio qu'il avait pris le pouvoir à Niamey.", 'fr');
    assert.deepEqual(coup?.plover, { event: 'COERCE', mode: 'seize' });
    assert.notEqual(coup?.actor1?.name, 'Civilians (Niger)');
    const [flight] = await coded("NIAMEY — Des milliers d'habitants ont fui Niamey mercredi.", 'fr');
    assert.deepEqual(flight?.plover, { event: 'RETREAT', mode: 'flee' });
  });

  test('ground handed over under a deal is a non-violent transfer; a bombardment blamed on a drone is an air strike; a bridge blown apart with explosives is an IED; people streaming out of a town are displaced', async () => {
    await expectSubTypes(
      "Des unités de l'armée azerbaïdjanaise sont entrées vendredi dans le district d'Agdam, évacué par les forces arméniennes conformément à l'accord de cessez-le-feu.",
      'fr',
      ['Non-violent transfer of territory'],
    );
    await expectSubTypes('Selon un élu local, le bombardement, attribué à un drone, a touché une réunion de notables à Mourzouk.', 'fr', [
      'Air/drone strike',
    ]);
    await expectSubTypes('A railway bridge near Mach was blown apart with explosives on Monday.', 'en', ['Remote explosive/landmine/IED']);
    await expectSubTypes('Tens of thousands of ethnic Uzbeks streamed out of Osh towards the border on Sunday.', 'en', ['Other']);
  });

  test('fire opened on a march is excessive force against protesters, the forces first; protesters who storm a building riot; residents who leave a town flee it', async () => {
    const shot = await coded(
      'Bodyguards of the rebel leader opened fire on Monday on thousands of unarmed demonstrators outside his residence in Freetown, killing at least 19 people.',
      'en',
    );
    assert.deepEqual(kinds(shot), ['Excessive force against protesters @ Freetown']);
    assert.equal(shot[0]!.actor2?.inter, 6, JSON.stringify(shot[0]));
    await expectSubTypes(
      "Au moins six femmes ont été tuées jeudi à Abobo lorsque des soldats ont ouvert le feu sur une marche pacifique de partisanes de l'opposition.",
      'fr',
      ['Excessive force against protesters'],
    );
    await expectSubTypes('Lundi soir, plusieurs milliers de manifestants ont envahi le Parlement à Skopje, brisant des vitres.', 'fr', [
      'Violent demonstration',
    ]);
    await expectSubTypes('Hundreds of protesters forced their way onto the runway of the airport in Ayacucho on Thursday.', 'en', [
      'Violent demonstration',
    ]);
    await expectSubTypes("Des milliers d'habitants ont quitté Abobo jeudi, à pied ou entassés dans des minicars.", 'fr', ['Other']);
    await expectSubTypes(
      "Dans la soirée, des tirs d'armes lourdes ont opposé les soldats aux insurgés dans le quartier de Kpélé, à Bouaké.",
      'fr',
      ['Armed clash'],
    );
  });

  test('hostages marched to boats, a rocket launcher carried, a rally called, a station evacuated, talks on a ceasefire: no event', async () => {
    await expectNone([
      ['In Semporna, witnesses said the gunmen, carrying assault rifles and a rocket launcher, marched them to two boats on Sunday.', 'en'],
      ['The opposition has called a rally of one million supporters in Nairobi on Thursday.', 'en'],
      ["Dans la soirée, un colis suspect a provoqué l'évacuation de la gare du Nord, à Paris.", 'fr'],
      [
        "À Paris, l'Élysée a indiqué que les deux hommes avaient donné leur accord de principe à des négociations sur un cessez-le-feu à Brazzaville.",
        'fr',
      ],
    ]);
  });

  test('birdshot fired on a protest camp is excessive force; fire opened on a funeral procession is an attack; forces loyal to the president regain ground', async () => {
    await expectSubTypes(
      'Riot police firing tear gas and birdshot stormed the protest camp at the Pearl Roundabout in Manama on Thursday.',
      'en',
      ['Excessive force against protesters'],
    );
    await expectSubTypes(
      "Dans l'après-midi, un homme a ouvert le feu depuis un immeuble sur le cortège funèbre d'un habitant de Tripoli.",
      'fr',
      ['Attack'],
    );
    await expectSubTypes(
      'Les forces fidèles au président ont repris lundi le contrôle du centre de Nouakchott, tenu depuis dimanche par des officiers mutins.',
      'fr',
      ['Government regains territory'],
    );
  });

  test('groups that are no armed side fighting with machetes make mob violence where they fight, not where their people are named after', async () => {
    await expectKinds('In Nairobi, Luo and Kikuyu youths fought with machetes and clubs in the Kibera slum on Tuesday.', 'en', [
      'Mob violence @ Nairobi',
    ]);
    await expectSubTypes(
      'À Ambon, des groupes de chrétiens et de musulmans armés de machettes et de lances se sont de nouveau affrontés jeudi.',
      'fr',
      ['Mob violence'],
    );
  });

  test('a town named before "took control of the town" is the place taken', async () => {
    await expectKinds('À Kidal, les rebelles ont pris le contrôle de la ville mardi après de brefs combats.', 'fr', [
      'Non-state actor overtakes territory @ Kidal',
    ]);
    await expectKinds('In Kunduz, Taliban fighters took control of the city on Monday.', 'en', [
      'Non-state actor overtakes territory @ Kunduz',
    ]);
  });

  test('forces that drive a side out of a town take it; the side driven out is the loser', async () => {
    await expectKinds('Government troops drove al-Shabaab fighters out of Baidoa on Monday.', 'en', [
      'Government regains territory @ Baidoa',
    ]);
    await expectKinds("L'armée a chassé les jihadistes de Gao lundi.", 'fr', ['Government regains territory @ Gao']);
  });

  test('a bomb that went off is an explosion, however long its description', async () => {
    await expectSubTypes('Une bombe a explosé lundi dans un marché de Maiduguri, tuant cinq personnes.', 'fr', [
      'Remote explosive/landmine/IED',
    ]);
    await expectSubTypes('A bomb hidden in a parked motorbike in central Jos exploded on Monday.', 'en', ['Remote explosive/landmine/IED']);
  });

  test('a deal concluded between two sides, partisans burning churches, sides that clash, hostages taken, a march', async () => {
    await expectSubTypes(
      "L'accord signé lundi à Bamako entre le gouvernement et les groupes armés prévoit le désarmement des combattants.",
      'fr',
      ['Agreement'],
    );
    await expectSubTypes("Des partisans de l'ancien président ont incendié deux églises à Jos lundi.", 'fr', ['Mob violence']);
    await expectSubTypes('Supporters of the cleric torched three churches in Kaduna on Monday.', 'en', ['Mob violence']);
    await expectSubTypes('Lundi soir, les rebelles se sont heurtés aux soldats tchadiens à la sortie nord de Mongo.', 'fr', [
      'Armed clash',
    ]);
    await expectSubTypes('In Kidal, gunmen took the mayor and six of his aides hostage on Monday.', 'en', [
      'Abduction/forced disappearance',
    ]);
    await expectSubTypes('Thousands joined an anti-government march in Masaya on Monday.', 'en', ['Peaceful protest']);
  });

  test('a crowd gathered to pay homage, a lone man who fled, homemade mortars, the relatives of people detained: no events', async () => {
    await expectNone([
      ['Des centaines de personnes se sont rassemblées en silence devant la mairie de Nantes pour rendre hommage aux victimes.', 'fr'],
      ["Lundi, le projet s'est heurté à un refus des députés à Bamako.", 'fr'],
      ['A man who fled the market in Maiduguri on Monday said the attackers came on motorcycles.', 'en'],
      ['Some youths in Masaya carried homemade mortars on Monday.', 'en'],
      ['On Monday, relatives of people detained in the raids waited outside the prison in Kano.', 'en'],
    ]);
  });

  test('a capital that acknowledges something speaks for its government and does not locate the fighting', async () => {
    await expectKinds('On Monday, Kampala acknowledged for the first time that its troops were fighting inside Somalia.', 'en', [
      'Armed clash @ Somalia',
    ]);
  });

  test('past the lead paragraph, an event three days or more before the dispatch is background; two days before is news', async () => {
    // Published Tuesday 12 March 2024: Saturday is three days before, Sunday two.
    const lead = 'GOMA — Rebels shelled Goma on Saturday, the army said on Tuesday.';
    await expectSubTypes(lead, 'en', ['Shelling/artillery/missile attack']);
    await expectKinds(`${lead}\n\nOn Saturday, rebels also shelled Sake, the army said.`, 'en', [
      'Shelling/artillery/missile attack @ Goma',
    ]);
    await expectKinds(`${lead}\n\nOn Sunday, rebels also shelled Sake, the army said.`, 'en', [
      'Shelling/artillery/missile attack @ Goma',
      'Shelling/artillery/missile attack @ Sake',
    ]);
    await expectKinds("GOMA — Les rebelles ont pris Bunia mardi.\n\nSamedi, les rebelles avaient bombardé Sake, selon l'armée.", 'fr', [
      'Non-state actor overtakes territory @ Bunia',
    ]);
  });

  test('crowds attacking with stones and clubs riot; looters roaming are a mob; protesters stoning police turn violent', async () => {
    await expectSubTypes('In Kisumu, crowds hurling stones attacked the police station on Monday.', 'en', ['Violent demonstration']);
    await expectSubTypes('Lundi à Kindia, des jeunes armés de pierres ont attaqué des gendarmes.', 'fr', ['Violent demonstration']);
    await expectSubTypes(
      'Armed with sticks and iron bars, dozens of men chased traders through the market in Eldoret on Monday and attacked passers-by.',
      'en',
      ['Mob violence'],
    );
    await expectSubTypes('On Monday, looters roamed central Bulawayo, breaking into shops.', 'en', ['Mob violence']);
    await expectSubTypes('In Nakuru on Monday, protesters stoned police vehicles and blocked roads with burning tyres.', 'en', [
      'Violent demonstration',
    ]);
  });

  test('hostages held however their names are written; troops storming a building through a crowd fire on that crowd', async () => {
    await expectSubTypes('Gunmen were holding Governor A.B. Musa and two aides hostage in Maiduguri on Monday.', 'en', [
      'Abduction/forced disappearance',
    ]);
    await expectKinds(
      'Troops stormed the radio station in Bissau on Monday, firing into a crowd of unarmed civilians who had gathered outside.',
      'en',
      ['Excessive force against protesters @ Bissau'],
    );
  });

  test('towns listed after a comma ("notamment autour de Homs et de Hama") are each where the salvo struck', async () => {
    await expectKinds(
      'Dans la soirée, des navires et un sous-marin britanniques ont tiré plus de cent missiles de croisière sur des sites de défense antiaérienne, notamment autour de Homs et de Hama.',
      'fr',
      ['Shelling/artillery/missile attack @ Homs', 'Shelling/artillery/missile attack @ Ḩamāh'],
    );
  });

  test('the bombs of a suicide attack, told one by one without a date, are its suicide bombings, each at its own town', async () => {
    await expectKinds(
      'Bombings in Kunduz\n\nKABUL — Two suicide bombers attacked markets in Kunduz province on Monday, killing at least 20 people, police said.\n\nThe first bomb went off at noon in Kunduz, killing 12.\n\nMinutes later, a second bomb exploded in Khanabad, killing eight.',
      'en',
      ['Suicide bomb @ Kunduz', 'Suicide bomb @ Khanabad'],
    );
  });

  test('a move expected to trigger protests, a warning to looters, evacuation trains and orders, riot police: no events', async () => {
    await expectNone([
      ['The government raised fuel prices in Lagos on Monday, a move expected to trigger protests.', 'en'],
      ['Anyone caught looting in Harare faces arrest, police said on Monday.', 'en'],
      ['« Quiconque participera à des pillages sera arrêté », a averti lundi le préfet à Conakry.', 'fr'],
      ["Les trains d'évacuation au départ de Kharkiv ont été détournés lundi vers Poltava.", 'fr'],
      ['Evacuation orders were issued for Kherson on Monday.', 'en'],
      ['Les forces anti-émeutes ont été déployées lundi à Nouakchott.', 'fr'],
    ]);
  });

  test('aircraft attacking, or aiming at a place, strike from the air; the rockets they fire are theirs, not shelling', async () => {
    await expectKinds("Des chasseurs de l'armée de l'air ont attaqué mardi l'aéroport de Split.", 'fr', ['Air/drone strike @ Split']);
    await expectKinds("L'aéroport de Zadar a également été visé par des avions lundi.", 'fr', ['Air/drone strike @ Zadar']);
    await expectKinds('Helicopter gunships fired rockets at rebel positions in Soyapango on Monday.', 'en', [
      'Air/drone strike @ Soyapango',
    ]);
    await expectKinds('Lundi, des hélicoptères de combat ont tiré des roquettes sur plusieurs quartiers de Grozny.', 'fr', [
      'Air/drone strike @ Groznyy',
    ]);
  });

  test('where someone is taken or flees to is not where it happened', async () => {
    await expectKinds('Il a été arrêté lundi à Bouaké et devait être transféré dans la soirée à Abidjan.', 'fr', ['Arrests @ Bouaké']);
    await expectKinds('He was arrested in Mombasa on Monday and was to be flown to Nairobi.', 'en', ['Arrests @ Mombasa']);
    await expectNone([["Des milliers d'habitants ont fui lundi vers Tiraspol.", 'fr']]);
  });

  test('"l\'enlèvement" claimed from another town points back at the kidnapping told before', async () => {
    await expectKinds(
      "Un juge a été enlevé lundi à Kaduna.\n\nDans un appel téléphonique à l'agence de presse nationale, à Abuja, un homme se réclamant d'un gang a revendiqué l'enlèvement dans la nuit.",
      'fr',
      ['Abduction/forced disappearance @ Kaduna'],
    );
  });

  test('a dateline of two capitalised words ("PHNOM PENH —") is a place, not two acronyms', async () => {
    await expectKinds(
      "Coup\n\nPHNOM PENH — Des tirs de roquettes ont retenti lundi jusque tard dans la nuit.\n\nDepuis Paris, le prince a dénoncé un coup d'État.",
      'fr',
      ['Shelling/artillery/missile attack @ Phnom Penh'],
    );
  });

  test('police who take a post after hours of fighting fought for it; they were not rioted against', async () => {
    await expectSubTypes(
      'Lundi, la police slovène a pris le poste-frontière de Holmec, près de Prevalje, après plusieurs heures de combats.',
      'fr',
      ['Government regains territory'],
    );
  });

  test('vigils and peaceful gatherings are protests; one that is only due is not; buildings evacuated by police are no displacement', async () => {
    await expectKinds('Relatives of the disappeared held a silent vigil in Guatemala City on Monday.', 'en', [
      'Peaceful protest @ Guatemala City',
    ]);
    await expectKinds('Thousands of people gathered peacefully in front of the city hall in Busan on Monday.', 'en', [
      'Peaceful protest @ Busan',
    ]);
    await expectNone([['Residents were due to hold a vigil in Derry on Monday evening.', 'en']]);
    await expectKinds(
      'Oslo\n\nOSLO — A powerful bomb exploded outside a ministry in central Oslo on Monday afternoon, police said.\n\nPolice sealed off the city centre and evacuated several buildings.',
      'en',
      ['Remote explosive/landmine/IED @ Oslo'],
    );
  });

  test('« des jeunes ont affronté la police » riot; a policeman firing on youths attacks them; a march is a protest', async () => {
    await expectKinds('Des centaines de jeunes ont de nouveau affronté la police lundi à Marseille.', 'fr', [
      'Violent demonstration @ Marseille',
    ]);
    const shot = await coded('Lundi soir, un policier a tiré sur un groupe de jeunes à Nanterre, tuant un adolescent de 17 ans.', 'fr');
    assert.deepEqual(
      shot.map((e) => `${e.subEventType} @ ${e.location.name}, ${e.fatalities}`),
      ['Attack @ Nanterre, 1'],
    );
    await expectKinds('Lundi, une marche de plusieurs milliers de personnes a traversé Lyon.', 'fr', ['Peaceful protest @ Lyon']);
  });

  test('a town inside the trigger\'s own words ("Crowds in Baghdad stormed") is where it happened', async () => {
    const a = await analysed('Crowds in Baghdad stormed the embassy on Saturday.', 'en');
    const compiled = compileEventPack(eventPackFor('en')!);
    const hit = findTriggers(a.text, a.analysis.sentences, compiled)[0]!.find((h) => a.text.slice(h.start, h.end).startsWith('Crowds'));
    assert.ok(hit !== undefined);
    const located = placesForTrigger(a.text, a.analysis.sentences[0]!, hit, 'after', a.analysis.places, compiled, []);
    assert.deepEqual(
      located.map((p) => p.name),
      ['Baghdad'],
    );
  });

  test("pilgrims marching who attack the security forces riot; a town's radio says, it does not place", async () => {
    await expectKinds(
      'Pilgrims marching near the Grand Mosque in Mecca attacked security forces with knives on Monday, the ministry said.',
      'en',
      ['Violent demonstration @ Mecca'],
    );
    await expectKinds('Gunmen attacked a convoy near Herat on Monday, Kabul radio said.', 'en', ['Attack @ Herāt']);
  });

  test('sides that exchanged or traded fire fought; special forces and heavily armed men are sides', async () => {
    await expectKinds('Lundi à Kidal, les forces spéciales maliennes ont échangé des tirs avec des jihadistes pendant une heure.', 'fr', [
      'Armed clash @ Kidal',
    ]);
    await expectKinds(
      'Lundi à Bissau, des hommes lourdement armés ont ouvert le feu sur le palais et les échanges de tirs avec la garde ont duré cinq heures.',
      'fr',
      ['Armed clash @ Bissau'],
    );
    await expectKinds('Troops raided Tulkarm on Monday, trading fire with militants in its alleys.', 'en', ['Armed clash @ Ţūlkarm']);
  });

  test('a date in a relative clause whose pronoun is its object dates that clause, not the event before it', async () => {
    await expectKinds(
      "Des centaines de personnes ont manifesté à Lima contre la loi d'amnistie, que le Congrès a votée le 20 février.",
      'fr',
      ['Peaceful protest @ Lima'],
    );
    await expectKinds('Hundreds of people protested in Lima against the amnesty law, which Congress passed on 20 February.', 'en', [
      'Peaceful protest @ Lima',
    ]);
    // The clause's subject is its pronoun: its date may be the event's, and an old one makes it background.
    await expectNone([['La guérilla avait décrété à Cali une trêve unilatérale, qui avait expiré le 3 janvier.', 'fr']]);
  });

  test('towns listed after a destination are destinations too; the town fled is where it happened', async () => {
    await expectKinds("Des milliers d'habitants ont fui Hama lundi en direction de Homs et de Salamiyeh.", 'fr', ['Other @ Ḩamāh']);
    await expectNone([['Thousands of residents fled on Monday towards Dohuk and Erbil.', 'en']]);
  });

  test('a day that names a vote ("Sunday\'s election", « le scrutin de dimanche ») does not date the protest against it', async () => {
    const en = await coded("Hundreds of people protested in Ulan Bator against fraud in Sunday's election.", 'en');
    assert.deepEqual(
      en.map((e) => `${e.subEventType} ${e.date}`),
      ['Peaceful protest 2024-03-12'],
    );
    const fr = await coded('Des centaines de personnes ont manifesté à Oulan-Bator contre les fraudes du scrutin de dimanche.', 'fr');
    assert.deepEqual(
      fr.map((e) => `${e.subEventType} ${e.date}`),
      ['Peaceful protest 2024-03-12'],
    );
  });

  test('a kidnapping claimed on one day and told of the day before is one kidnapping, of the day before', async () => {
    const events = await coded(
      "Titre\n\nChapeau.\n\nMONTEVIDEO — Le mouvement Tupamaros a revendiqué mardi l'enlèvement d'un fonctionnaire américain.\n\nLundi matin, des hommes armés ont enlevé le fonctionnaire devant son domicile à Montevideo.",
      'fr',
    );
    assert.deepEqual(
      events.map((e) => `${e.subEventType} ${e.date}`),
      ['Abduction/forced disappearance 2024-03-11'],
    );
  });

  test('aircraft attacking a place again and again on the day is an air strike, not a habit', async () => {
    await expectKinds("Lundi, des chasseurs-bombardiers ont attaqué à plusieurs reprises l'aéroport de Nicosie.", 'fr', [
      'Air/drone strike @ Nicosia',
    ]);
  });

  test('troops firing into "the crowd" of a rally told beside it use excessive force; with no protest told, they attack', async () => {
    await expectSubTypes(
      'Troops fired into a crowd of students in Lahore on Monday, killing four. The shooting came after students gathered for a rally against the war.',
      'en',
      ['Excessive force against protesters'],
    );
    await expectSubTypes(
      'Des milliers de personnes ont manifesté lundi devant le palais à Conakry. Les soldats ont ouvert le feu sur la foule devant le palais.',
      'fr',
      ['Excessive force against protesters'],
    );
    await expectSubTypes('Gunmen fired into the crowd at a market in Kano on Monday, killing six.', 'en', ['Attack']);
  });

  test('a national guard is a state force; fire exchanged with police is fought by armed sides, not rioted', async () => {
    await expectKinds(
      'À Limassol, lundi, la Garde nationale a attaqué le quartier turc, où les combats se poursuivaient en soirée.',
      'fr',
      ['Armed clash @ Limassol'],
    );
    await expectKinds(
      "Lundi à Vienne, un policier a été tué lors de l'échange de coups de feu avec les policiers accourus sur place.",
      'fr',
      ['Armed clash @ Vienna'],
    );
    await expectKinds('Lundi, des soldats se heurtaient à une vive résistance des combattants près de Kyrenia.', 'fr', [
      'Armed clash @ Kyrenia',
    ]);
    await expectKinds(
      "Lundi, dans Nicosie, des tirs d'armes automatiques et de mortiers ont opposé toute la journée la Garde nationale aux combattants.",
      'fr',
      ['Armed clash @ Nicosia'],
    );
  });

  test('hostages held, people placed in custody, an embassy picketed: events told in other words', async () => {
    await expectSubTypes("Un commando retenait toujours lundi soir une soixantaine d'otages au siège de l'OPEP à Vienne.", 'fr', [
      'Abduction/forced disappearance',
    ]);
    await expectKinds("Les 44 pirates de l'air ont été placés en détention lundi à Durban.", 'fr', ['Arrests @ Durban']);
    await expectKinds('In Moscow, several hundred youths picketed the Estonian embassy on Monday.', 'en', ['Peaceful protest @ Moscow']);
    await expectNone([['Workers on the picket line at the plant in Detroit said talks resumed on Monday.', 'en']]);
  });

  test('a nerve gas released on people is a chemical weapon; a stockpile to destroy and tear gas are not', async () => {
    await expectKinds('At least eight people were killed on Monday after a nerve gas was released on several Tokyo subway trains.', 'en', [
      'Chemical weapon @ Tokyo',
    ]);
    await expectKinds('Lundi, une attaque chimique a tué au moins vingt personnes à Douma, selon des secouristes.', 'fr', [
      'Chemical weapon @ Douma',
    ]);
    await expectNone([
      ['Syria agreed on Monday in Damascus to destroy its chemical weapons by June.', 'en'],
      ['Lundi à Dakar, le chlore a été utilisé pour traiter l’eau de la ville.', 'fr'],
    ]);
    const csv = toAcledCsv(await coded('On Monday, sarin was released in a crowded station in Tokyo.', 'en'));
    assert.match(csv, /Explosions\/Remote violence,Chemical weapon/, csv);
  });

  test('soldiers burning or looting buildings destroy property; a crowd doing it riots, and a raid that kills is an attack', async () => {
    await expectKinds(
      'During the night, soldiers set fire to two radio stations and the offices of a newspaper in central Paramaribo, witnesses said.',
      'en',
      ['Looting/property destruction @ Paramaribo'],
    );
    await expectKinds('Mardi à Conakry, des militaires ont pillé des boutiques et des maisons du quartier de Bellevue.', 'fr', [
      'Looting/property destruction @ Conakry',
    ]);
    await expectSubTypes('Rioters torched shops in central Honiara on Tuesday.', 'en', ['Violent demonstration']);
    await expectSubTypes('Gunmen attacked a village near Bokkos on Tuesday, torched houses and killed 12 villagers.', 'en', ['Attack']);
  });

  test('"a day after", « au lendemain des »: the event told after them happened the day before the date read', async () => {
    const dates = async (text: string, lang: 'fr' | 'en'): Promise<string[]> =>
      (await coded(text, lang)).map((e) => `${e.subEventType} ${e.date}`);
    // Published on Tuesday 12 March 2024: Friday is the 8th.
    assert.deepEqual(await dates('Police found six bodies on Friday in Honiara, a day after rioters burned the town centre.', 'en'), [
      'Violent demonstration 2024-03-07',
    ]);
    assert.deepEqual(await dates('Titre\n\nSix corps ont été retrouvés vendredi à Honiara, au lendemain des émeutes.', 'fr'), [
      'Violent demonstration 2024-03-07',
    ]);
    // A date of its own after the trigger stands.
    assert.deepEqual(await dates('Rioters burned shops in Honiara on Friday, a day after the vote.', 'en'), [
      'Violent demonstration 2024-03-08',
    ]);
  });

  test('grenades thrown are a grenade attack; rocket-propelled and tear-gas grenades are not', async () => {
    await expectKinds('Lundi matin, deux grenades ont été lancées dans une salle du Parlement à Colombo, selon la police.', 'fr', [
      'Grenade @ Colombo',
    ]);
    await expectKinds('A man threw a grenade into a crowded market in Srinagar on Monday, wounding 12 people, police said.', 'en', [
      'Grenade @ Srinagar',
    ]);
    await expectSubTypes('Lundi à Alger, la police a lancé des grenades lacrymogènes pour disperser la foule.', 'fr', [
      'Protest with intervention',
    ]);
    await expectNone([['Rebels armed with rocket-propelled grenades were seen in the hills near Goma on Monday.', 'en']]);
  });

  test('a bomb defused, missiles intercepted, an arms cache seized: disrupted weapons use', async () => {
    await expectKinds('Lundi à Jakarta, les démineurs ont désamorcé un engin bourré de clous dans une chambre de l’hôtel.', 'fr', [
      'Disrupted weapons use @ Jakarta',
    ]);
    await expectKinds('Police in Quetta defused a bomb planted near a school on Monday.', 'en', ['Disrupted weapons use @ Quetta']);
    await expectKinds('Air defences intercepted four missiles over Kyiv on Monday, the military said.', 'en', [
      'Disrupted weapons use @ Kyiv',
    ]);
    await expectNone([['Engineers in Kabul were trained on Monday to defuse bombs in the coming months.', 'en']]);
  });

  test('soldiers who set fire to buildings and loot shops destroy property, they do not riot', async () => {
    await expectKinds(
      'Residents said Iraqi soldiers had set fire to government buildings and looted shops in Kuwait City before pulling out on Tuesday.',
      'en',
      ['Looting/property destruction @ Kuwait City'],
    );
    await expectSubTypes('Protesters looted shops and set fire to cars in Nairobi on Tuesday.', 'en', ['Violent demonstration']);
  });

  test('troops rolling unopposed into a town take it without a fight', async () => {
    await expectKinds('Kuwaiti troops rolled unopposed into Kuwait City at dawn on Wednesday.', 'en', [
      'Non-violent transfer of territory @ Kuwait City',
    ]);
    await expectSubTypes('Hundreds of protesters poured into the streets of Cairo on Monday.', 'en', ['Peaceful protest']);
  });

  test('a city-sized country gives way to its town in the dateline: "SAO TOMÉ — … à São Tomé-et-Príncipe"', async () => {
    await expectKinds('Titre\n\nChapeau.\n\nSAO TOMÉ — Des militaires ont arrêté lundi plusieurs ministres à São Tomé-et-Príncipe.', 'fr', [
      'Arrests @ São Tomé',
    ]);
  });

  test('the place of a clause about the victims, with no comma before its pronoun, is where they were hit', async () => {
    await expectKinds(
      'À Szczecin, la foule a incendié lundi le siège du parti. Des soldats ont ouvert le feu lundi sur des ouvriers qui descendaient du train à Gdynia.',
      'fr',
      ['Violent demonstration @ Szczecin', 'Attack @ Gdynia'],
    );
    await expectKinds(
      'In Szczecin, rioters set fire to the party headquarters on Monday. Soldiers opened fire on Monday on workers who were leaving a train in Gdynia.',
      'en',
      ['Violent demonstration @ Szczecin', 'Attack @ Gdynia'],
    );
  });

  test('one man taking refuge is no displacement, and does not hide the attack told with it', async () => {
    await expectKinds(
      "Jeudi soir à Asunción, des unités rebelles appuyées par des chars avaient attaqué les soldats de la garde dans la caserne où le président s'était réfugié.",
      'fr',
      ['Armed clash @ Asunción'],
    );
    await expectSubTypes("Lundi, des milliers d'habitants de Goma se sont réfugiés au Rwanda voisin.", 'fr', ['Other']);
  });

  test('police who returned fire fought armed men: a clash, not a riot', async () => {
    await expectKinds('Police guarding the temple in Luxor returned fire on Monday and killed one gunman.', 'en', ['Armed clash @ Luxor']);
  });

  test("the region after a dateline's town is the dateline's: the town named in the sentence is the place", async () => {
    await expectKinds(
      'Title\n\nROTHERHAM, England — Masked rioters smashed windows and forced their way into a hotel housing asylum seekers near Rotherham on Sunday, starting a fire inside.',
      'en',
      ['Violent demonstration @ Rotherham'],
    );
    // Nor does the dateline's town stand in for the region the sentence names (which would
    // then be an event of its own): the region's towns told after it are the events'.
    await expectKinds(
      'Title\n\nDENPASAR, Indonesia — Suicide bombers attacked restaurants packed with diners in Bali on Saturday evening. The first bomb went off at about 7:45 p.m. in a restaurant on Kuta Square, killing 10.',
      'en',
      // The square is not in the gazetteer: the record carries the point, and so the name, of the town it stands in.
      ['Suicide bomb @ Denpasar'],
    );
  });

  test("a road's, a convoy's or a flight's destination is not where it was hit", async () => {
    await expectKinds(
      'Title\n\nSANTO DOMINGO — Le président a été tué mardi soir dans une embuscade tendue sur la route qui mène à San Cristóbal.',
      'fr',
      ['Attack @ Santo Domingo'],
    );
    await expectKinds(
      'Title\n\nKYIV — Gunmen opened fire on Tuesday on a convoy of buses heading to Poltava, killing two civilians.',
      'en',
      ['Attack @ Kyiv'],
    );
    await expectKinds(
      'Title\n\nSÉGOU (Mali) — Des hommes armés ont attaqué mardi un car à destination de Bamako, tuant deux passagers.',
      'fr',
      ['Attack @ Ségou'],
    );
  });

  test('shots fired at a building or at people, and a man shot dead, are an attack', async () => {
    await expectKinds('On Saturday afternoon, a gunman fired dozens of shots at a cultural centre in Copenhagen.', 'en', [
      'Attack @ Copenhagen',
    ]);
    await expectKinds('Samedi, un homme a tiré plusieurs coups de feu sur un centre culturel de Copenhague.', 'fr', [
      'Attack @ Copenhagen',
    ]);
    await expectKinds('On Sunday, a gunman shot dead a volunteer guarding a synagogue in Copenhagen.', 'en', ['Attack @ Copenhagen']);
  });

  test('a warplane named by its model strikes from the air', async () => {
    await expectKinds('On Monday, an Emirati F-16 destroyed the launcher near the town of Al Hazm in Yemen.', 'en', [
      'Air/drone strike @ Al Ḩazm',
    ]);
    await expectKinds("Lundi, un F-16 émirati a détruit le lanceur près de la ville d'Al-Hazm, au Yémen.", 'fr', [
      'Air/drone strike @ Al Ḩazm',
    ]);
  });

  test('a protest that turned violent is a riot; one that police charged met intervention', async () => {
    await expectKinds('On Tuesday, student protests turned violent in Dhaka.', 'en', ['Violent demonstration @ Dhaka']);
    await expectKinds('Dimanche, la manifestation a dégénéré à Toulouse.', 'fr', ['Violent demonstration @ Toulouse']);
    await expectKinds('Dimanche, la police montée a chargé les manifestants rassemblés sur la place de Mai à Buenos Aires.', 'fr', [
      'Protest with intervention @ Buenos Aires',
    ]);
  });

  test('a dateline abroad does not locate the story the lede tells of another country', async () => {
    const events = await coded(
      'Suicide bombers strike northern Somalia\n\nAt least 23 people were killed in coordinated attacks.\n\nNAIROBI, Kenya — Suicide bombers struck five targets in northern Somalia on Monday, officials said.\n\nA nurse at the main hospital put the toll at 50.\n\nIn Hargeisa, the bombers hit the presidential palace.',
      'en',
    );
    assert.deepEqual([...new Set(events.map((e) => e.location.name))], ['Hargeysa']);
  });

  test('a year that opens the sentence dates all of it: a trigger far from it is background too', async () => {
    await expectNone([
      [
        "En 2004, des dizaines de mercenaires, pour la plupart sud-africains, avaient été arrêtés à Malabo alors qu'ils préparaient un putsch.",
        'fr',
      ],
      ['In 2019, dozens of opposition activists, many of them students from the university, were arrested by police in Harare.', 'en'],
    ]);
  });

  test('someone driven from his residence by car is no one driven out, and hides no attack', async () => {
    await expectKinds(
      "Gunmen opened fire on the president's convoy in Ashgabat on Monday as he was being driven from his residence to his office.",
      'en',
      ['Attack @ Ashgabat'],
    );
  });

  test('someone killed by the explosion of their car was killed by a bomb', async () => {
    await expectKinds("La journaliste a été tuée lundi après-midi par l'explosion de sa voiture à Mosta.", 'fr', [
      'Remote explosive/landmine/IED @ Mosta',
    ]);
    await expectKinds('The journalist was killed on Monday afternoon when her car exploded near Mosta.', 'en', [
      'Remote explosive/landmine/IED @ Mosta',
    ]);
  });

  test('an event called an attack, a cyber attack and past attacks are no new attack', async () => {
    await expectNone([
      ['The United Nations office in Colombia called the Cali bombing an "indiscriminate attack" on Friday.', 'en'],
      ['The government said on Sunday that cyber attacks had hit several websites in Podgorica.', 'en'],
      ['A string of past attacks in Istanbul has left dozens dead.', 'en'],
      ["Le gouvernement a aussi fait état dimanche d'attaques informatiques contre plusieurs sites à Podgorica.", 'fr'],
      ['Le Premier ministre a dénoncé dimanche une attaque menée par des « professionnels » à Pristina.', 'fr'],
    ]);
  });

  test("one family or a man's wife evacuated, and armed men who flee or are evacuated, are no displacement", async () => {
    await expectNone([
      ['Son épouse, Martine Moïse, grièvement blessée, a été évacuée lundi vers Miami.', 'fr'],
      ['Sa famille a été évacuée lundi à Plovdiv.', 'fr'],
      ['Lundi à Kati, les assaillants ont fui vers la brousse.', 'fr'],
      ['On Monday in Luxor, the others commandeered a tour bus and fled towards the hills.', 'en'],
      ['On Monday in Mocimboa da Praia, the last soldiers defending the port were evacuated by sea.', 'en'],
    ]);
    await expectSubTypes("Lundi, des milliers d'habitants de Bender ont fui vers Tiraspol.", 'fr', ['Other']);
  });

  test('sexual violence: rapes by armed men, not a charge of rape nor rapes as a habit', async () => {
    await expectKinds('On Monday, soldiers raped at least 12 women in Goma.', 'en', ['Sexual violence @ Goma']);
    await expectKinds('Lundi, des soldats ont violé plusieurs femmes à Goma.', 'fr', ['Sexual violence @ Goma']);
    await expectKinds('Lundi à Conakry, des témoins ont vu des militaires violer des femmes sur la pelouse du stade.', 'fr', [
      'Sexual violence @ Conakry',
    ]);
    await expectNone([
      ['He was charged with rape on Monday in Kinshasa.', 'en'],
      ['Les gangs multiplient depuis des mois les viols à Port-au-Prince.', 'fr'],
    ]);
    const [event] = await coded('On Monday, soldiers raped at least 12 women in Goma.', 'en');
    assert.equal(event?.eventType, 'Violence against civilians');
    assert.deepEqual(event?.plover, { event: 'ASSAULT', mode: 'sexual' });
  });

  test('a group laying down its arms or disbanding, and a base set up, are strategic developments', async () => {
    await expectKinds('On Tuesday, the rebels handed over their weapons to UN observers in Mesetas.', 'en', [
      'Change to group/activity @ Mesetas',
    ]);
    await expectKinds("Samedi, les FARC ont remis leurs armes aux observateurs de l'ONU à Mesetas.", 'fr', [
      'Change to group/activity @ Mesetas',
    ]);
    await expectKinds('On Monday, the militants set up a new base in Kidal.', 'en', ['Headquarters or base established @ Kidal']);
    await expectKinds('Lundi, les jihadistes ont installé une nouvelle base à Kidal.', 'fr', ['Headquarters or base established @ Kidal']);
    // A company's offices are no base; a base to come is no event.
    await expectNone([
      ['On Monday, the bank opened new headquarters in Kidal.', 'en'],
      ['The militants will set up a new base in Kidal next week.', 'en'],
    ]);
  });

  test('paving stones hurled at officers make a riot; a vigil held to demand justice is a protest, a wake is not', async () => {
    await expectKinds(
      'On Wednesday in Reykjavik, some in the crowd hurled paving stones and bottles at officers guarding the parliament.',
      'en',
      ['Violent demonstration @ Reykjavík'],
    );
    await expectKinds(
      "Lundi soir, plus d'un millier de personnes ont participé à une veillée aux chandelles à Sliema pour réclamer justice.",
      'fr',
      ['Peaceful protest @ Sliema'],
    );
    await expectNone([['Lundi soir, une veillée funèbre a réuni la famille à Sliema.', 'fr']]);
  });

  test("a town the title names is the story's: it locates what the text leaves unplaced", async () => {
    await expectKinds(
      "Attaque jihadiste à Grand-Bassam\n\nABIDJAN — L'attaque menée dimanche contre la station balnéaire de Grand-Bassam a fait 19 morts, a annoncé lundi le gouvernement.\n\nVers midi dimanche, des hommes armés ont ouvert le feu sur des baigneurs.\n\nLes forces spéciales sont intervenues.\n\nLe président est rentré lundi à Abidjan, où les écoles d'Abidjan ont fermé.",
      'fr',
      ['Attack @ Grand-Bassam'],
    );
  });

  test('a truce broken, violated or holding is no agreement; nobody arrested and an attack feared are no events', async () => {
    await expectNone([
      ['The truce was broken on Monday in Donetsk.', 'en'],
      ['The ceasefire was violated on Monday near Donetsk.', 'en'],
      ['On Monday in Kyiv, officials said the ceasefire was holding.', 'en'],
      ['Le cessez-le-feu a été violé lundi à Donetsk.', 'fr'],
      ['Police arrested no one on Monday in Lagos.', 'en'],
      ['Residents of Goma fear an attack on the city.', 'en'],
    ]);
    await expectKinds('On Monday in Doha, the two sides signed a ceasefire.', 'en', ['Agreement @ Doha']);
    await expectKinds('Lundi à Doha, les deux camps ont signé un cessez-le-feu.', 'fr', ['Agreement @ Doha']);
  });

  test('a possible or looming offensive is no battle', async () => {
    await expectNone([
      ['The United Nations warned on Monday of a possible offensive on Rafah.', 'en'],
      ["L'ONU a mis en garde lundi contre une éventuelle offensive sur Rafah.", 'fr'],
      ["L'ONU a mis en garde lundi contre une offensive possible sur Rafah.", 'fr'],
    ]);
  });

  test('protesters shot dead met excessive force; a protest after a man was shot dead did not', async () => {
    await expectKinds('Soldiers shot dead two protesters in Khartoum on Monday.', 'en', ['Excessive force against protesters @ Khartoum']);
    await expectKinds('Lundi à Khartoum, des soldats ont abattu deux manifestants.', 'fr', [
      'Excessive force against protesters @ Khartoum',
    ]);
    await expectSubTypes('Protests swept through Khartoum on Monday after a popular singer was shot dead in Omdurman on Sunday.', 'en', [
      'Peaceful protest',
    ]);
  });

  test('a drone that strikes is an air strike; a bomber in « une mosquée de Peshawar » struck Peshawar', async () => {
    await expectKinds('Un drone israélien a frappé une voiture lundi à Tyr, tuant deux personnes.', 'fr', ['Air/drone strike @ Tyre']);
    await expectKinds("Un kamikaze s'est fait exploser lundi dans une mosquée de Peshawar.", 'fr', ['Suicide bomb @ Peshawar']);
  });

  test('armed men burning a school or a church destroy property; people hacked to death or beheaded were attacked', async () => {
    await expectKinds('Gunmen set fire to a school in Kumba on Monday.', 'en', ['Looting/property destruction @ Kumba']);
    await expectKinds('Jihadists burned down a church in Djibo on Monday.', 'en', ['Looting/property destruction @ Djibo']);
    await expectKinds('Militants beheaded two farmers near Palma on Monday.', 'en', ['Attack @ Palma']);
    await expectSubTypes('Unknown assailants hacked five people to death in Goma on Monday.', 'en', ['Attack']);
  });

  test('the same in French: a school or a church burned by armed men, villagers killed with machetes or beheaded', async () => {
    await expectKinds('Lundi, des hommes armés ont incendié une école à Kumba.', 'fr', ['Looting/property destruction @ Kumba']);
    await expectKinds('Des jihadistes ont brûlé une église lundi à Djibo.', 'fr', ['Looting/property destruction @ Djibo']);
    await expectKinds('Lundi, des inconnus ont tué cinq personnes à la machette à Goma.', 'fr', ['Attack @ Goma']);
    await expectKinds('Des jihadistes ont décapité deux paysans lundi près de Palma.', 'fr', ['Attack @ Palma']);
  });

  test('a town handed over without a fight, and a prisoner exchange', async () => {
    await expectKinds('The army withdrew from Kidal on Monday, handing the town to the rebels.', 'en', [
      'Non-violent transfer of territory @ Kidal',
    ]);
    await expectKinds("L'armée s'est retirée lundi de Kidal, en cédant la ville aux rebelles.", 'fr', [
      'Non-violent transfer of territory @ Kidal',
    ]);
    await expectKinds('Russia and Ukraine exchanged 200 prisoners of war in Istanbul on Monday.', 'en', ['Agreement @ Istanbul']);
    await expectKinds("Lundi à Istanbul, la Russie et l'Ukraine ont échangé 200 prisonniers de guerre.", 'fr', ['Agreement @ Istanbul']);
  });

  test('missiles thrown by a crowd are no artillery, and stones thrown at police make a march a riot', async () => {
    await expectSubTypes(
      'On Sunday evening in England, a crowd attacked another hotel used to house asylum seekers in Tamworth, throwing missiles at officers, smashing windows and setting fires.',
      'en',
      ['Mob violence'],
    );
    await expectSubTypes(
      'In Middlesbrough, England, several hundred people marched through the centre on Sunday, throwing stones at police.',
      'en',
      ['Violent demonstration'],
    );
  });

  test('killings by gunmen told in the passive, or by "the bullets of" someone, are attacks', async () => {
    await expectKinds('GOMA — Des hommes armés ont tué dimanche trois villageois près de Goma.', 'fr', ['Attack @ Goma']);
    await expectKinds('GOMA — Deux passants ont été tués dimanche à Goma par les balles d\u2019un garde.', 'fr', ['Attack @ Goma']);
    await expectKinds('GOMA — Six bûcherons ont été tués samedi par des hommes armés près de Goma.', 'fr', ['Attack @ Goma']);
    await expectKinds('GOMA — Six woodcutters were killed on Saturday by gunmen near Goma.', 'en', ['Attack @ Goma']);
  });

  test('an old event named by its year is background; "the deadliest since" a year is not', async () => {
    await expectNone([
      ["MOSTAR — La ville n'avait pas connu pareille tension depuis les bombardements de 1993.", 'fr'],
      ['MOSTAR — The town had not seen such tension since the 1993 shelling.', 'en'],
      ['MOSTAR — Residents still speak of the shelling of 1993.', 'en'],
    ]);
    await expectKinds(
      'NAIROBI — Gunmen killed 40 people at a market in Nairobi on Monday, the deadliest attack in the country since the 1998 bombing.',
      'en',
      ['Attack @ Nairobi'],
    );
  });

  test('a bomb told first, then said to be strapped to a body, is one suicide bombing', async () => {
    await expectKinds(
      'COLOMBO — A minister was killed on Monday when a bomb exploded at a market in Colombo. Police believe a man set off explosives strapped to his body.',
      'en',
      ['Suicide bomb @ Colombo'],
    );
  });

  test('a bomb found and disabled before it went off is a disrupted weapon use, not an explosion', async () => {
    await expectKinds(
      'LYON — A car bomb packed with gas cylinders was found in a parked van in Lyon on Friday and disabled by police before it could go off.',
      'en',
      ['Disrupted weapons use @ Lyon'],
    );
    await expectKinds(
      'LYON — Une voiture piégée a été découverte vendredi dans un parking de Lyon et désamorcée par les démineurs.',
      'fr',
      ['Disrupted weapons use @ Lyon'],
    );
  });

  test('an airliner that exploded in flight was bombed; theatres cleared by police are no displacement', async () => {
    await expectKinds('DAKAR — Un avion de ligne a explosé en vol mardi peu après son décollage de Dakar.', 'fr', [
      'Remote explosive/landmine/IED @ Dakar',
    ]);
    await expectNone([['LONDON — Police evacuated West End theatres and hotels in London for hours on Friday.', 'en']]);
  });

  test('a crowd turning on passers-by and gangs smashing shops are mob violence; an election rally is no protest', async () => {
    await expectKinds('LEEDS — On Sunday a drunken crowd turned on shoppers in Leeds.', 'en', ['Mob violence @ Leeds']);
    await expectKinds('LEEDS — Gangs of young men smashed shop windows in Leeds on Monday night.', 'en', ['Mob violence @ Leeds']);
    await expectKinds('LAHORE — A bomb exploded at an election rally in Lahore on Sunday.', 'en', [
      'Remote explosive/landmine/IED @ Lahore',
    ]);
  });

  test('an armed group handing over its whole arsenal changes its activity', async () => {
    await expectKinds("BILBAO — Le groupe armé a remis samedi à Bilbao ce qu'il présente comme la totalité de son arsenal.", 'fr', [
      'Change to group/activity @ Bilbao',
    ]);
    await expectKinds('BILBAO — The group handed over on Saturday in Bilbao what it said was the whole of its arsenal.', 'en', [
      'Change to group/activity @ Bilbao',
    ]);
  });

  test('a statue attacked and a massacre denounced are no events', async () => {
    await expectNone([
      ['KABUL — Crowds attacked a statue of the king in Kabul on Friday.', 'en'],
      ['GROZNY — Les dirigeants de Grozny dénoncent un « massacre » de civils.', 'fr'],
    ]);
  });

  test('a foreign army taking a town overtakes it; its country is read from the name written before it', async () => {
    const [e, ...rest] = await coded('MOSUL — U.S. Marines took control of central Mosul on Wednesday.', 'en');
    assert.equal(rest.length, 0);
    assert.equal(e!.subEventType, 'Non-state actor overtakes territory');
    assert.equal(e!.actor1?.name, 'Military Forces of United States');
  });

  test('a street or a square the gazetteer lacks stands for its town in the record; a city-sized country for its city', async () => {
    const [e] = await coded('BAYONNE — Des milliers de personnes se sont rassemblées samedi place Paul-Bert, dans le Petit Bayonne.', 'fr');
    assert.equal(e?.location.name, 'Bayonne');
    const [m] = await coded('MACAO — Des milliers de manifestants se sont rassemblés samedi à Macao.', 'fr');
    assert.equal(m?.location.name, 'Macau');
    assert.ok(Math.abs(m!.location.lat - 22.2) < 0.01, String(m!.location.lat));
  });

  test('armed men attacking a garrison or a police post fight a battle with its force', async () => {
    const [fr] = await coded('GUDERMES — Des rebelles ont attaqué mardi la garnison russe de Goudermes.', 'fr');
    assert.equal(fr?.subEventType, 'Armed clash');
    assert.equal(fr?.actor2?.name, 'Military Forces of Russia');
    const [en] = await coded('KIDAL — Militants attacked a police post in Kidal on Monday.', 'en');
    assert.equal(en?.subEventType, 'Armed clash');
    assert.equal(en?.actor2?.name, 'Police Forces of Mali');
    // A market is no post: the attack stays one on civilians.
    assert.equal((await coded('KIDAL — Militants attacked a market in Kidal on Monday.', 'en'))[0]?.subEventType, 'Attack');
  });

  test('"a day after" reaches across a few words of its clause, not across a comma', async () => {
    const [e] = await coded(
      'NICOSIA — Crowds in Tehran stormed the Saudi embassy on Saturday, a day after hundreds of people died in clashes between pilgrims and police in Mecca.',
      'en',
      false,
    ).then((all) => all.filter((x) => x.location.name === 'Mecca'));
    assert.equal(e?.date, '2024-03-08');
  });

  test('people taken from their homes by armed men, burned to death by attackers, killed in the attack on a convoy', async () => {
    await expectKinds('ACCRA — Three judges were taken from their homes in Accra by armed men on Wednesday.', 'en', [
      'Abduction/forced disappearance @ Accra',
    ]);
    await expectKinds('HARARE — A student was seized in Harare on Thursday by men believed to be state agents.', 'en', [
      'Abduction/forced disappearance @ Harare',
    ]);
    await expectKinds(
      'ELDORET — At least 30 people were burned to death in Eldoret on Tuesday when attackers set fire to a church.',
      'en',
      ['Attack @ Eldoret'],
    );
    await expectKinds("DORI — Au moins 20 personnes ont été tuées mercredi dans l'attaque d'un convoi près de Dori.", 'fr', [
      'Attack @ Dori',
    ]);
    // The attack on a military camp is a battle with its garrison.
    const [camp] = await coded("DORI — Trente soldats ont été tués mardi lors de l'attaque du camp militaire de Dori.", 'fr');
    assert.equal(camp?.subEventType, 'Armed clash');
  });

  test('gangs setting fire to homes and shops riot; supporters massed outside a palace protest; missiles intercepted and destroyed', async () => {
    await expectKinds(
      'ADAMA — Groups of young men went from street to street in Adama on Tuesday setting fire to hotels, homes and shops.',
      'en',
      ['Mob violence @ Nazrēt'],
    );
    await expectKinds('TAIPEI — Thousands of supporters massed outside the Presidential Office in Taipei on Saturday night.', 'en', [
      'Peaceful protest @ Taipei',
    ]);
    await expectNone([['TAIPEI — Troops massed outside Taipei on Saturday.', 'en']]);
    await expectKinds('RIYAD — La défense antiaérienne a intercepté et détruit lundi deux missiles balistiques au-dessus de Riyad.', 'fr', [
      'Disrupted weapons use @ Riyadh',
    ]);
  });

  test('fighting an accord is meant to end is not told; people who fled "from the first days" are a tally', async () => {
    await expectKinds("HANOÏ — L'accord de paix destiné à mettre fin aux combats a été signé lundi à Hanoï.", 'fr', ['Agreement @ Hanoi']);
    await expectKinds('HANOI — An armistice to end the fighting was signed in Hanoi on Monday.', 'en', ['Agreement @ Hanoi']);
    await expectNone([['TRIPOLI — Quelque 30 000 réfugiés avaient fui le camp dès les premiers jours, vers Tripoli.', 'fr']]);
  });

  test('an event placed only by its region happened at the one town of that region the article names', async () => {
    await expectKinds(
      "KANO — Gunmen abducted at least 24 students from hostels in northwest Nigeria's Zamfara state on Friday. The hostels are used by students of the university in Gusau, the state capital.",
      'en',
      ['Abduction/forced disappearance @ Gusau'],
    );
  });

  test('people attacked in the streets during a riot are its victims; a youth shot dead by police stays an attack of its own', async () => {
    await expectSubTypes(
      'WAMENA — Rioters set fire to shops and government offices in Wamena on Monday. Most of the dead were migrants who were attacked in the streets, police said.',
      'en',
      ['Violent demonstration'],
    );
    await expectSubTypes(
      'ATHENS — A policeman opened fire on a group of teenagers in Athens on Saturday night, killing a 15-year-old boy. Hundreds of youths rioted in Athens later that night, setting fire to cars and banks.',
      'en',
      ['Attack', 'Violent demonstration'],
    );
  });

  test('a riot of one community against another is mob violence', async () => {
    await expectSubTypes('PENANG — Communal riots broke out in Penang on Tuesday, leaving four people dead.', 'en', ['Mob violence']);
    await expectSubTypes('OSH — Crowds torched Uzbek-owned homes and shops in Osh on Sunday.', 'en', ['Mob violence']);
    await expectSubTypes('PENANG — Hundreds of students rioted in Penang on Tuesday, burning cars outside the ministry.', 'en', [
      'Violent demonstration',
    ]);
  });

  test('protests in which people were killed, or protesters who died, were no peaceful protests', async () => {
    await expectSubTypes('ZOMBA — Soldiers patrolled Zomba on Thursday after two days of protests in which 18 people were killed.', 'en', [
      'Violent demonstration',
    ]);
    await expectSubTypes('THALA — Dimanche, deux autres manifestants sont morts à Thala.', 'fr', ['Violent demonstration']);
  });

  test('arrests told after a riot, dated by no word of their own, belong to the riot', async () => {
    await expectSubTypes(
      'FAAA — Des émeutes ont éclaté vendredi à Faaa, où des jeunes ont incendié des voitures. Samedi, le calme était revenu. Une quarantaine de personnes ont été interpellées.',
      'fr',
      ['Violent demonstration'],
    );
  });

  test('a coup that takes power without a fight is a strategic development; coups of past months are background', async () => {
    await expectKinds('NIAMEY — Un groupe de militaires a pris le pouvoir mercredi à l\u2019aube à Niamey.', 'fr', ['Other @ Niamey']);
    await expectKinds('BANJUL — Army officers seized power in Banjul on Friday and dissolved the government.', 'en', ['Other @ Banjul']);
    await expectNone([['BISSAU — Ces derniers mois, les militaires ont pris le pouvoir à Bamako et à Conakry.', 'fr']]);
    // The summary says who took power; civilians who fled are still "displaced".
    const [coup] = await coded('NIAMEY — Un groupe de militaires a pris le pouvoir mercredi à Niamey.', 'fr');
    assert.equal(coup?.notes, 'On 2024-03-06, Military Forces of Niger took power in Niamey; fatalities unknown.');
    const [fled] = await coded('GOMA — Thousands of civilians fled Goma on Friday.', 'en');
    assert.equal(fled?.notes, 'On 2024-03-08, Civilians (Congo - Kinshasa) were displaced in Goma; fatalities unknown.');
  });

  test('civilians leaving their town in numbers are displaced, "often on foot" is no habit; troops leaving it are not', async () => {
    await expectKinds('RAMADI — Thousands of families left the city on foot and by car on Sunday.', 'en', ['Other @ Ramadi']);
    await expectKinds("DESSIE — Samedi, des milliers d'habitants de Dessie ont pris la route, souvent à pied.", 'fr', ['Other @ Desē']);
    await expectNone([['RAMADI — Troops left the city on Sunday.', 'en']]);
  });

  test('state forces killing armed men fought them: a battle between the two', async () => {
    const [fr] = await coded('GAO — Les soldats maliens ont tué samedi près de Gao une dizaine de jihadistes.', 'fr');
    assert.equal(fr?.subEventType, 'Armed clash');
    assert.equal(fr?.actor1?.name, 'Military Forces of Mali');
    const [en] = await coded('SRINAGAR — Troops killed two militants near Srinagar on Wednesday.', 'en');
    assert.equal(en?.subEventType, 'Armed clash');
    assert.equal(en?.actor1?.name, 'Military Forces of India');
  });

  test('a strike named by its nation, cluster bombs and aircraft that attacked strike from the air; communal clashes are mob violence', async () => {
    await expectSubTypes('TYR — Une frappe israélienne a détruit mercredi soir un immeuble à Tyr.', 'fr', ['Air/drone strike']);
    await expectSubTypes('NIS — NATO cluster bombs hit a market in Nis on Friday.', 'en', ['Air/drone strike']);
    await expectSubTypes('KUWAIT CITY — Aircraft attacked the retreating columns near Jahra on Tuesday.', 'en', ['Air/drone strike']);
    await expectSubTypes('AMBON — Des groupes de chrétiens et de musulmans armés de machettes se sont affrontés jeudi à Ambon.', 'fr', [
      'Mob violence',
    ]);
  });

  test('people gathered outside a building chanting or waving flags, or banging pots and pans, protest', async () => {
    await expectSubTypes('MANAMA — Thousands of people gathered outside the hospital in Manama on Friday, chanting slogans.', 'en', [
      'Peaceful protest',
    ]);
    await expectSubTypes('LIMA — Residents banged pots and pans in the streets of Lima on Thursday evening.', 'en', ['Peaceful protest']);
    await expectNone([['MANAMA — Thousands of people gathered outside the hospital in Manama on Friday to give blood.', 'en']]);
  });

  test('troops opening fire on thousands of supporters use excessive force against a protest', async () => {
    await expectSubTypes(
      'ANTANANARIVO — Des militaires ont ouvert le feu samedi sur des milliers de partisans qui tentaient d\u2019atteindre le palais à Antananarivo.',
      'fr',
      ['Excessive force against protesters'],
    );
    await expectSubTypes('MANAGUA — Police opened fire on thousands of supporters marching in Managua on Wednesday.', 'en', [
      'Excessive force against protesters',
    ]);
  });

  test('« l’explosion d’une bombe », « mitraillé », « donné l’assaut », « prendre en otage »', async () => {
    await expectSubTypes("BISSAU — Le général a été tué dimanche à Bissau par l'explosion d'une bombe placée sous l'escalier.", 'fr', [
      'Remote explosive/landmine/IED',
    ]);
    await expectSubTypes('ILLIZI — Des hommes armés ont mitraillé mercredi un bus près d’Illizi, tuant deux employés.', 'fr', ['Attack']);
    await expectSubTypes("LIBREVILLE — La garde a donné l'assaut jeudi au siège de l'opposition à Libreville.", 'fr', ['Attack']);
    await expectSubTypes(
      "ILLIZI — Des hommes armés ont attaqué mercredi le site, avant de prendre en otage des dizaines d'employés près d'Illizi.",
      'fr',
      ['Abduction/forced disappearance'],
    );
  });

  test('police dispersing people protest broke up; deaths as troops broke up a march are excessive force; a weapons handover', async () => {
    await expectSubTypes('KASHGAR — Police dispersed about 200 people outside the mosque in Kashgar on Monday evening.', 'en', [
      'Protest with intervention',
    ]);
    await expectSubTypes(
      'CAIRO — At least 24 people were killed in Cairo on Sunday when soldiers broke up a march outside the television building.',
      'en',
      ['Excessive force against protesters'],
    );
    await expectSubTypes('MESETAS — The rebels completed the handover of their individual weapons in Mesetas on Tuesday.', 'en', [
      'Change to group/activity',
    ]);
  });

  test('people detained on the day of a peaceful march, told apart from it, are an arrest of their own', async () => {
    await expectSubTypes(
      'AMMAN — Thousands of people marched peacefully through Amman on Thursday. Security forces detained several Iraqis for questioning in Amman on Thursday.',
      'en',
      ['Peaceful protest', 'Arrests'],
    );
  });

  test('« au massacre » after people killed in an attack points back at it', async () => {
    await expectKinds(
      "BUJUMBURA — Au moins 150 réfugiés ont été tués dans la nuit de vendredi à samedi lors de l'attaque du camp de Gatumba, près de Bujumbura. Le général a affirmé que des combattants venus de RDC avaient participé au massacre, ce que Kinshasa dément.",
      'fr',
      ['Attack @ Bujumbura'],
    );
  });

  test('separatists, mercenaries and attackers are armed sides the text does not name; what they took is overtaken', async () => {
    const gagra = await coded('TBILISI — Separatist forces captured Gagra on Monday, overrunning the last government positions.', 'en');
    assert.deepEqual(kinds(gagra), ['Non-state actor overtakes territory @ Gagra']);
    assert.equal(gagra[0]!.actor1?.inter, 2, JSON.stringify(gagra[0]!.actor1));
    const kandahar = await coded('KABUL — Mercenaries seized the airport in Kandahar on Tuesday.', 'en');
    assert.deepEqual(kinds(kandahar), ['Non-state actor overtakes territory @ Kandahār']);
    assert.equal(kandahar[0]!.actor1?.inter, 3, JSON.stringify(kandahar[0]!.actor1));
    for (const [text, language] of [
      ['Des séparatistes ont pris le contrôle de Soukhoumi lundi.', 'fr'],
      ['Des assaillants ont attaqué lundi un village près de Butembo, tuant neuf civils.', 'fr'],
      ['Attackers shot dead nine villagers in Butembo on Monday.', 'en'],
    ] as const) {
      const [first] = await coded(text, language);
      assert.ok(
        first?.actor1 !== null && first?.actor1 !== undefined && [2, 3].includes(first.actor1.inter),
        `${text}: ${JSON.stringify(first)}`,
      );
    }
  });

  test('fire opened on people told as marching, gathered or on strike is excessive force against protesters', async () => {
    for (const [text, language] of [
      ['LAGOS — Soldiers opened fire on Saturday on supporters of the governor marching in Ikeja, witnesses said.', 'en'],
      ['LAGOS — Police opened fire on residents who had gathered outside the council offices in Ikeja, killing two.', 'en'],
      ['LAGOS — Troops opened fire on farmers blocking the road to Ikeja on Monday.', 'en'],
      [
        'DAKAR — Des gendarmes ont ouvert le feu mardi sur des centaines de personnes venues réclamer la libération de leur maire à Ziguinchor.',
        'fr',
      ],
      ['DAKAR — Des soldats ont ouvert le feu mardi sur des grévistes devant le port de Ziguinchor.', 'fr'],
    ] as const) {
      await expectSubTypes(text, language, ['Excessive force against protesters']);
    }
    // Fire opened on people who were doing nothing of a protest is still an attack.
    await expectSubTypes('LAGOS — Gunmen opened fire on worshippers leaving a church in Ikeja on Sunday.', 'en', ['Attack']);
  });

  test('people seized by attackers, or held by men holed up with hostages, are abducted, the men holding them first', async () => {
    await expectSubTypes('GROZNY — The mayor of Gudermes and two aides were seized by the attackers on Monday, officials said.', 'en', [
      'Abduction/forced disappearance',
    ]);
    const [beslan] = await coded('MOSCOU — Des assaillants étaient retranchés lundi avec des otages dans une école de Beslan.', 'fr');
    assert.equal(beslan?.subEventType, 'Abduction/forced disappearance', JSON.stringify(beslan));
    assert.equal(beslan?.actor1?.inter, 3, JSON.stringify(beslan?.actor1));
  });

  test('a town bombed with chemical weapons is a chemical weapon event; a sarin leak compared with is none', async () => {
    await expectSubTypes(
      "BAGDAD — L'aviation irakienne a bombardé mercredi la ville de Sardasht, dans le nord-ouest de l'Iran, avec des armes chimiques, tuant des dizaines de civils.",
      'fr',
      ['Chemical weapon'],
    );
    await expectSubTypes('DAMASCUS — Government helicopters bombed Kafr Zita on Tuesday with chlorine, activists said.', 'en', [
      'Chemical weapon',
    ]);
    await expectNone([['Police said they were examining similarities with a sarin leak in Matsumoto last June.', 'en']]);
  });

  test('a bomb that failed to explode and was made safe, or that bomb-disposal experts blew up, is disrupted weapons use', async () => {
    await expectSubTypes(
      'LONDON — A second bomb, left in a holdall outside a pub in Guildford, failed to explode and was made safe by army experts on Saturday.',
      'en',
      ['Disrupted weapons use'],
    );
    await expectSubTypes(
      "MILAN — Une deuxième bombe a été déposée samedi dans une banque de Rome ; les artificiers l'ont fait exploser dans la cour.",
      'fr',
      ['Disrupted weapons use'],
    );
  });

  test('men from a town and the ferry to another do not place an arrest; a suburb is placed at itself, not at its city', async () => {
    await expectKinds(
      'LONDON — Late on Friday, police at Holyhead detained three men from Leeds as they were about to board the ferry to Dublin.',
      'en',
      ['Arrests @ Holyhead'],
    );
    await expectKinds('COLOMBO — Une bombe a explosé mardi dans un marché à Kotte, dans la banlieue de Colombo.', 'fr', [
      'Remote explosive/landmine/IED @ Sri Jayewardenepura Kotte',
    ]);
  });

  test('a protest told as calm in its own sentence stays a peaceful protest beside the dispersal that day; a march told without it is the one dispersed', async () => {
    await expectSubTypes(
      'PRAGUE — Riot police fired tear gas at students in Prague on Friday. Later that evening, thousands of people marched peacefully through Prague.',
      'en',
      ['Protest with intervention', 'Peaceful protest'],
    );
    await expectSubTypes(
      'MADRID — La police a dispersé dimanche à coups de matraque des manifestants à Barcelone. En soirée, des milliers de personnes se sont rassemblées dans le calme à Barcelone.',
      'fr',
      ['Protest with intervention', 'Peaceful protest'],
    );
    await expectSubTypes(
      'PRAGUE — Thousands of students marched through Prague on Friday. Riot police fired tear gas at them in Prague.',
      'en',
      ['Protest with intervention'],
    );
  });

  test('residents who fled a town as it fell, told in a sentence of their own, are displaced beside the change of hands', async () => {
    await expectSubTypes(
      "ADDIS-ABEBA — Les rebelles ont pris le contrôle de Dessie samedi. Des milliers d'habitants ont fui Dessie samedi en direction du sud.",
      'fr',
      ['Non-state actor overtakes territory', 'Other'],
    );
    await expectSubTypes(
      'BAGHDAD — Iraqi troops recaptured Hit on Thursday. Thousands of residents fled Hit on Thursday towards army lines.',
      'en',
      ['Government regains territory', 'Other'],
    );
  });

  test('a change of hands told of "the Old City" or « la vieille ville » is placed at the story\'s town; of "the country", nowhere', async () => {
    await expectKinds('MOSUL, Iraq — Iraqi forces retook the last streets of the Old City on Sunday after a nine-month battle.', 'en', [
      'Government regains territory @ Mosul',
    ]);
    await expectKinds('KOLWEZI — Vendredi, les légionnaires ont repris le contrôle de la vieille ville.', 'fr', [
      'Government regains territory @ Kolwezi',
    ]);
    await expectNone([['KOLWEZI — Vendredi, les légionnaires ont repris le contrôle du pays.', 'fr']]);
  });

  test("one country's soldiers firing on another's, or gunmen whose attack is fired back at, fight a battle", async () => {
    const loyada = await coded(
      'DJIBOUTI — Des soldats somaliens ont ouvert le feu mercredi depuis leur poste sur des militaires français près de Loyada.',
      'fr',
    );
    assert.deepEqual(kinds(loyada), ['Armed clash @ Loyada']);
    assert.deepEqual([loyada[0]!.actor1?.name, loyada[0]!.actor2?.name], ['Military Forces of Somalia', 'Military Forces of France']);
    await expectSubTypes('BAMAKO — Des hommes armés ont attaqué lundi un convoi près de Gao ; son escorte a riposté.', 'fr', [
      'Armed clash',
    ]);
    await expectSubTypes('LAGOS — Gunmen attacked a convoy in Maiduguri on Monday; its escort returned fire.', 'en', ['Armed clash']);
    await expectSubTypes('LAGOS — Gunmen attacked a bus near Maiduguri on Monday, killing six passengers.', 'en', ['Attack']);
  });

  test('a gun battle, or fighting between men the text says are armed, is a battle of unidentified armed groups; fighting with no one armed is none', async () => {
    const [gun] = await coded('MOGADISHU — A gun battle broke out in Kismayo on Monday.', 'en');
    assert.equal(gun?.subEventType, 'Armed clash', JSON.stringify(gun));
    assert.equal(gun?.actor1?.inter, 3, JSON.stringify(gun?.actor1));
    await expectSubTypes('BEYROUTH — De violents combats ont opposé samedi à Halba des partisans armés de deux partis rivaux.', 'fr', [
      'Armed clash',
    ]);
    await expectNone([['BRUSSELS — Fighting broke out in Brussels on Monday over the budget.', 'en']]);
  });

  test('a car driven into people, passers-by stabbed, a shot that killed, a man riddled with bullets are attacks', async () => {
    for (const [text, language] of [
      ['NICE — A man drove a truck into a crowd on the seafront in Nice on Thursday night.', 'en'],
      ['LONDON — A man stabbed three passers-by near the station in Reading on Saturday.', 'en'],
      ['TAIPEI — As onlookers closed in, an agent fired a shot that killed a bystander in Keelung on Thursday.', 'en'],
      ['PORT-AU-PRINCE — Le juge a été criblé de balles mardi soir devant son domicile à Pétion-Ville.', 'fr'],
      ['RABAT — Des hommes armés ont tiré sans distinction sur les passants samedi à Tiznit.', 'fr'],
    ] as const) {
      await expectSubTypes(text, language, ['Attack']);
    }
  });

  test('a capital that speaks for its government, even with an apposition, locates nothing; a town where the police spoke still does', async () => {
    const [strike] = await coded(
      "ALEP — Moscou, principal allié de Damas, a affirmé jeudi que l'aviation russe avait bombardé des positions jihadistes.",
      'fr',
    );
    assert.notEqual(strike?.location?.name, 'Moscow', JSON.stringify(strike?.location));
    await expectKinds('MOGADISCIO — Une voiture piégée a explosé samedi devant le ministère, à Baidoa, a indiqué la police.', 'fr', [
      'Remote explosive/landmine/IED @ Baidoa',
    ]);
  });

  test('kidnappings feared to come, attacks not to be ruled out, and raiders who fled are no events', async () => {
    await expectNone([
      [
        "OUAGADOUGOU — Une responsable humanitaire craint que ces rapts ne marquent le début d'une stratégie d'enlèvements massifs à Djibo.",
        'fr',
      ],
      ['BAMAKO — Pour plusieurs analystes, de nouvelles attaques dans la région de Kati ne sont pas à exclure.', 'fr'],
      ['BAMAKO — Analysts said further attacks in the region of Kati could not be ruled out.', 'en'],
      ['KAMPALA — The students were forced to carry food as the group fled towards Virunga National Park from Mpondwe.', 'en'],
    ]);
    // Worried residents who fled did flee.
    await expectSubTypes('KAMPALA — Worried residents fled Mpondwe on Saturday after the attack.', 'en', ['Other']);
  });

  test('a bomber who struck, projectiles that fell, attackers who struck, and damage told of the things damaged are events', async () => {
    await expectSubTypes(
      'COLOMBO — In the eastern town of Batticaloa, a bomber struck Zion Church as children left Sunday school, killing at least 25.',
      'en',
      ['Suicide bomb'],
    );
    await expectSubTypes("BAKOU — À Stepanakert, plusieurs projectiles sont tombés dimanche avant l'aube.", 'fr', [
      'Shelling/artillery/missile attack',
    ]);
    await expectSubTypes('PATTANI — In Yala, attackers struck several police posts on Wednesday and were driven back.', 'en', [
      'Armed clash',
    ]);
    await expectSubTypes(
      'PARIS — À Lyon, des vitrines ont été brisées et des voitures incendiées mardi soir près de la place Bellecour.',
      'fr',
      ['Violent demonstration'],
    );
    await expectSubTypes('LONDON — In Leeds, shop windows were smashed on Saturday night near the station.', 'en', [
      'Violent demonstration',
    ]);
    // Aircraft come as "bombers": bombers that struck a village are no suicide bombing.
    const planes = await coded('TUNIS — Twenty French bombers struck the village of Sakiet Sidi Youssef on Saturday.', 'en');
    assert.ok(!planes.some((e) => e.subEventType === 'Suicide bomb'), JSON.stringify(kinds(planes)));
  });

  test('fire opened on bathers or tourists, told apart, is an attack beside the battle with the gunmen that day', async () => {
    const coded2 = await coded(
      'ABIDJAN — Des hommes armés ont ouvert le feu dimanche sur des baigneurs à Grand-Bassam. Des soldats ont affronté les assaillants dimanche à Grand-Bassam.',
      'fr',
    );
    assert.deepEqual(kinds(coded2).sort(), ['Armed clash @ Grand-Bassam', 'Attack @ Grand-Bassam']);
    const en = await coded(
      'TUNIS — A gunman opened fire on tourists on the beach at Sousse on Friday. Police exchanged fire with the gunman in Sousse on Friday.',
      'en',
    );
    assert.deepEqual(kinds(en).sort(), ['Armed clash @ Sousse', 'Attack @ Sousse']);
    // Where the men came from does not place the fight.
    await expectKinds('DAKAR — Des mercenaires arrivés en provenance du Swaziland ont affronté jeudi des soldats à Ziguinchor.', 'fr', [
      'Armed clash @ Ziguinchor',
    ]);
  });

  test('« a pris mardi le pouvoir » is a coup, not a capture; a helicopter strike is an air strike; fighters taking over a town without a shot take it without a fight', async () => {
    await expectSubTypes('DOHA — Le prince héritier a pris mardi le pouvoir à Doha à la place de son père.', 'fr', ['Other']);
    await expectSubTypes('MOSCOW — A convoy was hit during a helicopter strike near Voronezh on Saturday.', 'en', ['Air/drone strike']);
    await expectSubTypes('MOSCOW — Wagner fighters moved north on Saturday, taking over Rostov without a shot.', 'en', [
      'Non-violent transfer of territory',
    ]);
  });

  test('a ban on rallies and « une manifestation de la folie » are no protests', async () => {
    await expectNone([
      ['ALMATY — The decree bans strikes and rallies in Zhanaozen and imposes a curfew until Jan. 5.', 'en'],
      ['TUNIS — Le décret interdit les grèves et les rassemblements à Sfax jusqu’au 5 janvier.', 'fr'],
      ['KIEV — Le président a dénoncé mardi « une nouvelle manifestation de la folie russe » après la frappe sur Kharkiv.', 'fr'],
    ]);
    // A rally of solidarity is still a rally; supporters of a banned movement who march do march.
    await expectSubTypes('PARIS — Des milliers de personnes ont participé samedi à Lyon à une manifestation de solidarité.', 'fr', [
      'Peaceful protest',
    ]);
    await expectSubTypes('CAIRO — Thousands of supporters of the banned Brotherhood marched peacefully in Alexandria on Friday.', 'en', [
      'Peaceful protest',
    ]);
  });

  test('a dateline with a hyphen between spaces is a dateline too, with the state after its town: "CHARLOTTESVILLE, Va., Aug 12 (AP) - "', async () => {
    await expectKinds('TOKYO, March 12 (AP) - Thousands of Koreans marched through the streets of Seoul on Monday.', 'en', [
      'Peaceful protest @ Seoul',
    ]);
    await expectKinds(
      'CHARLOTTESVILLE, Va., March 12 (AP) - Hundreds of people protested on Monday against a white nationalist rally.',
      'en',
      ['Peaceful protest @ Charlottesville'],
    );
  });

  test('fire on a crowd leaving a meeting, on hundreds of protesters, or on a column of 1 500 people marching, meets protesters; « un « massacre » » names those deaths again', async () => {
    await expectKinds(
      "Trois hommes ont été tués lundi à Liège lorsque des gendarmes ont tiré sur la foule qui sortait d'un meeting du Parti socialiste.",
      'fr',
      ['Excessive force against protesters @ Liège'],
    );
    await expectKinds(
      "Des gendarmes ont tiré lundi sur des centaines de manifestants à Dimbokro, tuant treize personnes.\n\nLes manifestants réclamaient la libération de militants arrêtés dimanche. Le RDA affirme que la foule était pacifique et parle d'un « massacre ».",
      'fr',
      ['Excessive force against protesters @ Dimbokro'],
    );
    await expectKinds(
      "Douze paysans ont été tués lundi près des Cayes lorsqu'une patrouille a ouvert le feu sur une colonne d'environ 1 500 personnes qui marchaient vers la ville.",
      'fr',
      ['Excessive force against protesters @ Les Cayes'],
    );
    await expectKinds('Troops opened fire on Monday on a crowd leaving a union meeting in Conakry, killing five people.', 'en', [
      'Excessive force against protesters @ Conakry',
    ]);
  });

  test("« avant d'être repoussés par les forces de l'ordre » is an attack fought off, a battle, not ground lost", async () => {
    await expectKinds(
      "Des hommes armés ont attaqué lundi un centre de santé à Butembo, tuant un policier avant d'être repoussés par les forces de l'ordre.",
      'fr',
      ['Armed clash @ Butembo'],
    );
    await expectKinds("Les rebelles ont été repoussés lundi hors de Kidal par l'armée.", 'fr', ['Government regains territory @ Kidal']);
  });

  test("« ont donné l'assaut lundi vers 17 heures à l'avion » and « une embuscade tendue » are battles however the words fall", async () => {
    await expectKinds(
      "Les gendarmes ont donné l'assaut lundi vers 17 heures à l'avion immobilisé sur l'aéroport de Marignane, tuant les quatre pirates de l'air.",
      'fr',
      ['Armed clash @ Marignane'],
    );
    await expectKinds("Des rebelles ont échappé lundi à une embuscade tendue par l'armée près de Kidal.", 'fr', ['Armed clash @ Kidal']);
  });

  test('bands that set upon passers-by and mobs that hunt people down commit mob violence (« ont pris à partie », « a agressé », "hunted down")', async () => {
    await expectKinds("Des bandes d'Européens ont pris à partie lundi des passants africains dans le centre de Maputo.", 'fr', [
      'Mob violence @ Maputo',
    ]);
    await expectKinds('À Varna, une bande de jeunes gens a agressé lundi soir un groupe de Roms.', 'fr', ['Mob violence @ Varna']);
    await expectKinds('Mobs armed with iron rods and knives hunted down Sikhs in Delhi on Monday.', 'en', ['Mob violence @ Delhi']);
  });

  test('people seized, not places: "seized dozens of employees", "captured President Doe", « ont emmené des dizaines de civils », « s\'étaient emparés du président »', async () => {
    await expectKinds('Rebels seized dozens of oil company employees in Seria on Monday.', 'en', [
      'Abduction/forced disappearance @ Seria',
    ]);
    await expectKinds('Rebel fighters captured President Samuel Doe in Monrovia on Monday.', 'en', [
      'Abduction/forced disappearance @ Monrovia',
    ]);
    await expectKinds(
      'Lundi soir, à Hanoï, des groupes armés ont fait irruption dans les maisons et emmené des dizaines de civils français.',
      'fr',
      ['Abduction/forced disappearance @ Hanoi'],
    );
    await expectKinds("Lundi, des militaires s'étaient emparés du président dans sa résidence de Libreville.", 'fr', [
      'Abduction/forced disappearance @ Libreville',
    ]);
  });

  test('"12 days after", « douze jours après » set the event told after them that many days back; "in an attack claimed by" names the bombing again', async () => {
    const en = await coded(
      'The strike came 12 days after a suicide car bomber killed 40 police in Pulwama, in Indian Kashmir, in an attack claimed by Jaish-e-Mohammad.',
      'en',
      true,
    );
    assert.deepEqual(
      en.map((e) => `${e.subEventType} ${e.date} ${e.flags.background}`),
      ['Suicide bomb 2024-02-29 true'],
    );
    const fr = await coded('Le raid est intervenu douze jours après un attentat-suicide qui a tué 40 policiers à Pulwama.', 'fr', true);
    assert.deepEqual(
      fr.map((e) => `${e.subEventType} ${e.date} ${e.flags.background}`),
      ['Suicide bomb 2024-02-29 true'],
    );
  });

  test('"was struck by bullets" strikes no deal, and a truce already there (« la ligne de cessez-le-feu », « profitant de la trêve », « annulé la trêve ») is no new one', async () => {
    const sub = async (t: string, l: 'fr' | 'en'): Promise<string[]> => (await coded(t, l)).map((e) => e.subEventType);
    assert.ok(!(await sub('Her car was struck by bullets in Dhaka on Monday.', 'en')).includes('Agreement'));
    assert.deepEqual(await sub('The document was signed by the Boer leaders in Pretoria on Monday.', 'en'), ['Agreement']);
    for (const t of [
      "Aucun incident n'a été signalé lundi à Tachkent le long de la ligne de cessez-le-feu.",
      'Lundi à Saïgon, le président a annulé la trêve.',
      'Lundi à Alger, un officier ordonnait le cessez-le-feu.',
    ])
      assert.ok(!(await sub(t, 'fr')).includes('Agreement'), t);
  });

  test('people "who had fled", police officers who fled and « personnes ayant fui » are no displacement; "thousands of residents had fled" is one', async () => {
    const sub = async (t: string, l: 'fr' | 'en'): Promise<string[]> => (await coded(t, l)).map((e) => e.subEventType);
    assert.deepEqual(await sub('Chiang, who had fled up the hillside, was found hiding among rocks in Lintong on Monday.', 'en'), []);
    assert.deepEqual(await sub('Residents said the police officers had fled Jayuya on Monday.', 'en'), []);
    assert.deepEqual(await sub('Lundi, à Mokolo, le site abrite quelque 800 personnes ayant fui les violences.', 'fr'), []);
    assert.deepEqual(await sub('By Monday afternoon, thousands of residents had fled into the UN base in Malakal.', 'en'), ['Other']);
  });

  test('aircraft that attack or open fire strike from the air, however many words name them; the bombers of a bombing do not', async () => {
    await expectKinds(
      'Vingt-cinq avions français, des bombardiers B-26 et des chasseurs, ont attaqué lundi le village tunisien de Sakiet Sidi Youssef.',
      'fr',
      ['Air/drone strike @ Sakiet Sidi Youssef'],
    );
    await expectKinds('Lundi, des hélicoptères avaient ouvert le feu sur le quartier général de la police à Gölbaşı.', 'fr', [
      'Air/drone strike @ Gölbaşı',
    ]);
    await expectKinds('On Monday, B-26 bombers flown by exile pilots attacked a government column near Playa Giron.', 'en', [
      'Air/drone strike @ Girón',
    ]);
    const suicide = await coded('In Amman, the bombers struck three hotels on Monday.', 'en');
    assert.ok(!suicide.some((e) => e.subEventType === 'Air/drone strike'), kinds(suicide).join('; '));
  });

  test('gunmen who storm a mall, a hostel or a theatre attack it; they take no town', async () => {
    const events = await coded('Gunmen stormed the Westgate mall in Nairobi on Monday, shooting shoppers at cafes.', 'en');
    assert.deepEqual(
      events.map((e) => e.subEventType),
      ['Attack'],
    );
  });

  test('fire into a crowd of several thousand, « une foule de plusieurs milliers de personnes », meets a gathering: excessive force', async () => {
    await expectKinds('Soldiers fired a machine gun into a crowd of several thousand people in Taipei on Monday, killing two.', 'en', [
      'Excessive force against protesters @ Taipei',
    ]);
    await expectKinds(
      'Lundi à Genève, des soldats ont ouvert le feu sur une foule de plusieurs milliers de Genevois, tuant treize hommes.',
      'fr',
      ['Excessive force against protesters @ Genève'],
    );
  });

  test('a rally grenades were thrown at is the attack\'s scene; men who "marched out" surrendered; « des zones de rassemblement » gather troops, not protesters', async () => {
    await expectKinds('Two hand grenades thrown at the stage of an opposition rally in Manila on Monday killed nine people.', 'en', [
      'Grenade @ Manila',
    ]);
    await expectKinds('In Dublin on Monday, about 130 men marched out shortly before 4 p.m. and were taken to prison.', 'en', []);
    await expectKinds('À Maputo, les troupes devront rejoindre lundi des zones de rassemblement.', 'fr', []);
  });

  test('an arrest called for or to come is none: « a réclamé son arrestation », "more arrests were likely"', async () => {
    await expectKinds(
      "Lundi à Phnom Penh, l'opposant a accusé le Premier ministre d'avoir commandité l'attentat et réclamé son arrestation.",
      'fr',
      [],
    );
    await expectKinds('Officials in Blantyre said on Monday that more arrests were likely in the coming days.', 'en', []);
  });

  test("a foreign country named in the paragraph (« Les États-Unis … ont appelé à la retenue ») does not place the story's fighting", async () => {
    await expectKinds(
      "Des combats ont opposé lundi l'armée tadjike aux rebelles à Khorog.\n\nLes États-Unis et l'Union européenne ont appelé à la retenue. L'ONU a demandé une enquête sur les circonstances des combats.",
      'fr',
      ['Armed clash @ Khorugh'],
    );
  });

  test('the town a statement was issued in is not where the event was (« un communiqué publié à Paris », "a statement issued in Madras")', async () => {
    await expectKinds('COLOMBO — Tamil rebels attacked an army camp on Sunday, the Tigers said in a statement issued in Madras.', 'en', [
      'Armed clash @ Colombo',
    ]);
    await expectKinds('BAMAKO — Des jihadistes ont attaqué dimanche un camp militaire, selon un communiqué publié à Paris.', 'fr', [
      'Armed clash @ Bamako',
    ]);
  });

  test('the town reinforcements arrived from is not where they then made arrests ("had arrived from Karachi", « arrivés de Bamako »)', async () => {
    await expectKinds(
      'KARACHI — A bus was bombed in Hyderabad on Monday, police said.\n\nPolice reinforcements had arrived from Karachi overnight. They arrested ten people on Tuesday, officials said.',
      'en',
      ['Arrests @ Hyderabad'],
    );
    await expectKinds(
      "BAMAKO — Des jihadistes ont attaqué lundi un camp militaire à Mopti.\n\nDes renforts arrivés de Bamako dans la nuit ont arrêté mardi dix suspects, selon l'armée.",
      'fr',
      ['Armed clash @ Mopti', 'Arrests @ Mopti'],
    );
  });

  test('a person seized is no ground taken ("had seized Ocalan in Nairobi", « avaient capturé Ocalan »); a leader "driven away" was driven, not driven out', async () => {
    await expectNone([
      [
        'ANKARA — Abdullah Ocalan, the leader of the PKK, was flown to Turkey on Tuesday.\n\nThe prime minister said Turkish security forces had seized Ocalan in Nairobi on Monday night.',
        'en',
      ],
      [
        'ANKARA — Abdullah Ocalan, le chef du PKK, a été ramené mardi en Turquie.\n\nLe Premier ministre a déclaré que les forces de sécurité turques avaient capturé Ocalan lundi soir à Nairobi.',
        'fr',
      ],
      ['NAIROBI — The PKK leader was driven away from the embassy in Nairobi by Kenyan police on Monday, officials said.', 'en'],
    ]);
    await expectKinds('NAIROBI — PKK fighters were driven out of Nairobi by Kenyan police on Monday, officials said.', 'en', [
      'Government regains territory @ Nairobi',
    ]);
  });

  test('people killed during the dispersal of a march met excessive force (« tuées … lors de la dispersion par la police », "killed during the dispersal")', async () => {
    await expectAmong(
      "PARIS — Huit personnes ont été tuées jeudi soir à Paris lors de la dispersion par la police d'une manifestation contre l'OAS.",
      'fr',
      'Excessive force against protesters',
    );
    await expectAmong(
      'SEOUL — Three protesters were killed on Thursday in Seoul during the dispersal of a student march by riot police.',
      'en',
      'Excessive force against protesters',
    );
  });

  test('men demolishing tombs or shrines, burning or dynamiting synagogues destroy property (« ont démoli … quatre tombeaux », "burned or destroyed synagogues")', async () => {
    await expectKinds(
      "BAMAKO — À Tombouctou, une trentaine d'hommes ont démoli dimanche au moins quatre tombeaux de saints, selon des habitants.",
      'fr',
      ['Looting/property destruction @ Timbuktu'],
    );
    await expectKinds('KANO — In Kano, armed men burned or destroyed two synagogues and a shrine on Sunday, residents said.', 'en', [
      'Looting/property destruction @ Kano',
    ]);
  });

  test('shots exchanged in the passive are a battle ("shots were exchanged between…", « des tirs ont été échangés entre… »)', async () => {
    await expectKinds('GOMA — Shots were exchanged on Monday between soldiers and M23 rebels near Sake, the army said.', 'en', [
      'Armed clash @ Sake',
    ]);
    await expectKinds(
      "GOMA — Des tirs ont été échangés lundi entre des soldats et des rebelles du M23 près de Sake, selon l'armée.",
      'fr',
      ['Armed clash @ Sake'],
    );
  });

  test('rebels who occupy a town take it ("occupied the border town of Kidal", « ont occupé la ville de Kidal »); protesters occupying a square take nothing', async () => {
    await expectKinds('BAMAKO — Tuareg rebels occupied the northern town of Kidal on Monday, officials said.', 'en', [
      'Non-state actor overtakes territory @ Kidal',
    ]);
    await expectKinds('BAMAKO — Des rebelles touareg ont occupé lundi la ville de Kidal, selon des responsables.', 'fr', [
      'Non-state actor overtakes territory @ Kidal',
    ]);
    await expectNone([['BAMAKO — Students occupied the main square of Bamako on Monday.', 'en']]);
  });

  test('fighting between "both sides", « les deux camps », is fought by the sides of the last battle told', async () => {
    await expectKinds(
      'BANGUI — Anti-balaka militiamen attacked Seleka rebels in Bangui on Monday.\n\nFighting between the two sides also broke out on Monday morning in Bossangoa, residents said.',
      'en',
      ['Armed clash @ Bangui', 'Armed clash @ Bossangoa'],
    );
    await expectKinds(
      'BANGUI — Des miliciens anti-balaka ont attaqué lundi les rebelles de la Séléka à Bangui.\n\nDes combats ont également opposé lundi matin les deux camps à Bossangoa, selon des habitants.',
      'fr',
      ['Armed clash @ Bangui', 'Armed clash @ Bossangoa'],
    );
  });

  test('protesters "were shot dead", « ont été abattus », or police "firing rifles" at a protest: excessive force', async () => {
    await expectAmong(
      'KATHMANDU — Two protesters were shot dead in Itahari on Monday as students marched against the ban.',
      'en',
      'Excessive force against protesters',
    );
    await expectAmong(
      'BANGKOK — Police firing rifles stormed the university at dawn on Monday, ending a student protest against the junta.',
      'en',
      'Excessive force against protesters',
    );
    await expectAmong(
      "DAKAR — Deux manifestants ont été abattus lundi à Ziguinchor lors d'une marche contre le gouvernement.",
      'fr',
      'Excessive force against protesters',
    );
  });

  test('a named group the lexicon does not know takes the side its name says: a patriotic or liberation front takes a town, it does not regain it', async () => {
    await expectKinds(
      'GOMA — Le Front patriotique rwandais (FPR) a pris dimanche Gisenyi, après la débandade des Forces armées rwandaises (FAR).',
      'fr',
      ['Non-state actor overtakes territory @ Gisenyi'],
    );
    await expectKinds('MANILA — The Moro Islamic Liberation Front captured the town of Marawi on Sunday, officials said.', 'en', [
      'Non-state actor overtakes territory @ Marawi City',
    ]);
  });

  test('the arrest of a person named, or arrests in raids or at home, told apart from a protest that day are arrests of their own', async () => {
    const riot =
      'LA PAZ — Bolivian soldiers rammed the palace door on Monday as hundreds of protesters gathered outside, and police fired tear gas to disperse them.';
    await expectKinds(`${riot}\n\nBolivian police arrested General Juan José Zúñiga on Monday evening.`, 'en', [
      'Protest with intervention @ La Paz',
      'Arrests @ La Paz',
    ]);
    await expectKinds(
      "NOUAKCHOTT — Des centaines de manifestants ont été dispersés lundi à Nouakchott par la police.\n\nLe chef de l'État a été arrêté lundi à son domicile par des militaires.",
      'fr',
      ['Protest with intervention @ Nouakchott', 'Arrests @ Nouakchott'],
    );
    // Arrests at the protest, or counted by a minister that night, are its intervention.
    await expectKinds(`${riot}\n\nPolice arrested 40 people on Monday, Interior Minister Carlos Mesa said.`, 'en', [
      'Protest with intervention @ La Paz',
    ]);
  });

  test('rioting between "Moslems and Hindus", or between Han and Uighurs, is communal: mob violence', async () => {
    await expectKinds('CALCUTTA — Rioting between Moslems and Hindus raged in Calcutta on Monday, police said.', 'en', [
      'Mob violence @ Kolkata',
    ]);
  });

  test('a gunfight told in a sentence of its own beside a hostage-taking is a battle of its own; guards firing back as pupils are taken are part of the abduction', async () => {
    await expectKinds(
      'VIENNA — Gunmen burst into the OPEC headquarters in Vienna on Sunday and took 70 people hostage.\n\nTwo policemen were killed on Sunday in an exchange of fire between the gunmen and police officers at the entrance, police said.',
      'en',
      ['Abduction/forced disappearance @ Vienna', 'Armed clash @ Vienna'],
    );
    await expectKinds(
      'KANKARA — Gunmen exchanged fire with guards on Sunday as they abducted 300 pupils from a school in Kankara, police said.',
      'en',
      ['Abduction/forced disappearance @ Kankara'],
    );
  });

  test('an agreement signed "à Marcoussis (Essonne)", or whose title is quoted before « a été signé », is an agreement', async () => {
    await expectKinds(
      'ABIDJAN — Les belligérants ont signé vendredi soir à Marcoussis (Essonne), au centre national du rugby, un accord destiné à mettre fin à la guerre civile.',
      'fr',
      ['Agreement @ Marcoussis'],
    );
    await expectKinds("SAIGON — L'accord « sur la cessation de la guerre au Vietnam » a été signé lundi à Paris.", 'fr', [
      'Agreement @ Paris',
    ]);
  });

  test('a bomb described at length, across commas, before it "exploded" is still a bombing', async () => {
    await expectKinds(
      'SYDNEY — A bomb hidden in a rubbish bin outside the Hilton Hotel, where several Commonwealth heads of government were staying, exploded early on Monday, killing two council workers.',
      'en',
      ['Remote explosive/landmine/IED @ Sydney'],
    );
  });

  test("a charge that damaged a railway « de Liège à Namur près de Seraing » is a bombing near Seraing, not at the route's ends", async () => {
    await expectKinds(
      "LIÈGE — Lundi vers 3 heures du matin, une charge d'explosif a endommagé la voie ferrée de Liège à Namur près de Seraing, sans faire de victime.",
      'fr',
      ['Remote explosive/landmine/IED @ Seraing'],
    );
  });

  test('a group that burns its weapons or announces the end of its armed struggle changes its activity, in both languages', async () => {
    await expectKinds(
      "SOULEIMANIYÉ — Une trentaine de combattants du PKK ont brûlé leurs armes vendredi lors d'une cérémonie près de Dukan.",
      'fr',
      ['Change to group/activity @ Dukan'],
    );
    await expectKinds(
      "BILBAO — L'organisation séparatiste basque ETA a annoncé lundi à Saint-Sébastien « la cessation définitive de son activité armée ».",
      'fr',
      ['Change to group/activity @ Donostia / San Sebastián'],
    );
    await expectKinds('BILBAO — ETA announced on Monday in San Sebastian a definitive end to its armed campaign.', 'en', [
      'Change to group/activity @ Donostia / San Sebastián',
    ]);
  });

  test('crowds that burn or smash, youths who set buildings on fire, riot (« des jeunes ont incendié… », "crowds burned government offices")', async () => {
    await expectKinds('KARACHI — In Larkana, crowds burned government offices and shops on Monday, police said.', 'en', [
      'Violent demonstration @ Larkana',
    ]);
    await expectKinds(
      'CONAKRY — À Labé, des jeunes ont incendié lundi plusieurs bâtiments administratifs et la résidence du préfet.',
      'fr',
      ['Violent demonstration @ Labe'],
    );
  });

  test('a vehicle loaded with explosives driven into its target is a suicide bombing, in both languages', async () => {
    await expectKinds(
      'A guerrilla drove a truck loaded with explosives into an army camp at Jaffna on Monday, killing 40 soldiers.',
      'en',
      ['Suicide bomb @ Jaffna'],
    );
    await expectKinds("Un homme a lancé lundi un camion bourré d'explosifs contre la caserne de l'armée à Tyr, tuant 20 soldats.", 'fr', [
      'Suicide bomb @ Tyre',
    ]);
  });

  test('mutineers and soldiers who rob shops or go on looting loot: « ont dévalisé », « ont continué à piller »', async () => {
    await expectKinds('Lundi, les mutins ont dévalisé les commerces du centre de Kinshasa.', 'fr', [
      'Looting/property destruction @ Kinshasa',
    ]);
    await expectKinds('Des militaires ont continué lundi à piller magasins et villas de Kinshasa.', 'fr', [
      'Looting/property destruction @ Kinshasa',
    ]);
  });

  test('"reoccupied" changes hands; a foreign force that retakes a town from rebels the sentence names regains it for the government', async () => {
    const [kolwezi] = await coded('Belgian paratroopers retook Kolwezi from the rebels on Monday.', 'en');
    assert.equal(kolwezi?.subEventType, 'Government regains territory');
    const [baghdad] = await coded('U.S. Marines took control of central Baghdad on Monday.', 'en');
    assert.equal(baghdad?.subEventType, 'Non-state actor overtakes territory');
    const crater = await coded('British troops reoccupied the Crater district on Monday.', 'en');
    assert.ok(crater.length > 0 && crater.every((e) => e.location.name === 'Crater'), kinds(crater).join('; '));
  });

  test("a region the sentence names, with no town of it in the text but the dateline's, is placed at the dateline's town", async () => {
    await expectKinds(
      "BELFAST, April 10 (Reuters) - Northern Ireland's main parties and the British and Irish governments reached a peace agreement on Friday.",
      'en',
      ['Agreement @ Belfast'],
    );
    await expectKinds(
      'GUSAU, Nigeria — Gunmen kidnapped 317 girls from a school in the village of Jangebe, in Zamfara state, on Monday.',
      'en',
      ['Abduction/forced disappearance @ Gusau'],
    );
  });

  test('a shared dateline ("NEW DELHI/ISLAMABAD, March 12 (Reuters) - ") is one dateline: its second town is not a place the story names', async () => {
    const events = await coded(
      'NEW DELHI/ISLAMABAD, March 12 (Reuters) - Indian warplanes struck a camp near the town of Balakot on Monday.',
      'en',
    );
    assert.equal(events.filter((e) => e.subEventType === 'Air/drone strike').length, 1, events.map((e) => e.location.name).join(', '));
  });

  test("« l'ambassade des États-Unis, à Lomé » : the embassy's country qualifies it, its town locates the event", async () => {
    await expectKinds(
      "LOMÉ, 12 mars (AFP) — Le président a été abattu lundi devant le portail de l'ambassade des États-Unis, à Lomé, par des militaires. Un ancien ministre est réfugié à Cotonou.",
      'fr',
      ['Attack @ Lomé'],
    );
  });

  test('looters and bands named as such loot, beside the riot or the strike of the day; unrest that "entered its second day" takes no town', async () => {
    await expectKinds(
      'LOS ANGELES — Looters stripped shops bare across South Central Los Angeles on Monday, as the unrest entered its second day. Rioters threw stones at the police in Los Angeles on Monday.',
      'en',
      ['Looting/property destruction @ Los Angeles', 'Violent demonstration @ Los Angeles'],
    );
    await expectKinds('KINSHASA — Lundi, des pillards ont encore saccagé des boutiques et des entrepôts à Kinshasa.', 'fr', [
      'Looting/property destruction @ Kinshasa',
    ]);
    await expectKinds('BICHKEK — Lundi, des bandes ont dévalisé les grands magasins du centre de Bichkek.', 'fr', [
      'Looting/property destruction @ Bishkek',
    ]);
    // Soldiers who loot an embassy among others destroy property; youths in bands riot.
    await expectKinds('SHANGHAI — Soldiers looted the British, American and Japanese consulates in Nanking on Monday.', 'en', [
      'Looting/property destruction @ Nanjing',
    ]);
    await expectKinds("VILLIERS-LE-BEL — Des bandes de jeunes ont affronté les forces de l'ordre lundi à Villiers-le-Bel.", 'fr', [
      'Violent demonstration @ Villiers-le-Bel',
    ]);
  });

  test('grenades that explode or are "thrown at the stage" were thrown; « l\'explosion de plusieurs grenades » is a grenade attack', async () => {
    await expectSubTypes('DHAKA — About a dozen grenades exploded in quick succession near the port in Dhaka on Monday.', 'en', [
      'Grenade',
    ]);
    await expectAmong(
      'MANILA — Two hand grenades thrown at the stage of an opposition rally in Manila on Monday killed nine people.',
      'en',
      'Grenade',
    );
    await expectSubTypes("ADDIS-ABEBA — Le vice-roi a été blessé lundi à Addis-Abeba par l'explosion de plusieurs grenades.", 'fr', [
      'Grenade',
    ]);
    // Tear gas grenades that go off are a dispersal.
    await expectNone([['NAIROBI — Tear gas grenades exploded near the stadium in Nairobi on Monday.', 'en']]);
  });

  test('a town named further on in the sentence places what a country opening it would: "In Ethiopia, a grenade was thrown at a rally … in Addis Ababa"', async () => {
    const events = await coded(
      'HARARE — An explosion tore through a rally in Bulawayo on Monday. Hours earlier, in Ethiopia, a grenade was thrown at a huge rally in support of the prime minister in Addis Ababa on Monday.',
      'en',
    );
    assert.deepEqual(
      events.filter((e) => e.subEventType === 'Grenade').map((e) => e.location.name),
      ['Addis Ababa'],
    );
  });

  test("one person shot dead or assassinated is an attack with no armed man named; a policeman or a commander shot dead fell in a fight; « l'hôtel Tanganyika » is a hotel", async () => {
    await expectKinds(
      'BOGOTA — Jorge Gaitán, the leader of the Liberal Party, was shot dead on Monday outside his office in Bogota.',
      'en',
      ['Attack @ Bogotá'],
    );
    await expectKinds(
      "USUMBURA — Le Premier ministre a été tué lundi soir d'une balle de fusil alors qu'il dînait à la terrasse de l'hôtel Tanganyika, à Usumbura.",
      'fr',
      ['Attack @ Bujumbura'],
    );
    await expectNone([['DUBLIN — A policeman was shot dead at the gate of Dublin Castle on Monday.', 'en']]);
  });

  test('a specific word that fails its own conditions does not silence the generic ones: "to take the country to independence" leaves "opened fire on" standing', async () => {
    await expectKinds(
      'RANGOON — Gunmen burst into the council chamber in Rangoon on Monday and opened fire on a meeting of the council, killing the leader who was to take the country to independence.',
      'en',
      ['Attack @ Yangon'],
    );
  });

  test('« ont marché » is a march, unless troops march on a town; « des magasins ont aussi été vandalisés » is a riot', async () => {
    await expectKinds('PARIS — À Lille, une centaine de personnes ont marché lundi dans le calme.', 'fr', ['Peaceful protest @ Lille']);
    await expectKinds('SAINT-DENIS — Lundi, des magasins ont aussi été vandalisés à Saint-Paul.', 'fr', [
      'Violent demonstration @ Saint-Paul',
    ]);
    await expectNone([['KINSHASA — Lundi, les rebelles ont ensuite marché vers Goma.', 'fr']]);
  });

  test('an evacuation « envisagée » or "being considered" has not happened; the representatives of a capital do not place its signing there', async () => {
    await expectNone([
      [
        "N'DJAMENA — Des renforts ont été acheminés lundi pour protéger les ressortissants étrangers, dont l'évacuation est envisagée.",
        'fr',
      ],
      ["N'DJAMENA — The evacuation of foreign nationals from N'Djamena is being considered, officials said on Monday.", 'en'],
    ]);
    await expectKinds(
      'MINSK — Les représentants de Kiev et des séparatistes ont signé lundi à Minsk un accord prévoyant un cessez-le-feu.',
      'fr',
      ['Agreement @ Minsk'],
    );
    await expectKinds('MINSK — Representatives of Kyiv and the separatists signed a ceasefire agreement in Minsk on Monday.', 'en', [
      'Agreement @ Minsk',
    ]);
  });

  test('a bomb that "tore through" a hotel, explosions that killed, « deux explosions ont déchiré » are explosions; a gas explosion is not', async () => {
    await expectKinds('BELFAST — An IRA bomb tore through the Europa Hotel in Belfast early on Monday, killing four people.', 'en', [
      'Remote explosive/landmine/IED @ Belfast',
    ]);
    await expectKinds('JERUSALEM — Two explosions at crowded bus stops in Jerusalem killed a boy on Monday.', 'en', [
      'Remote explosive/landmine/IED @ Jerusalem',
    ]);
    await expectKinds("AUCKLAND — Deux explosions ont déchiré lundi la coque d'un navire amarré à Auckland.", 'fr', [
      'Remote explosive/landmine/IED @ Auckland',
    ]);
    await expectNone([
      ['LYON — Une explosion de gaz a soufflé lundi un immeuble à Lyon.', 'fr'],
      ['HOUSTON — An explosion at a chemical plant in Houston killed two workers on Monday.', 'en'],
    ]);
  });

  test('residents blocking a highway protest (police or a landslide blocking roads do not); youths hurling fire bombs at shops, « jeté des pierres sur les policiers » riot', async () => {
    await expectKinds('COCHABAMBA — Residents blocked the main highway out of Cochabamba on Monday.', 'en', [
      'Peaceful protest @ Cochabamba',
    ]);
    await expectKinds('AJACCIO — Lundi, des centaines de lycéens ont bloqué plusieurs établissements à Ajaccio.', 'fr', [
      'Peaceful protest @ Ajaccio',
    ]);
    await expectNone([
      ['COCHABAMBA — Police blocked the roads into Cochabamba on Monday.', 'en'],
      ['COCHABAMBA — A landslide blocked roads near Cochabamba on Monday.', 'en'],
    ]);
    await expectKinds('KINGSTON — Gangs of youths hurled fire bombs at shops and cars in Kingston on Monday.', 'en', [
      'Violent demonstration @ Kingston',
    ]);
    await expectKinds('SOFIA — Lundi, une foule a jeté des pierres et des cocktails Molotov sur les policiers à Sofia.', 'fr', [
      'Violent demonstration @ Sofia',
    ]);
  });

  test('groups supporting and opposing a law, rival groups, « partisans et opposants » fighting in the streets: mob violence, not a riot', async () => {
    await expectKinds('NEW DELHI — Groups supporting and opposing the new law torched shops in Delhi on Monday.', 'en', [
      'Mob violence @ Delhi',
    ]);
    await expectKinds('ABIDJAN — Lundi, des partisans et des opposants du président ont incendié des voitures à Abidjan.', 'fr', [
      'Mob violence @ Abidjan',
    ]);
  });

  test('"handed another base in Khan Younis over to the police" hands over the town named inside the phrase; hostages handed over are no territory', async () => {
    await expectKinds('GAZA — The army handed another base in Khan Younis over to Palestinian police on Monday.', 'en', [
      'Non-violent transfer of territory @ Khān Yūnis',
    ]);
    await expectNone([['GENEVA — The kidnappers handed the hostages over to the Red Cross in Geneva on Monday.', 'en']]);
  });

  test('rocket launchers and the weapons attackers are "armed with" fire nothing: no shelling', async () => {
    await expectNone([
      ['COTONOU — Lundi, les assaillants, armés de mortiers et de lance-roquettes, se sont dirigés vers le centre de Cotonou.', 'fr'],
      ['COTONOU — On Monday the gunmen, armed with mortars and rockets, moved towards the centre of Cotonou.', 'en'],
    ]);
    await expectKinds('KABOUL — Lundi, des roquettes sont tombées sur Kaboul.', 'fr', ['Shelling/artillery/missile attack @ Kabul']);
  });

  test('an attack repulsed by those attacked was a battle: « l\'ont repoussée », "fought off the attackers"', async () => {
    await expectSubTypes("HANOÏ — Lundi soir, une bande armée a attaqué le poste de Hưng Hóa, mais les gardes l'ont repoussée.", 'fr', [
      'Armed clash',
    ]);
    await expectSubTypes('KABUL — Gunmen attacked a checkpoint near Kabul on Monday, but soldiers fought off the attackers.', 'en', [
      'Armed clash',
    ]);
  });

  test('wounded soldiers or the last defenders evacuated are no displaced civilians; residents evacuated are', async () => {
    await expectNone([
      ['SUKHUMI — On Monday, wounded soldiers and civilians were being evacuated from Sukhumi by sea.', 'en'],
      ['BOUAKÉ — Lundi, les militaires les plus gravement atteints ont été évacués de Bouaké vers la France.', 'fr'],
    ]);
    await expectSubTypes('SUKHUMI — On Monday, thousands of residents were evacuated from Sukhumi by sea.', 'en', ['Other']);
  });

  test('arrests on Saturday "a day after" Friday\'s riot, told in one sentence, are an arrest of their own, not the riot\'s', async () => {
    await expectKinds(
      'SIVAS — Police detained dozens of people in Sivas on Tuesday, a day after a crowd of several thousand set fire to a hotel.',
      'en',
      ['Arrests @ Sivas', 'Violent demonstration @ Sivas'],
    );
  });

  test('a school or a barracks named like a town (« le lycée Descartes »), "the Mau movement", "a Corpus Christi procession" locate nothing', async () => {
    await expectKinds(
      'ABIDJAN — Lundi, des obus ont frappé le lycée Descartes, où stationnent des soldats français venus de Tours.',
      'fr',
      ['Shelling/artillery/missile attack @ Abidjan'],
    );
    await expectKinds('BUENOS AIRES — On Monday, a Corpus Christi procession turned into a mass demonstration.', 'en', [
      'Peaceful protest @ Buenos Aires',
    ]);
  });

  test('a mortar bomb is a shell, not an IED; air strikes among the options considered are none; a plane shot down « par deux missiles » is no missile brought down', async () => {
    await expectKinds('SARAJEVO — A mortar bomb exploded in the central market of Sarajevo on Monday, killing 68 people.', 'en', [
      'Shelling/artillery/missile attack @ Sarajevo',
    ]);
    await expectNone([
      [
        'WASHINGTON — The president said on Monday that the United States was considering all options, including air strikes on Sarajevo.',
        'en',
      ],
    ]);
    const [plane] = await coded(
      "KIGALI — Lundi soir, l'avion du président a été abattu par deux missiles à l'approche de l'aéroport de Kigali.",
      'fr',
    );
    assert.notEqual(plane?.subEventType, 'Disrupted weapons use');
  });

  test('an armistice signed is an agreement; « ont signé dimanche à Munich, au Führerbau, un accord » signs one however far the accord stands', async () => {
    await expectKinds('COMPIÈGNE — Germany signed an armistice with the Allies in Compiègne early on Monday.', 'en', [
      'Agreement @ Compiègne',
    ]);
    await expectKinds(
      'MUNICH — Les chefs de gouvernement ont signé lundi vers 1 h 30 du matin, à Munich, au Führerbau, un accord réglant la cession des Sudètes.',
      'fr',
      ['Agreement @ Munich'],
    );
  });

  test("a van packed with explosives, « une camionnette bourrée d'explosifs » are bombs; « est tombée lundi aux mains des rebelles » changes hands", async () => {
    await expectKinds('BEIRUT — A van packed with explosives blew up outside the embassy in Beirut on Monday.', 'en', [
      'Remote explosive/landmine/IED @ Beirut',
    ]);
    await expectKinds("BEYROUTH — Lundi, une camionnette bourrée d'explosifs a explosé devant l'ambassade, à Beyrouth.", 'fr', [
      'Remote explosive/landmine/IED @ Beirut',
    ]);
    await expectKinds('BAMAKO — Kidal est tombée lundi aux mains des rebelles.', 'fr', ['Non-state actor overtakes territory @ Kidal']);
  });

  test('« les canons ont ouvert le feu » shell, « des avions ont lâché des bombes » strike from the air, « des jeunes … ont été dispersés » protested', async () => {
    await expectKinds('DAMAS — Dimanche soir, les canons de la citadelle ont ouvert le feu sur les quartiers insurgés de Damas.', 'fr', [
      'Shelling/artillery/missile attack @ Damascus',
    ]);
    await expectKinds("DAMAS — Dans l'après-midi de lundi, des avions ont lâché des bombes sur Damas.", 'fr', [
      'Air/drone strike @ Damascus',
    ]);
    await expectKinds(
      'YAOUNDÉ — À Yaoundé, quelques centaines de jeunes qui tentaient de marcher vers le centre ont été dispersés lundi par la police.',
      'fr',
      ['Protest with intervention @ Yaoundé'],
    );
  });

  test('people shot dead "by Nazi gunmen", « abattu par des hommes armés »: the gunmen are the first actor, the victims the second', async () => {
    for (const [text, lang] of [
      ['VIENNA — Chancellor Dollfuss was shot dead on Monday by Nazi gunmen in Vienna.', 'en'],
      ['BUJUMBURA — Le Premier ministre a été abattu lundi à Bujumbura par des hommes armés.', 'fr'],
      ['GUSAU — Two villagers were shot dead by gunmen in Gusau on Monday.', 'en'],
    ] as const) {
      const [e] = await coded(text, lang);
      assert.match(e?.actor1?.name ?? '', /^Unidentified Armed Group/u, text);
      assert.match(e?.actor2?.name ?? '', /^Civilians/u, text);
    }
  });

  test('every armed group the language packs name has an ACLED actor, so that it can take a side', () => {
    const missing = [...enActors.actors, ...frActors.actors]
      .filter((a) => a.kind === 'armed_group' && ACLED_ACTORS[a.key] === undefined)
      .map((a) => a.key);
    assert.deepEqual(missing, []);
  });
});
