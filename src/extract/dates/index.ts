export { parseDate, type ParseDateOptions } from './parseDate.js';
export { findDateInText, isDatelineLine } from './findDate.js';
export { assumeZone } from './assumeZone.js';
