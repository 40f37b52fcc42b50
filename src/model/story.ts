import type { LocalizedText } from './event.js';

/** One step of a guided story: the event it shows and what the narrator says. */
export interface StoryStep {
  /** The id of the event this step brings into view. */
  readonly eventId: string;
  /** What the narrator says at this step; without it the event's own summary is enough. */
  readonly narration?: LocalizedText;
}

/** An ordered walk through a timeline's events. */
export interface TimelineStory {
  /** Stable, unique id (used in deep links). */
  readonly id: string;
  /** The story's heading. */
  readonly title: LocalizedText;
  /** The steps, in the order the reader walks through them. */
  readonly steps: readonly StoryStep[];
}
