import type { DatePrecision, TimelineData, TimelineEvent } from '../model/event.js';
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
  const { order, times } = orderEventsInTime(data.events);
  const count = order.length;
  const events = new Array<TimelineEvent>(count);
  const spans = new Array<EventSpan>(count);
  const indexById = new Map<string, number>();
  for (let position = 0; position < count; position += 1) {
    const index = order[position] as number;
    const event = data.events[index] as TimelineEvent;
    events[position] = event;
    spans[position] = {
      start: times.starts[index] as number,
      end: times.ends[index] as number,
      precision: times.precisions[index] as DatePrecision,
      isRange: event.end !== undefined,
    };
    indexById.set(event.id, position);
  }
  return {
    events,
    spans,
    indexById,
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
