/**
 * The Frise data format: what an author writes (JSON, TypeScript or CSV) and what the
 * validator hands to the layout. Dates stay calendar strings so that a day never shifts
 * with the reader's time zone; they are converted to UTC positions only for drawing.
 */

/** How precisely a calendar date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * A calendar date as written by an author: `"2022"` (year), `"2024-04"` (month) or
 * `"2024-04-18"` (day). The precision is read from the form.
 */
export type CalendarDateString = string;

/** Text in one language, or in several keyed by BCP 47 language tag (`{ en, fr }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** Whether an event is independently attested, an allegation made by someone, or a stated position. */
export type EventKind = 'fact' | 'claim' | 'statement';

/** How sure the editors are that the event, as worded, is accurate. */
export type Confidence = 'high' | 'medium' | 'low';

/** Where an event comes from. */
export interface Source {
  /** Who published it, e.g. `"Le Monde"` or `"Trend (via …)"`. */
  readonly publisher: string;
  /** The headline or document title. */
  readonly title: string;
  /** Publication date, as a calendar date string; omitted when the page is undated. */
  readonly date?: CalendarDateString;
  /** An http(s) URL; anything else is rejected by the validator. */
  readonly url: string;
}

/** An illustration shown in the details card. */
export interface Media {
  /** An http(s) image URL. */
  readonly url: string;
  /** Required: what the image shows, for readers who cannot see it. */
  readonly alt: LocalizedText;
  /** Photographer or agency. */
  readonly credit?: string;
}

/** One event on the timeline. */
export interface TimelineEvent {
  /** Stable, unique id (used in deep links); letters, digits, `-` and `_`. */
  readonly id: string;
  /** When it happened or began. */
  readonly start: CalendarDateString;
  /**
   * When it ended, for events that last; same or coarser form than `start` is allowed. Its
   * period may not start before the period of `start`: `"2023-06"` can end an event that
   * starts on `"2023-05-12"`, `"2023-05"` cannot.
   */
  readonly end?: CalendarDateString;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  /** The id of one of the document's categories; events are drawn in its lane. */
  readonly category: string;
  /** Ids of the document's actors involved. */
  readonly actors?: readonly string[];
  readonly kind: EventKind;
  /** Ids of the actors who make the claim or statement; required unless `kind` is `fact`. */
  readonly claimedBy?: readonly string[];
  /** At least one source is expected for news use. */
  readonly sources: readonly Source[];
  /** 1 (minor) to 3 (major); major events' labels are emphasised (`data-importance`). */
  readonly importance?: 1 | 2 | 3;
  readonly confidence?: Confidence;
  readonly tags?: readonly string[];
  readonly media?: Media;
  /** True for events after the period the timeline tells, shown as follow-ups. */
  readonly followUp?: boolean;
}

/** The colour slots of the built-in palette; each has light and dark values meeting WCAG AA. */
export type CategoryColor =
  | 'blue'
  | 'orange'
  | 'green'
  | 'red'
  | 'purple'
  | 'teal'
  | 'brown'
  | 'gray';

/** A lane of the timeline. */
export interface Category {
  readonly id: string;
  readonly label: LocalizedText;
  /** A palette slot; themes map it to `--frise-color-<slot>`. */
  readonly color: CategoryColor;
}

/** A person, body or group that takes part in events or makes claims. */
export interface Actor {
  readonly id: string;
  readonly name: LocalizedText;
}

/** A whole timeline document. */
export interface TimelineData {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Lane order is the order of this list. */
  readonly categories: readonly Category[];
  readonly actors: readonly Actor[];
  readonly events: readonly TimelineEvent[];
}
