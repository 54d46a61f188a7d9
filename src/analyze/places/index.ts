export { findPlaces, type PlaceContext } from './findPlaces.js';
export { resolvePlaces, type ResolvePlacesOptions } from './resolvePlaces.js';
export { placesPackFor, PLACES_PACKS } from './placesPackFor.js';
export type { PlacesPack } from './placesPack.js';
