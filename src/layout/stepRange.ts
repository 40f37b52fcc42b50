import type { TimelineStory } from '../model/story.js';
import { clampWindow, MIN_WINDOW_SPAN_MS, type TimeRange } from './overviewWindow.js';
import type { TimelineModel } from './timelineModel.js';
import type { TimeSpan } from './timeScale.js';

const DAY_MS = 86_400_000;

/** Context shown on each side of a story step's event, at least: about six weeks. */
export const STEP_CONTEXT_MS = 45 * DAY_MS;

/** Context shown on each side of a story step's event, as a fraction of the whole domain, at least. */
export const STEP_CONTEXT_RATIO = 0.03;

/**
 * The view a story step moves to: the event's span with context on each side (the larger of
 * `STEP_CONTEXT_MS` and `STEP_CONTEXT_RATIO` of the domain), so the reader sees what came just
 * before and after. Kept inside the domain: near its ends the range is shifted rather than
 * cut, so an event inside the domain is always wholly in view.
 *
 * ```ts
 * computeStepRange({ start: Date.UTC(2023, 6, 12), end: Date.UTC(2023, 6, 13) }, domain)
 * // → from late May to late August 2023 on a four-year domain
 * ```
 */
export function computeStepRange(span: TimeSpan, domain: TimeRange): TimeRange {
  const padding = Math.max(STEP_CONTEXT_MS, (domain[1] - domain[0]) * STEP_CONTEXT_RATIO);
  const start = Math.min(span.start, span.end);
  const end = Math.max(span.start, span.end);
  return clampWindow([start - padding, end + padding], domain, MIN_WINDOW_SPAN_MS);
}

/**
 * The range `progress` (0 to 1) of the way from `from` to `to`, both ends moving linearly in
 * time: the same path as the timeline's own animated zooms (see `interpolateTransform`).
 */
export function interpolateRange(from: TimeRange, to: TimeRange, progress: number): TimeRange {
  if (progress <= 0) return from;
  if (progress >= 1) return to;
  return [from[0] + (to[0] - from[0]) * progress, from[1] + (to[1] - from[1]) * progress];
}

/** Where a story step takes the timeline: the event to select and the range to show. */
export interface StoryStepView {
  readonly eventId: string;
  readonly range: TimeRange;
}

/**
 * The event and view of step `stepIndex` of `story` over a document's model, or `undefined`
 * when there is no such step or the document has no event with its id. A page that opens on
 * a story uses it for its first view; the story components use it at every step.
 */
export function computeStoryStepView(
  model: Pick<TimelineModel, 'indexOf' | 'spans' | 'domain'>,
  story: TimelineStory,
  stepIndex: number,
): StoryStepView | undefined {
  const eventId = story.steps[stepIndex]?.eventId;
  const index = eventId === undefined ? undefined : model.indexOf(eventId);
  const span = index === undefined ? undefined : model.spans[index];
  if (eventId === undefined || span === undefined) return undefined;
  return { eventId, range: computeStepRange(span, model.domain) };
}
