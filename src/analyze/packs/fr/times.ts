import type { TimeSection } from '../textPack.js';
import { frNumbers } from './numbers.js';

/** French time expressions. Prepositions ("le", "en") stay outside the mention unless they make it a time ("depuis 2012"). */
export const frTimes: TimeSection = {
  rules: [
    // Calendar dates: "lundi 12 décembre 2016", "12 déc. 2016", "3 mars", "1er janvier".
    { pattern: '(?:{weekday}\\s+)?{day}\\s+{month}(?:\\s+{year})?', resolve: { type: 'date' } },
    // "décembre 2016"
    { pattern: '{month}\\s+{year}', resolve: { type: 'date' } },
    // « en avril de l'année dernière », « le 3 mars de l'an passé »: the year before the anchor's.
    {
      pattern: "(?:(?:en|début|fin|mi-)\\s*)?(?:{day}\\s+)?{month}\\s+(?:de\\s+)?l'(?:an|année)\\s+(?:dernier|dernière|passé|passée)",
      resolve: { type: 'date', yearOffset: -1 },
    },
    // "en mars", "début mars", "fin septembre", "mi-mars"
    { pattern: "(?:en|début|fin|mi-|courant|depuis|jusqu'en|dès)\\s*{month}(?:\\s+{year})?", resolve: { type: 'date' } },
    // "depuis 2012", "en 2012"
    { pattern: "(?:depuis|en|dès|jusqu'en|avant|après|fin|début|courant)\\s+{year}", resolve: { type: 'date' } },
    // "les tirs de 1952", "les émeutes de l'été 1998": an event named with its year. Not
    // "de 2000 morts": a count is followed by what it counts.
    {
      pattern:
        "(?:de|d'|de l'(?:été|hiver|automne)|du printemps)\\s+{year}(?![\\s\u00a0]*(?:\\d|(?!(?:et|ou|en|à|quand|lorsque|qui|où)(?!\\p{L}))\\p{L}))",
      resolve: { type: 'date' },
    },
    // Numeric dates "12/12/2016"
    { pattern: '{day}/{monthNumber}/{year}', resolve: { type: 'date' } },
    // A night across two days is dated by its morning: "dans la nuit de lundi à mardi" is Tuesday's.
    {
      pattern: '(?:dans\\s+)?la\\s+{part}\\s+d[eu]\\s+{anyWeekday}\\s+(?:à|au)\\s+{weekday}',
      resolve: { type: 'weekday', relation: 'recent' },
    },
    // Weekdays, with part of day: "lundi matin", "mardi dernier", "mercredi prochain"
    { pattern: '{weekday}\\s+(?:dernier|passé)(?:\\s+au\\s+{part})?', resolve: { type: 'weekday', relation: 'last' } },
    { pattern: '{weekday}\\s+prochain', resolve: { type: 'weekday', relation: 'next' } },
    { pattern: '{weekday}(?:\\s+{part})?', resolve: { type: 'weekday', relation: 'recent' } },
    // Days relative to publication.
    { pattern: "aujourd'hui|ce jour", resolve: { type: 'relative', unit: 'day', offset: 0 } },
    { pattern: 'avant-hier', resolve: { type: 'relative', unit: 'day', offset: -2 } },
    { pattern: 'après-demain', resolve: { type: 'relative', unit: 'day', offset: 2 } },
    { pattern: 'hier(?:\\s+{part})?', resolve: { type: 'relative', unit: 'day', offset: -1 } },
    { pattern: 'demain(?:\\s+{part})?', resolve: { type: 'relative', unit: 'day', offset: 1 } },
    { pattern: 'la veille(?:\\s+au\\s+{part})?', resolve: { type: 'relative', unit: 'day', offset: -1 } },
    { pattern: 'le lendemain', resolve: { type: 'relative', unit: 'day', offset: 1 } },
    { pattern: 'il y a\\s+{n}\\s+jours?', resolve: { type: 'relative', unit: 'day', offset: -1 } },
    { pattern: 'il y a\\s+{n}\\s+semaines?', resolve: { type: 'relative', unit: 'week', offset: -1 } },
    { pattern: 'il y a\\s+{n}\\s+mois', resolve: { type: 'relative', unit: 'month', offset: -1 } },
    { pattern: 'il y a\\s+{n}\\s+ans?', resolve: { type: 'relative', unit: 'year', offset: -1 } },
    // « Trois jours plus tôt » counts back from the story's day, which wire copy files on.
    { pattern: '{n}\\s+jours?\\s+plus\\s+tôt', resolve: { type: 'relative', unit: 'day', offset: -1 } },
    { pattern: '{n}\\s+semaines?\\s+plus\\s+tôt', resolve: { type: 'relative', unit: 'week', offset: -1 } },
    { pattern: '{n}\\s+ans?\\s+plus\\s+tôt', resolve: { type: 'relative', unit: 'year', offset: -1 } },
    // Weeks, months, years.
    { pattern: 'la semaine (?:dernière|passée)', resolve: { type: 'relative', unit: 'week', offset: -1 } },
    { pattern: 'cette semaine', resolve: { type: 'relative', unit: 'week', offset: 0 } },
    { pattern: 'la semaine prochaine', resolve: { type: 'relative', unit: 'week', offset: 1 } },
    { pattern: 'le mois (?:dernier|passé)', resolve: { type: 'relative', unit: 'month', offset: -1 } },
    { pattern: 'ce mois-ci', resolve: { type: 'relative', unit: 'month', offset: 0 } },
    { pattern: 'le mois prochain', resolve: { type: 'relative', unit: 'month', offset: 1 } },
    { pattern: "l'(?:an|année) (?:dernier|dernière|passé|passée)", resolve: { type: 'relative', unit: 'year', offset: -1 } },
    { pattern: 'cette année', resolve: { type: 'relative', unit: 'year', offset: 0 } },
    { pattern: "l'(?:an|année) prochaine?", resolve: { type: 'relative', unit: 'year', offset: 1 } },
    // Parts of the publication day (or of the day named earlier in the sentence).
    { pattern: 'ce matin', resolve: { type: 'part', deictic: true, part: 'morning' } },
    { pattern: 'cet après-midi', resolve: { type: 'part', deictic: true, part: 'afternoon' } },
    { pattern: 'ce soir', resolve: { type: 'part', deictic: true, part: 'evening' } },
    { pattern: 'cette nuit', resolve: { type: 'part', deictic: true, part: 'night' } },
    {
      pattern: "(?:en|dans la|dans l'|en début de|en fin de|en début d'|en fin d'|au cours de la|tôt dans la|tard dans la)\\s*{part}",
      resolve: { type: 'part' },
    },
  ],
  parts: {
    matin: 'morning',
    matinée: 'morning',
    'après-midi': 'afternoon',
    soir: 'evening',
    soirée: 'evening',
    nuit: 'night',
  },
  numbers: { ...frNumbers, quelques: 0 },
  capitalizedNames: false,
};
