import type { DatePrecision, TimelineData, TimelineEvent } from '../model/event.js';
import type { TimelineSpan } from '../model/eventSpan.js';
import { orderEventsInTime } from '../model/sortEvents.js';
import { createSpanIndex, type SpanIndex } from './spanIndex.js';
import { computeTimeDomain } from './timeScale.js';

/** An event's place in time, in UTC ms (end exclusive). */
export interface EventSpan {
  readonly start: number;
  readonly end: number;
  readonly precision: DatePrecision;
  readonly isRange: boolean;
}

/** What every view of a document needs, computed once per document. */
export interface TimelineModel {
  /** Events in time order. */
  readonly events: readonly TimelineEvent[];
  /** `spans[i]` belongs to `events[i]`. */
  readonly spans: readonly EventSpan[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly domain: readonly [number, number];
  readonly spanIndex: SpanIndex;
}

/** Sorts a validated document's events and precomputes their spans and lookup structures. */
export function createTimelineModel(data: TimelineData): TimelineModel {
  const { order, spans: spansInInputOrder } = orderEventsInTime(data.events);
  const events = Array.from(order, (index) => data.events[index] as TimelineEvent);
  const spans = Array.from(order, (index): EventSpan => {
    const { start, end, precision } = spansInInputOrder[index] as TimelineSpan;
    return { start, end, precision, isRange: data.events[index]?.end !== undefined };
  });
  return {
    events,
    spans,
    indexById: new Map(events.map((event, index) => [event.id, index])),
    domain: computeTimeDomain(spans),
    spanIndex: createSpanIndex(spans),
  };
}

const models = new WeakMap<TimelineData, TimelineModel>();

/**
 * `createTimelineModel(data)`, computed once per document object: the timeline, its overview
 * and its story all lay out the same validated document. Documents are taken as immutable.
 */
export function getTimelineModel(data: TimelineData): TimelineModel {
  let model = models.get(data);
  if (!model) {
    model = createTimelineModel(data);
    models.set(data, model);
  }
  return model;
}
