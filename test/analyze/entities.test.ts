import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findEntities } from '../../src/analyze/entities/findEntities.js';
import { textPackFor } from '../../src/analyze/packs/textPack.js';
import { splitSentences } from '../../src/analyze/sentences/splitSentences.js';
import type { Entity } from '../../src/analyze/types.js';

const fr = textPackFor('fr')!;
const en = textPackFor('en')!;

function entities(text: string, lang: 'fr' | 'en', options = {}): Entity[] {
  const pack = lang === 'fr' ? fr : en;
  return findEntities(text, splitSentences(text, pack), pack, options);
}

const named = (es: Entity[], name: string): Entity | undefined => es.find((e) => e.name === name);
const surfaces = (e: Entity | undefined): string[] => (e ? e.mentions.map((m) => m.text) : []);

describe('findEntities: people', () => {
  it('titles, roles in apposition, short forms (French, Sahel)', () => {
    const es = entities(
      "« Nous avons repoussé les assaillants », a déclaré le colonel Souleymane Dembélé, porte-parole de l'état-major malien. Plus tard, M. Dembélé a précisé que deux soldats avaient été blessés. Mme Aminata Traoré, 72 ans, vit à Mopti.",
      'fr',
    );
    const d = named(es, 'Souleymane Dembélé');
    assert.equal(d?.kind, 'person');
    assert.equal(d.role, 'colonel');
    assert.deepEqual(surfaces(d), ['Souleymane Dembélé', 'M. Dembélé']);
    assert.equal(named(es, 'Aminata Traoré')?.kind, 'person');
    assert.ok(!es.some((e) => e.name === 'Mopti'), 'a place is not a person');
  });
  it('role printed before the name, with or without a comma (Ukraine)', () => {
    const es = entities(
      "Le ministre ukrainien de la Défense Oleksiï Reznikov a salué l'avancée. Le porte-parole du Kremlin, Dmitri Peskov, a démenti. Le président Volodymyr Zelensky s'est rendu à Kherson.",
      'fr',
    );
    assert.equal(named(es, 'Oleksiï Reznikov')?.role, 'ministre ukrainien de la Défense');
    assert.equal(named(es, 'Dmitri Peskov')?.role, 'porte-parole du Kremlin');
    assert.equal(named(es, 'Volodymyr Zelensky')?.role, 'président');
    assert.ok(!es.some((e) => e.kind === 'person' && /Défense|Kherson/.test(e.name)));
  });
  it('English titles inside the name run, possessive contexts, first-name references', () => {
    const es = entities(
      'Iraqi Prime Minister Haider al-Abadi visited Ramadi. Mr. Abadi said the city was free. Dr. Leila Hassan, a surgeon at the main hospital, treated the wounded. Leila said supplies were short. The Assad regime denied it.',
      'en',
    );
    const abadi = named(es, 'Haider al-Abadi');
    assert.equal(abadi?.role, 'Iraqi Prime Minister');
    assert.deepEqual(surfaces(abadi), ['Haider al-Abadi', 'Mr. Abadi']);
    const leila = named(es, 'Leila Hassan');
    assert.equal(leila?.role, 'surgeon at the main hospital');
    assert.deepEqual(surfaces(leila), ['Dr. Leila Hassan', 'Leila']);
    assert.equal(named(es, 'Assad')?.kind, 'person');
    assert.ok(!es.some((e) => e.name === 'Ramadi'));
  });
  it('a doubled first name is read once', () => {
    const es = entities(
      "Selon Rami Rami Abdel Rahmane, directeur de l'OSDH, la bataille touche à sa fin, rapporte M. Abdel Rahmane.",
      'fr',
    );
    const people = es.filter((e) => e.kind === 'person');
    assert.equal(people.length, 1);
    assert.equal(people[0]!.name, 'Rami Abdel Rahmane');
    assert.equal(people[0]!.role, "directeur de l'OSDH");
  });
  it('districts named like people, and months, are not people', () => {
    const es = entities(
      'Les rebelles ont perdu le quartier de Cheikh Saïd et Boustane al-Qasr. Troops took Sheikh Said in December.',
      'fr',
    );
    assert.ok(!es.some((e) => e.kind === 'person'));
  });
  it('an isPlace hook keeps gazetteer places out of people', () => {
    const text = 'Selon Deir Ezzor, la ville tient.';
    assert.ok(entities(text, 'fr').some((e) => e.name === 'Deir Ezzor'));
    assert.ok(!entities(text, 'fr', { isPlace: (s: string) => s === 'Deir Ezzor' }).some((e) => e.name === 'Deir Ezzor'));
  });
});

describe('findEntities: organisations and acronyms', () => {
  it('a long form whose acronym skips a hyphenated word is one group, and its "forces" are not an army: « l\'Alliance des forces démocratiques pour la libération du Congo-Zaïre (AFDL) »', () => {
    const es = entities(
      "GISENYI (Rwanda), 2 novembre (AFP) — Les rebelles de l'Alliance des forces démocratiques pour la libération du Congo-Zaïre (AFDL) ont pris Goma.",
      'fr',
    );
    const afdl = es.find((e) => e.aliases.includes('AFDL'));
    assert.equal(afdl?.name, 'Alliance des forces démocratiques pour la libération du Congo-Zaïre');
    assert.ok(!es.some((e) => e.name === 'forces démocratiques'), es.map((e) => e.name).join(', '));
    // The dateline, with its country and its date between brackets and commas, names a place, not an organisation.
    assert.ok(!es.some((e) => e.name === 'GISENYI'), es.map((e) => e.name).join(', '));
  });

  it('a dateline of several capital words names a place, none of its words an organisation: "LA PAZ —", "NEW DELHI, Feb 26 (Reuters) -"', () => {
    for (const text of [
      'LA PAZ — Bolivian police arrested the general on Monday.',
      'NEW DELHI, Feb 26 (Reuters) - Indian jets struck a camp on Tuesday.',
    ]) {
      const es = entities(text, 'en');
      const orgs = es.filter((e) => e.kind === 'organization' && e.name !== 'Reuters');
      assert.deepEqual(orgs, [], es.map((e) => `${e.kind}:${e.name}`).join(', '));
    }
    // A heading in capitals that is no dateline keeps its acronyms.
    assert.ok(entities('NATO AND EU MEET. NATO said on Monday it would meet.', 'en').some((e) => e.name === 'NATO'));
  });

  it('a long form and its acronym are one organisation (French and English)', () => {
    const fes = entities(
      "rapporte l'Observatoire syrien des droits de l'Homme (OSDH). Selon l'OSDH, tout est fini. L'Observatoire l'a confirmé.",
      'fr',
    );
    const osdh = fes.filter((e) => e.aliases.includes('OSDH'));
    assert.equal(osdh.length, 1);
    assert.equal(osdh[0]!.name, "Observatoire syrien des droits de l'Homme");
    assert.deepEqual(surfaces(osdh[0]), ["Observatoire syrien des droits de l'Homme", 'OSDH', 'OSDH', 'Observatoire']);

    const ees = entities(
      'said Ahmed Hassan, a spokesman for the Syrian Observatory for Human Rights (SOHR). The SOHR said the Observatory had counted 40 dead.',
      'en',
    );
    const sohr = ees.filter((e) => e.aliases.includes('SOHR'));
    assert.equal(sohr.length, 1);
    assert.equal(sohr[0]!.name, 'Syrian Observatory for Human Rights');
    assert.equal(sohr[0]!.mentions.length, 4);
    assert.equal(named(ees, 'Ahmed Hassan')?.role, 'spokesman for the Syrian Observatory for Human Rights (SOHR)');
  });
  it('lexicon institutions with their synonyms, unknown acronyms, datelines skipped', () => {
    const es = entities(
      'BEIRUT — The UN and the United Nations refugee agency UNHCR warned, according to the ICRC and MSF. The IRC agreed.',
      'en',
    );
    const un = es.find((e) => e.actor === 'un');
    assert.deepEqual(surfaces(un), ['UN', 'United Nations']);
    assert.equal(es.find((e) => e.actor === 'icrc')?.kind, 'organization');
    assert.equal(named(es, 'IRC')?.kind, 'organization');
    assert.ok(!es.some((e) => e.name === 'BEIRUT'));
  });
  it('an acronym spelt from another language falls back to the capitalised run', () => {
    const es = entities('Les jihadistes de Hayat Tahrir al-Cham (HTS) ont attaqué. HTS a revendiqué.', 'fr');
    const hts = es.find((e) => e.actor === 'hts');
    assert.ok(hts, 'HTS found');
    assert.equal(hts.kind, 'armed_group');
    assert.deepEqual(surfaces(hts), ['jihadistes', 'Hayat Tahrir al-Cham', 'HTS', 'HTS']);
  });
});

describe('findEntities: armed groups and groups', () => {
  it('lexicon synonyms join one actor; nationalities keep armies apart (Ukraine)', () => {
    const es = entities(
      "L'armée russe a achevé son retrait. Les soldats ukrainiens sont entrés dans la ville, où l'armée ukrainienne a été acclamée. Les troupes russes avaient quitté la rive droite. Des témoins et des civils ont été interrogés.",
      'fr',
    );
    const russian = es.find((e) => e.actor === 'army' && e.name === 'armée russe');
    const ukrainian = es.find((e) => e.actor === 'army' && e.name === 'soldats ukrainiens');
    assert.deepEqual(surfaces(russian), ['armée russe', 'troupes russes']);
    assert.deepEqual(surfaces(ukrainian), ['soldats ukrainiens', 'armée ukrainienne']);
    assert.equal(es.find((e) => e.actor === 'witnesses')?.kind, 'group');
    assert.equal(es.find((e) => e.actor === 'civilians')?.kind, 'group');
  });
  it('generic words next to a named group belong to it (Iraq)', () => {
    const es = entities(
      'Iraqi troops retook Ramadi from Islamic State militants. The militants had mined the roads. ISIS denied it, as did Daesh.',
      'en',
    );
    const is = es.find((e) => e.actor === 'is');
    assert.deepEqual(surfaces(is), ['Islamic State', 'militants', 'militants', 'ISIS', 'Daesh']);
    assert.equal(es.find((e) => e.actor === 'army')?.name, 'Iraqi troops');
    assert.ok(!es.some((e) => e.actor === 'rebels'));
  });
  it('rebels, insurgents and the regime', () => {
    const es = entities("Les rebelles et les insurgés reculent face au régime et à l'armée syrienne.", 'fr');
    assert.deepEqual(surfaces(es.find((e) => e.actor === 'rebels')), ['rebelles', 'insurgés']);
    assert.deepEqual(surfaces(es.find((e) => e.actor === 'army')), ['régime', 'armée syrienne']);
    assert.equal(es.find((e) => e.actor === 'army')?.name, 'armée syrienne');
  });
});

describe('findEntities: properties', () => {
  it('never throws; ids follow first mentions; mentions point at their text and never overlap', () => {
    const word = fc.constantFrom(
      'M.',
      'Mme',
      'Rami',
      'Abdel',
      'Rahmane',
      'al-Assad',
      'OSDH',
      '(OSDH)',
      'Observatoire',
      'syrien',
      'des',
      'droits',
      "l'Homme",
      'rebelles',
      'armée',
      'syrienne',
      'président',
      'directeur',
      'de',
      ',',
      '.',
      'selon',
      'said',
      'Mr.',
      'UN',
      'IS',
      'Syrian',
      'forces',
      '"',
      '«',
      '»',
      '\n',
      'J.',
      'U.S.',
      'Army',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 50 }).map((a) => a.join(' ')),
        fc.constantFrom(fr, en),
        (text, pack) => {
          const es = findEntities(text, splitSentences(text, pack), pack);
          const all: [number, number][] = [];
          es.forEach((e, i) => {
            assert.equal(e.id, `e${i + 1}`);
            assert.ok(e.mentions.length > 0);
            if (i > 0) assert.ok(es[i - 1]!.mentions[0]!.start < e.mentions[0]!.start);
            for (const m of e.mentions) {
              assert.equal(text.slice(m.start, m.end), m.text);
              all.push([m.start, m.end]);
            }
          });
          all.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < all.length; i++) assert.ok(all[i]![0] >= all[i - 1]![1], 'mentions do not overlap');
        },
      ),
      { numRuns: 400 },
    );
  });
});
