import type { SpellingRules } from '../../gazetteer/spellingRules.js';

/**
 * French romanisations of Arabic (and other) place names, as French-language news print
 * them: "Boustane al-Qasr", "Cheikh Saïd", "Djebel", "Soukkari", "Kallassé". The rules map
 * them onto the spelling shared with the English pack; see SpellingRules.
 */
export const frSpelling: SpellingRules = {
  code: 'fr',
  // "ach-Chaar", "ech-Cheikh", "ed-Dine", "er-Rai", "es-Salam", "et-Tell", "ez-Zor", "en-Nour".
  articles: ['al', 'el', 'ach', 'ech', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'at', 'et', 'az', 'ez', 'an', 'en'],
  words: {
    cheik: 'cheikh',
    chaikh: 'cheikh',
  },
  rewrites: [
    // "Tchad", "Tchétchénie": French "tch" is the English "ch"; then both become "sh" below.
    ['tch', 'ch'],
    // "Cheikh", "Machad", "Achrafieh": French "ch" is the English "sh".
    ['ch', 'sh'],
    // "Djebel", "Djisr": French "dj" is the English "j".
    ['dj', 'j'],
    // "Ouadi", "Soueida", "Aouad": "ou" before a vowel is the English "w".
    ['ou(?=[aeiy])', 'w'],
    // "Boustane", "Soukkari", "Ferdous": French "ou" is the English "u".
    ['ou', 'u'],
    // "Kallassé", "Boustane", "Salhine": a final mute "e" (é once folded) is not written in English.
    ['e$', ''],
  ],
  adminAffixes: {
    prefixes: [
      'gouvernorat de ',
      "gouvernorat d'",
      'gouvernorat du ',
      'province de ',
      "province d'",
      'province du ',
      'region de ',
      "region d'",
      'oblast de ',
      "oblast d'",
      'etat de ',
      "etat d'",
      'etat du ',
      'wilaya de ',
      "wilaya d'",
      'departement de ',
      "departement d'",
      'district de ',
      "district d'",
      'comte de ',
    ],
    suffixes: [],
  },
  demonymPlural: { suffix: 's', unlessEndsWith: ['s', 'x', 'z'] },
};
