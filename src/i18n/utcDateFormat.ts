/** A date format in UTC: what the timeline needs of `Intl.DateTimeFormat`. */
export interface UtcDateFormat {
  /** The date of this UTC instant. */
  format(ms: number): string;
  /**
   * From `startMs` to `endMs` (`startMs` ≤ `endMs`), sharing what both have in common:
   * "13–14 September 2022", "April – June 2024", "2022–2024". Between bare numbers the dash
   * is closed up; between words it is spaced.
   */
  formatRange(startMs: number, endMs: number): string;
}

/** The fields a format writes, the options of `Intl.DateTimeFormat` it stands for. */
export interface UtcDateFields {
  readonly year?: 'numeric';
  readonly month?: 'long' | 'short';
  readonly day?: 'numeric';
}
