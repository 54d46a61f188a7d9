/**
 * Places above or beside countries that news name all the time: continents, groupings
 * ("Middle East", "European Union", "Sahel"), oceans and seas. Their names, in each
 * language, are in the packs (src/analyze/packs/xx/placeNames.ts, `regions`); here is
 * what does not depend on the language: where they are.
 *
 * Continents carry GeoNames's ids and points (feature code CONT, www.geonames.org, CC BY
 * 4.0). The others carry a synthetic id (syntheticId.ts, from the key and the point) and
 * a conventional centre, rounded to the degree, NOT GeoNames's point: such regions have
 * no agreed centre, and a geoparser scored against GeoNames may be off by some hundreds
 * of kilometres on them. The European Union's centre is its geographic centre since
 * 2020 as computed by France's IGN (Gadheim, Bavaria).
 *
 * `members` says which countries a region's population is summed from (world-countries'
 * `region` and `subregion` fields, or ISO codes); it only ranks regions among namesakes.
 */
export interface MacroRegion {
  /** Key the packs name the region by. */
  key: string;
  /** GeoNames id when the point is GeoNames's too; otherwise a synthetic id is made. */
  geonamesId?: number;
  /** GeoNames feature code: CONT, RGN, OCN, SEA, GULF, CHN. */
  featureCode: string;
  lat: number;
  lon: number;
  members?: { regions?: readonly string[]; subregions?: readonly string[]; countries?: readonly string[] };
  /** ISO code of the one country a region lies in (a disputed one: the country GeoNames files it under). */
  country?: string;
}

export const MACRO_REGIONS: readonly MacroRegion[] = [
  // Continents: GeoNames CONT features.
  { key: 'africa', geonamesId: 6255146, featureCode: 'CONT', lat: 7.1881, lon: 21.09375, members: { regions: ['Africa'] } },
  { key: 'asia', geonamesId: 6255147, featureCode: 'CONT', lat: 29.84064, lon: 89.29688, members: { regions: ['Asia'] } },
  { key: 'europe', geonamesId: 6255148, featureCode: 'CONT', lat: 48.69096, lon: 9.14062, members: { regions: ['Europe'] } },
  {
    key: 'north-america',
    geonamesId: 6255149,
    featureCode: 'CONT',
    lat: 46.07323,
    lon: -100.54688,
    members: { subregions: ['North America', 'Central America', 'Caribbean'] },
  },
  {
    key: 'south-america',
    geonamesId: 6255150,
    featureCode: 'CONT',
    lat: -14.60485,
    lon: -57.65625,
    members: { subregions: ['South America'] },
  },
  { key: 'oceania', geonamesId: 6255151, featureCode: 'CONT', lat: -18.31281, lon: 138.51562, members: { regions: ['Oceania'] } },
  { key: 'antarctica', geonamesId: 6255152, featureCode: 'CONT', lat: -78.15856, lon: 16.40626 },

  // Groupings: synthetic ids, conventional centres.
  { key: 'americas', featureCode: 'RGN', lat: 15, lon: -85, members: { regions: ['Americas'] } },
  {
    key: 'european-union',
    featureCode: 'RGN',
    lat: 49.84,
    lon: 9.9,
    members: {
      countries: [
        'AT',
        'BE',
        'BG',
        'HR',
        'CY',
        'CZ',
        'DK',
        'EE',
        'FI',
        'FR',
        'DE',
        'GR',
        'HU',
        'IE',
        'IT',
        'LV',
        'LT',
        'LU',
        'MT',
        'NL',
        'PL',
        'PT',
        'RO',
        'SK',
        'SI',
        'ES',
        'SE',
      ],
    },
  },
  {
    key: 'middle-east',
    featureCode: 'RGN',
    lat: 29,
    lon: 42,
    members: { countries: ['BH', 'CY', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE'] },
  },
  {
    key: 'latin-america',
    featureCode: 'RGN',
    lat: -8,
    lon: -60,
    members: { subregions: ['South America', 'Central America'], countries: ['MX', 'CU', 'DO'] },
  },
  { key: 'central-america', featureCode: 'RGN', lat: 13, lon: -86, members: { subregions: ['Central America'] } },
  { key: 'caribbean', featureCode: 'RGN', lat: 17, lon: -72, members: { subregions: ['Caribbean'] } },
  { key: 'western-europe', featureCode: 'RGN', lat: 48, lon: 5, members: { subregions: ['Western Europe'] } },
  { key: 'eastern-europe', featureCode: 'RGN', lat: 51, lon: 28, members: { subregions: ['Eastern Europe'] } },
  { key: 'scandinavia', featureCode: 'RGN', lat: 63, lon: 15, members: { countries: ['DK', 'NO', 'SE'] } },
  { key: 'balkans', featureCode: 'RGN', lat: 43, lon: 21, members: { subregions: ['Southeast Europe'] } },
  { key: 'caucasus', featureCode: 'RGN', lat: 42, lon: 45, members: { countries: ['AM', 'AZ', 'GE'] } },
  { key: 'central-asia', featureCode: 'RGN', lat: 43, lon: 65, members: { subregions: ['Central Asia'] } },
  { key: 'south-asia', featureCode: 'RGN', lat: 23, lon: 78, members: { subregions: ['Southern Asia'] } },
  { key: 'southeast-asia', featureCode: 'RGN', lat: 5, lon: 112, members: { subregions: ['South-Eastern Asia'] } },
  { key: 'east-asia', featureCode: 'RGN', lat: 35, lon: 115, members: { subregions: ['Eastern Asia'] } },
  { key: 'north-africa', featureCode: 'RGN', lat: 27, lon: 12, members: { subregions: ['Northern Africa'] } },
  { key: 'maghreb', featureCode: 'RGN', lat: 32, lon: 3, members: { countries: ['DZ', 'LY', 'MA', 'MR', 'TN'] } },
  { key: 'west-africa', featureCode: 'RGN', lat: 12, lon: -3, members: { subregions: ['Western Africa'] } },
  { key: 'east-africa', featureCode: 'RGN', lat: 0, lon: 37, members: { subregions: ['Eastern Africa'] } },
  { key: 'sub-saharan-africa', featureCode: 'RGN', lat: -2, lon: 22 },
  { key: 'sahel', featureCode: 'RGN', lat: 15, lon: 5, members: { countries: ['SN', 'MR', 'ML', 'BF', 'NE', 'TD'] } },
  { key: 'horn-of-africa', featureCode: 'RGN', lat: 8, lon: 45, members: { countries: ['DJ', 'ER', 'ET', 'SO'] } },
  { key: 'arctic', featureCode: 'RGN', lat: 80, lon: 0 },

  // Oceans and seas: synthetic ids, conventional centres.
  { key: 'atlantic-ocean', featureCode: 'OCN', lat: 0, lon: -25 },
  { key: 'pacific-ocean', featureCode: 'OCN', lat: 0, lon: -160 },
  { key: 'indian-ocean', featureCode: 'OCN', lat: -20, lon: 80 },
  { key: 'arctic-ocean', featureCode: 'OCN', lat: 85, lon: 0 },
  { key: 'southern-ocean', featureCode: 'OCN', lat: -65, lon: 0 },
  { key: 'mediterranean-sea', featureCode: 'SEA', lat: 35, lon: 18 },
  { key: 'black-sea', featureCode: 'SEA', lat: 43, lon: 34 },
  { key: 'red-sea', featureCode: 'SEA', lat: 20, lon: 38 },
  { key: 'caspian-sea', featureCode: 'SEA', lat: 42, lon: 51 },
  { key: 'baltic-sea', featureCode: 'SEA', lat: 58, lon: 20 },
  { key: 'north-sea', featureCode: 'SEA', lat: 56, lon: 3 },
  { key: 'aegean-sea', featureCode: 'SEA', lat: 39, lon: 25 },
  { key: 'adriatic-sea', featureCode: 'SEA', lat: 43, lon: 15 },
  { key: 'south-china-sea', featureCode: 'SEA', lat: 12, lon: 114 },
  { key: 'caribbean-sea', featureCode: 'SEA', lat: 15, lon: -75 },
  { key: 'persian-gulf', featureCode: 'GULF', lat: 27, lon: 51 },
  { key: 'gulf-of-mexico', featureCode: 'GULF', lat: 25, lon: -90 },
  { key: 'english-channel', featureCode: 'CHN', lat: 50, lon: -2 },
  // Regions without a state, and a state that is no more, that news still name.
  { key: 'korean-peninsula', featureCode: 'PEN', lat: 38, lon: 127, members: { countries: ['KR', 'KP'] } },
  { key: 'siberia', featureCode: 'RGN', lat: 60, lon: 100 },
  // The Kurds' lands across Turkey, Iraq, Iran and Syria: the centre of their extent.
  { key: 'kurdistan', featureCode: 'RGN', lat: 37, lon: 43, members: { countries: ['IQ', 'TR', 'IR', 'SY'] } },
  { key: 'soviet-union', featureCode: 'PCLH', lat: 60, lon: 100 },
  // Regions of wars that no administrative unit names: the centre of their extent, to a
  // tenth of a degree. A conflict monitor cannot leave them unplaced.
  { key: 'eastern-ghouta', featureCode: 'RGN', lat: 33.55, lon: 36.45, country: 'SY' },
  { key: 'golan-heights', featureCode: 'RGN', lat: 33, lon: 35.8, country: 'SY' },
  { key: 'donbas', featureCode: 'RGN', lat: 48, lon: 38.5, country: 'UA' },
  { key: 'crimea', featureCode: 'RGN', lat: 45.3, lon: 34.4, country: 'UA' },
  { key: 'darfur', featureCode: 'RGN', lat: 13.5, lon: 24.5, country: 'SD' },
  { key: 'nagorno-karabakh', featureCode: 'RGN', lat: 39.8, lon: 46.8, country: 'AZ' },
  { key: 'sinai', featureCode: 'PEN', lat: 29.5, lon: 33.8, country: 'EG' },
];

/**
 * Country points from GeoNames's country records (PCLI features, www.geonames.org, CC BY
 * 4.0) where world-countries' centre is far from them (United States 235 km, Canada
 * 1,031 km, India 304 km, Libya 333 km, Japan 162 km: GeoNames puts Japan's point near
 * Tokyo; Australia 299 km). No npm package carrying GeoNames's country points was found;
 * other countries keep world-countries' centre, which for many is the same round-degree
 * point as GeoNames's (Russia 60, 100; China 35, 105), but was not checked one by one.
 */
export const GEONAMES_COUNTRY_POINTS: Readonly<Record<string, { lat: number; lon: number }>> = {
  US: { lat: 39.76, lon: -98.5 },
  CA: { lat: 60.10867, lon: -113.64258 },
  IN: { lat: 22, lon: 79 },
  LY: { lat: 28, lon: 17 },
  JP: { lat: 35.68536, lon: 139.75309 },
  AU: { lat: -25, lon: 135 },
};
