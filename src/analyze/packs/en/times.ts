import type { TimeSection } from '../textPack.js';
import { enNumbers } from './numbers.js';

/** English time expressions. Prepositions ("on", "in") stay outside the mention unless they make it a time ("since 2012"). */
export const enTimes: TimeSection = {
  rules: [
    // "Monday, Dec. 12, 2016", "December 12", "Dec. 12th"
    { pattern: '(?:{weekday},?\\s+)?{month}\\s+{day}(?:,?\\s+{year})?', resolve: { type: 'date' } },
    // "12 December 2016", "Monday 12 December"
    { pattern: '(?:{weekday},?\\s+)?(?:the\\s+)?{day}\\s+(?:of\\s+)?{month}(?:,?\\s+{year})?', resolve: { type: 'date' } },
    // "December 2016"
    { pattern: '{month},?\\s+{year}', resolve: { type: 'date' } },
    // "in April last year", "on March 3 last year": the month of the year before the anchor's.
    {
      pattern: '(?:in\\s+|on\\s+)?(?:(?:early|late|mid-)\\s*)?{month}(?:\\s+{day})?,?\\s+(?:of\\s+)?last\\s+year',
      resolve: { type: 'date', yearOffset: -1 },
    },
    { pattern: '{day}\\s+{month},?\\s+last\\s+year', resolve: { type: 'date', yearOffset: -1 } },
    // "in March", "early March", "since March"
    { pattern: '(?:in|early|late|mid-|since|until|by|last|this|next)\\s*{month}(?:,?\\s+{year})?', resolve: { type: 'date' } },
    // "since 2012", "in 2012"
    { pattern: '(?:since|in|until|by|from|before|after|during|early|late|mid-)\\s*{year}', resolve: { type: 'date' } },
    // "the 2003 war", "a 1991 coup", "the riots of 1998": an event named with its year. Not
    // "of 2000 people": a count is followed by what it counts.
    { pattern: '(?:the|a|an)\\s+{year}(?=\\s+\\p{L})', resolve: { type: 'date' } },
    { pattern: 'of\\s+{year}(?![\\s\u00a0]*(?:\\d|(?!(?:and|or|in|when|which|that|as)(?!\\p{L}))\\p{L}))', resolve: { type: 'date' } },
    // "12/12/2016" (US order)
    { pattern: '{monthNumber}/{day}/{year}', resolve: { type: 'date' } },
    // A night across two days is dated by its morning: "the night of Monday to Tuesday" is Tuesday's.
    {
      pattern: '(?:on\\s+)?the\\s+{part}\\s+of\\s+{anyWeekday}\\s+(?:to|into)\\s+{weekday}',
      resolve: { type: 'weekday', relation: 'recent' },
    },
    { pattern: 'last\\s+{weekday}(?:\\s+{part})?', resolve: { type: 'weekday', relation: 'last' } },
    { pattern: 'next\\s+{weekday}', resolve: { type: 'weekday', relation: 'next' } },
    { pattern: '{weekday}(?:\\s+{part})?', resolve: { type: 'weekday', relation: 'recent' } },
    { pattern: 'today', resolve: { type: 'relative', unit: 'day', offset: 0 } },
    { pattern: 'yesterday(?:\\s+{part})?', resolve: { type: 'relative', unit: 'day', offset: -1 } },
    { pattern: 'tomorrow(?:\\s+{part})?', resolve: { type: 'relative', unit: 'day', offset: 1 } },
    { pattern: 'the day before yesterday', resolve: { type: 'relative', unit: 'day', offset: -2 } },
    { pattern: '{n}\\s+days?\\s+ago', resolve: { type: 'relative', unit: 'day', offset: -1 } },
    { pattern: '{n}\\s+weeks?\\s+ago', resolve: { type: 'relative', unit: 'week', offset: -1 } },
    { pattern: '{n}\\s+months?\\s+ago', resolve: { type: 'relative', unit: 'month', offset: -1 } },
    { pattern: '{n}\\s+years?\\s+ago', resolve: { type: 'relative', unit: 'year', offset: -1 } },
    // "Three days earlier" counts back from the story's day, which wire copy files on.
    { pattern: '{n}\\s+days?\\s+earlier', resolve: { type: 'relative', unit: 'day', offset: -1 } },
    { pattern: '{n}\\s+weeks?\\s+earlier', resolve: { type: 'relative', unit: 'week', offset: -1 } },
    { pattern: '{n}\\s+years?\\s+earlier', resolve: { type: 'relative', unit: 'year', offset: -1 } },
    { pattern: 'last week', resolve: { type: 'relative', unit: 'week', offset: -1 } },
    { pattern: 'this week', resolve: { type: 'relative', unit: 'week', offset: 0 } },
    { pattern: 'next week', resolve: { type: 'relative', unit: 'week', offset: 1 } },
    { pattern: 'last month', resolve: { type: 'relative', unit: 'month', offset: -1 } },
    { pattern: 'this month', resolve: { type: 'relative', unit: 'month', offset: 0 } },
    { pattern: 'next month', resolve: { type: 'relative', unit: 'month', offset: 1 } },
    { pattern: 'last year', resolve: { type: 'relative', unit: 'year', offset: -1 } },
    { pattern: 'this year', resolve: { type: 'relative', unit: 'year', offset: 0 } },
    { pattern: 'next year', resolve: { type: 'relative', unit: 'year', offset: 1 } },
    { pattern: 'last night', resolve: { type: 'relative', unit: 'day', offset: -1, part: 'night' } },
    { pattern: 'tonight', resolve: { type: 'part', deictic: true, part: 'night' } },
    { pattern: 'overnight', resolve: { type: 'part', part: 'night' } },
    { pattern: 'this\\s+{part}', resolve: { type: 'part', deictic: true } },
    { pattern: '(?:(?:early|late)\\s+)?in the\\s+{part}', resolve: { type: 'part' } },
  ],
  parts: {
    morning: 'morning',
    afternoon: 'afternoon',
    evening: 'evening',
    night: 'night',
  },
  // "a day", "an hour": the article counts as one in time expressions.
  numbers: { ...enNumbers, a: 1, an: 1 },
  capitalizedNames: true,
};
