/**
 * A language pack holds every word list a stage needs for one language, so that
 * supporting a new language means writing a new pack, not new code. Packs are data:
 * no logic lives in them. Patterns are regular-expression sources, matched
 * case-insensitively with the `u` flag against a whole line or element text.
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** Month names and abbreviations, lower-case, without trailing dot → 1..12. */
  months: Record<string, number>;
  /** Weekday names and abbreviations, lower-case → 0 (Sunday)..6. */
  weekdays: Record<string, number>;
  /** Words that may stand between a date and its time ("à", "at", "le"). */
  dateConnectors: string[];
  /** Markers for 12-hour clocks; empty when the language uses 24-hour time. */
  meridiem: { am: string[]; pm: string[] };
  /**
   * Time-zone abbreviations printed in datelines. `offset` is the usual offset;
   * it is only ever used as an *assumption* (daylight saving makes it uncertain)
   * unless `fixed` is true. It is null for a name that stands for several zones (IST: India,
   * Ireland or Israel): the time is then read as local.
   */
  zones: Record<string, { offset: string | null; fixed: boolean }>;
  /**
   * Words announcing a publication or update date ("Publié", "Mis à jour", "Updated"),
   * without the connector that may follow them ("le", "on"): connectors are matched on
   * their own. Optional: a pack without them simply recognises fewer datelines.
   */
  datePrefixes?: { published: string[]; modified: string[] };
  /** Suffixes printed after a day number ("1er", "2nd"); optional. */
  ordinalSuffixes?: string[];
  /** Letters or words separating hours from minutes in 24-hour times ("14h25", "14 h"); optional. */
  hourMarkers?: string[];
  /** Field order of all-numeric dates such as 05/12/2016; 'dmy' when absent. */
  numericDateOrder?: 'dmy' | 'mdy';
  /**
   * IANA zone most writers of this language print local times in, or null when
   * the language is too widespread to guess (English). Only ever used to fill
   * DateInfo.assumedOffset, never written into a date.
   */
  defaultTimeZone: string | null;
  /**
   * The most frequent function words, lower-case. A page that declares this
   * language and is dense in these words is taken at its word without running
   * the statistical detector.
   */
  stopwords: string[];
  /** Words introducing a byline ("Par", "By"). */
  bylinePrefixes: string[];
  /** Words that move from a byline's names to where they wrote from ("By X at Lusail", "Par X, à Kyiv"). */
  bylineLocators: string[];
  /** Job titles that follow names in a byline ("Staff Correspondent"): never taken for a name. */
  bylineRoles: string[];
  /** Boilerplate recognisers, by reason. */
  boilerplate: {
    /** Ad slots and sponsor notices. */
    ad: string[];
    /** "Read also" / "Lire aussi" inserts and related-article lists. */
    related: string[];
    /** Newsletter and subscription prompts. */
    newsletter: string[];
    /** Cookie and consent prompts. */
    cookie: string[];
    /** Share bars. */
    share: string[];
    /** Photo and video credits. */
    credit: string[];
    /** Comment sections. */
    comments: string[];
    /** Page-furniture notices: "this slideshow requires JavaScript", "tell us what you think". */
    notice: string[];
  };
}

export type BoilerplateReason = keyof LanguagePack['boilerplate'];
