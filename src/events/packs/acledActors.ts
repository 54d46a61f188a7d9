/**
 * ACLED actor names and inter codes by lexicon actor key (the keys of the analysis
 * packs' actor lexicons, src/analyze/packs/{fr,en}/actors.ts) and country. Names are
 * templates: `{country}` is the country's English name. ACLED names state forces
 * "Military Forces of Syria (2000-)"; the period is left out, as in the seed's gold.
 */
import type { InterCode } from '../types.js';

export interface AcledActorRule {
  /** Name template, `{country}` replaced by the actor's country. */
  name: string;
  inter: InterCode;
  /** Names used in some countries instead of the template ("Syrian rebels"). */
  byCountry?: Record<string, string>;
  /** A state's forces acting outside their own country are external forces (inter 8). */
  abroadInter?: InterCode;
  /** How to name this actor as a source ("witnesses"), when it reports events. */
  asSource?: string;
  /** Only ever a source of reports, never a side of an event (witnesses). */
  reportsOnly?: boolean;
}

export const ACLED_ACTORS: Readonly<Record<string, AcledActorRule>> = {
  army: { name: 'Military Forces of {country}', inter: 1, abroadInter: 8 },
  police: { name: 'Police Forces of {country}', inter: 1, abroadInter: 8 },
  rebels: { name: 'Rebels ({country})', inter: 2, byCountry: { SY: 'Syrian rebels' } },
  fsa: { name: 'Free Syrian Army', inter: 2 },
  is: { name: 'Islamic State ({country})', inter: 2 },
  hts: { name: 'Hayat Tahrir al-Sham', inter: 2 },
  nusra: { name: 'Jabhat Fateh al-Sham', inter: 2 },
  alqaeda: { name: 'al-Qaeda', inter: 2 },
  aqim: { name: 'AQIM: al-Qaeda in the Islamic Maghreb', inter: 2 },
  jnim: { name: 'JNIM: Group for Support of Islam and Muslims', inter: 2 },
  hezbollah: { name: 'Hezbollah', inter: 2 },
  hamas: { name: 'Hamas Movement', inter: 2 },
  taliban: { name: 'Taliban', inter: 2 },
  boko_haram: { name: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', inter: 2 },
  wagner: { name: 'Wagner Group', inter: 8 },
  sdf: { name: 'SDF: Syrian Democratic Forces', inter: 2 },
  ypg: { name: "YPG: People's Protection Units", inter: 2 },
  pkk: { name: "PKK: Kurdistan Workers' Party", inter: 2 },
  peshmerga: { name: 'Peshmerga Militia', inter: 3 },
  // Widely reported non-state armed groups, named as ACLED's actor list names them.
  rsf: { name: 'RSF: Rapid Support Forces', inter: 2 },
  shabaab: { name: 'Al Shabaab', inter: 2 },
  houthis: { name: 'Ansar Allah (Houthi Movement)', inter: 2 },
  m23: { name: 'M23: March 23 Movement', inter: 2 },
  adf: { name: 'ADF: Allied Democratic Forces', inter: 2 },
  fano: { name: 'Fano Militia', inter: 3 },
  tplf: { name: "TPLF: Tigray People's Liberation Front", inter: 2 },
  lna: { name: 'LNA: Libyan National Army', inter: 2 },
  iswap: { name: 'Islamic State (West Africa)', inter: 2 },
  cpc: { name: 'CPC: Coalition of Patriots for Change', inter: 2 },
  arakan_army: { name: 'AA: Arakan Army', inter: 2 },
  eln: { name: 'ELN: National Liberation Army', inter: 2 },
  pij: { name: 'PIJ: Palestinian Islamic Jihad', inter: 2 },
  militias: { name: 'Unidentified Armed Group ({country})', inter: 3 },
  protesters: { name: 'Protesters ({country})', inter: 6 },
  rioters: { name: 'Rioters ({country})', inter: 5 },
  civilians: { name: 'Civilians ({country})', inter: 7, asSource: 'civilians' },
  displaced: { name: 'Civilians ({country})', inter: 7, asSource: 'displaced people' },
  residents: { name: 'Civilians ({country})', inter: 7, asSource: 'residents' },
  witnesses: { name: 'Civilians ({country})', inter: 7, asSource: 'witnesses', reportsOnly: true },
  activists: { name: 'Civilians ({country})', inter: 7, asSource: 'activists' },
  un: { name: 'United Nations', inter: 8, asSource: 'UN' },
};
