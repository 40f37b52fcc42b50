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
  /** The position of the event with this id in `events`; `undefined` when there is none. */
  readonly indexOf: (id: string) => number | undefined;
  readonly domain: readonly [number, number];
  readonly spanIndex: SpanIndex;
}

/** Sorts a validated document's events and precomputes their spans and lookup structures. */
export function createTimelineModel(data: TimelineData): TimelineModel {
  const { order, times } = orderEventsInTime(data.events);
  const count = order.length;
  const events = new Array<TimelineEvent>(count);
  const spans = new Array<EventSpan>(count);
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
  }
  return {
    events,
    spans,
    indexOf: createIdLookup(events),
    domain: computeTimeDomain(spans),
    spanIndex: createSpanIndex(spans),
  };
}

/**
 * Why lazy: a table of 100,000 ids costs a first render tens of milliseconds, and a view
 * needs it only once something is selected by id (a click, a deep link, a story step).
 */
function createIdLookup(events: readonly TimelineEvent[]): (id: string) => number | undefined {
  let indexById: Map<string, number> | undefined;
  return (id) => {
    if (!indexById) {
      indexById = new Map();
      for (let position = 0; position < events.length; position += 1) {
        indexById.set((events[position] as TimelineEvent).id, position);
      }
    }
    return indexById.get(id);
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
