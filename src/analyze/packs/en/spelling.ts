import type { SpellingRules } from '../../gazetteer/spellingRules.js';

/**
 * English romanisations of Arabic (and other) place names, as English-language news and
 * OCHA/GeoNames data print them: "Bustan Al-Qaser", "Sheikh Said", "Salheen", "Kallaseh",
 * "As-Sukkari". The rules map them onto the spelling shared with the French pack; see
 * SpellingRules. Ukrainian and Russian forms (Kyiv/Kiev, Kharkiv/Kharkov) are mostly
 * GeoNames alternate names; the two romanisations of я, ю, є are a rule below.
 */
export const enSpelling: SpellingRules = {
  code: 'en',
  // Sun-letter assimilations are romanised as they sound: "ash-Sham", "ad-Deen", "ar-Raqqah".
  articles: ['al', 'el', 'ash', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ath', 'adh', 'ul'],
  words: {
    shaykh: 'sheikh',
    shaikh: 'sheikh',
    sheik: 'sheikh',
    // ʿAyn (a spring) opens many names: "Ain Issa" (English and French news) is GeoNames's "‘Ayn ‘Īsá".
    ayn: 'ain',
  },
  rewrites: [
    // "Saeed", "Salheen", "Ad-Deen": English "ee" is the French "i".
    ['ee', 'i'],
    // "Alleramoon", "Zuhoor": English "oo" is the French "ou" (already "u" by then).
    ['oo', 'u'],
    // "Kallaseh", "Haydariyeh": a final "-eh" is the French final "-é".
    ['eh$', ''],
    // "Raqqah", "Hamah": a final "-ah" is the French final "-a".
    ['ah$', 'a'],
    // Ukraine's official romanisation writes я, ю, є as "ia", "iu", "ie" where the older
    // one (GeoNames's main names) writes "ya", "yu", "ye": "Balakliia" is "Balakliya",
    // "Izium" is "Izyum", "Kostiantynivka" is "Kostyantynivka".
    ['ii(?=[aeu])', 'iy'],
    ['([^aeiouy])i(?=[aeu])', '$1y'],
  ],
  adminAffixes: {
    prefixes: ['state of ', 'province of ', 'governorate of ', 'oblast of '],
    suffixes: [
      ' governorate',
      ' province',
      ' oblast',
      ' region',
      ' state',
      ' district',
      ' county',
      ' prefecture',
      ' wilayah',
      ' muhafazah',
      ' raion',
      ' kray',
      ' krai',
    ],
  },
  demonymPlural: { suffix: 's', unlessEndsWith: ['s', 'x', 'z', 'sh', 'ch', 'ese'] },
};
