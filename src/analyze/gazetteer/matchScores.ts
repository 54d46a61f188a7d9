/**
 * Scores of the ways a surface can match a name, in one place so that resolution can
 * rely on their order: exact > folded > variant > skeleton > partial.
 */
export const MATCH_SCORES = {
  exact: 1,
  folded: 0.95,
  variant: 0.85,
  skeleton: 0.65,
  partial: 0.55,
} as const;

/**
 * Factor applied to a name we derived rather than read (an administrative region's name
 * without "Governorate"), so that a place really called so ranks first.
 */
export const DERIVED_NAME_FACTOR = 0.9;

/** Factor applied to a demonym match: "Syrian" names the people, not the place. */
export const DEMONYM_FACTOR = 0.9;
