import type { PlaceNames } from '../../gazetteer/placeNames.js';

/**
 * French names news use for countries and macro-regions, beyond the official and common
 * names the default gazetteer's packages carry (see PlaceNames). Sigles that are also
 * words or other things once folded ("UE", "EAU" = eau, "Pacifique" = pacifique,
 * "Manche" = manche) are in `exactCase`. "Hollande"
 * is left out on purpose: in French news it is first a surname.
 */
export const frPlaceNames: PlaceNames = {
  code: 'fr',
  countries: {
    US: { names: ['États-Unis', "États-Unis d'Amérique"], exactCase: ['USA', 'É.-U.'] },
    GB: { names: ['Royaume-Uni', 'Grande-Bretagne'] },
    AE: { names: ['Émirats', 'Émirats arabes unis'], exactCase: ['EAU'] },
    CD: { names: ['République démocratique du Congo', 'Congo-Kinshasa'], exactCase: ['RDC', 'RD Congo'] },
    CG: { names: ['Congo-Brazzaville', 'République du Congo'] },
    CF: { names: ['Centrafrique'], exactCase: ['RCA'] },
    KP: { exactCase: ['RPDC'] },
    VA: { names: ['Vatican', 'Saint-Siège'] },
    CZ: { names: ['République tchèque'] },
    MK: { names: ['Macédoine'] },
    PS: { names: ['Territoires palestiniens'] },
  },
  admin1: {
    // Les nations du Royaume-Uni, nommées par leurs habitants : « la ville anglaise de Salisbury ».
    'GB.ENG': { demonyms: ['anglais', 'anglaise', 'anglaises'] },
    'GB.SCT': { demonyms: ['écossais', 'écossaise', 'écossaises'] },
    'GB.WLS': { demonyms: ['gallois', 'galloise', 'galloises'] },
  },
  regions: {
    africa: { names: ['Afrique'], demonyms: ['africain', 'africaine'] },
    asia: { names: ['Asie'], demonyms: ['asiatique'] },
    europe: { names: ['Europe'], demonyms: ['européen', 'européenne'] },
    'north-america': { names: ['Amérique du Nord'], demonyms: ['nord-américain', 'nord-américaine'] },
    'south-america': { names: ['Amérique du Sud'], demonyms: ['sud-américain', 'sud-américaine'] },
    oceania: { names: ['Océanie'] },
    antarctica: { names: ['Antarctique', 'Antarctide'] },
    americas: { names: ['Amériques'] },
    'european-union': { names: ['Union européenne'], exactCase: ['UE'] },
    'middle-east': { names: ['Moyen-Orient', 'Proche-Orient'], demonyms: ['moyen-oriental', 'moyen-orientale'] },
    'latin-america': { names: ['Amérique latine'], demonyms: ['latino-américain', 'latino-américaine'] },
    'central-america': { names: ['Amérique centrale'], demonyms: ['centraméricain', 'centraméricaine'] },
    caribbean: { names: ['Caraïbes', 'Antilles'] },
    'western-europe': { names: ["Europe de l'Ouest", 'Europe occidentale'] },
    'eastern-europe': { names: ["Europe de l'Est", 'Europe orientale'] },
    scandinavia: { names: ['Scandinavie'], demonyms: ['scandinave'] },
    balkans: { names: ['Balkans'], demonyms: ['balkanique'] },
    caucasus: { names: ['Caucase'] },
    'central-asia': { names: ['Asie centrale'] },
    'south-asia': { names: ['Asie du Sud'] },
    'southeast-asia': { names: ['Asie du Sud-Est'] },
    'east-asia': { names: ["Asie de l'Est", 'Extrême-Orient'] },
    'north-africa': { names: ['Afrique du Nord'], demonyms: ['nord-africain', 'nord-africaine'] },
    maghreb: { names: ['Maghreb'], demonyms: ['maghrébin', 'maghrébine'] },
    'west-africa': { names: ["Afrique de l'Ouest"] },
    'east-africa': { names: ["Afrique de l'Est"] },
    'sub-saharan-africa': { names: ['Afrique subsaharienne'], demonyms: ['subsaharien', 'subsaharienne'] },
    sahel: { names: ['Sahel'], demonyms: ['sahélien', 'sahélienne'] },
    'horn-of-africa': { names: ["Corne de l'Afrique"] },
    arctic: { exactCase: ['Arctique'] },
    'atlantic-ocean': { names: ['océan Atlantique'], exactCase: ['Atlantique'] },
    'pacific-ocean': { names: ['océan Pacifique'], exactCase: ['Pacifique'] },
    'indian-ocean': { names: ['océan Indien'] },
    'arctic-ocean': { names: ['océan Arctique'] },
    'southern-ocean': { names: ['océan Austral'] },
    'mediterranean-sea': { names: ['mer Méditerranée', 'Méditerranée'] },
    'black-sea': { names: ['mer Noire'] },
    'red-sea': { names: ['mer Rouge'] },
    'caspian-sea': { names: ['mer Caspienne', 'Caspienne'] },
    'baltic-sea': { names: ['mer Baltique'], exactCase: ['Baltique'] },
    'north-sea': { names: ['mer du Nord'] },
    'aegean-sea': { names: ['mer Égée'] },
    'adriatic-sea': { names: ['mer Adriatique', 'Adriatique'] },
    'south-china-sea': { names: ['mer de Chine méridionale'] },
    'caribbean-sea': { names: ['mer des Caraïbes'] },
    'persian-gulf': { names: ['golfe Persique', 'golfe Arabo-Persique'] },
    'gulf-of-mexico': { names: ['golfe du Mexique'] },
    'english-channel': { names: ['la Manche'], exactCase: ['Manche'] },
    'korean-peninsula': { names: ['péninsule coréenne'] },
    siberia: { names: ['Sibérie'], demonyms: ['sibérien', 'sibérienne'] },
    kurdistan: { names: ['Kurdistan'], demonyms: ['kurde', 'kurdes'] },
    'soviet-union': { names: ['Union soviétique'], exactCase: ['URSS'] },
  },
  landmarks: {
    // Washington
    '4140963': { names: ['Maison-Blanche', 'Maison Blanche', 'Bureau ovale', 'Pentagone'] },
    // Paris
    '2988507': { names: ['Élysée', 'Elysée', 'Matignon', 'Quai d’Orsay', "Quai d'Orsay"] },
    // Moscou
    '524901': { names: ['Kremlin'] },
    // Londres
    '2643743': { names: ['Downing Street'] },
  },
};
