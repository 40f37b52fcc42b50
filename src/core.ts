/**
 * The React-free entry: the data format, validation, dates and layout primitives. Safe in Node
 * and workers. CSV reading is in `frise/csv` and JSON Schema generation in `frise/schema`.
 */

export { formatCalendarDate, formatEventDate } from './i18n/formatEventDate.js';
export { formatTickLabel } from './i18n/formatTickLabel.js';
export type { ClusterInput, EventCluster } from './layout/clusters.js';
export { clusterIntervals } from './layout/clusters.js';
export type { LabelBox } from './layout/labelPacking.js';
export { MIN_LABEL_GAP_PX, packLabels } from './layout/labelPacking.js';
export {
  computeDenseLaneMarks,
  type DenseLaneOptions,
  type DenseMark,
} from './layout/laneClusters.js';
export { createLaneIndexes, type LaneIndex } from './layout/laneIndex.js';
export type { PixelInterval, RowAssignment } from './layout/lanes.js';
export { assignRows } from './layout/lanes.js';
export type { SpanIndex } from './layout/spanIndex.js';
export { createSpanIndex, querySpanIndex } from './layout/spanIndex.js';
export { computeStepRange } from './layout/stepRange.js';
export type { AxisTick, ComputeAxisTicksOptions, TickLevel } from './layout/ticks.js';
export { computeAxisTicks, MIN_TICK_LABEL_GAP_PX, TICK_LABEL_CHAR_PX } from './layout/ticks.js';
export type { TimeScale, TimeSpan } from './layout/timeScale.js';
export {
  computeTimeDomain,
  createLinearTimeScale,
  createTimeScale,
  DOMAIN_PADDING_RATIO,
  EMPTY_TIME_DOMAIN,
  INSTANT_DOMAIN_PADDING_MS,
} from './layout/timeScale.js';
export type { TransformBounds, ViewTransform } from './layout/viewTransform.js';
export {
  areTransformsEqual,
  computeZoomBounds,
  constrainTransform,
  getVisibleRange,
  IDENTITY_TRANSFORM,
  interpolateTransform,
  MIN_VISIBLE_MS,
  rescaleTime,
  scaleTransformBy,
  TRANSFORM_EPSILON,
  transformForRange,
  translateTransformBy,
} from './layout/viewTransform.js';
export type { CalendarDate } from './model/calendarDate.js';
export {
  compareCalendarDates,
  formatCalendarDateString,
  getDaysInMonth,
  getPeriodEndMs,
  getPeriodStartMs,
  parseCalendarDate,
} from './model/calendarDate.js';
export { defineTimeline } from './model/defineTimeline.js';
export type * from './model/event.js';
export type { TimelineSpan } from './model/eventSpan.js';
export { getEventSpan } from './model/eventSpan.js';
export {
  countEventsBy,
  type EventCounts,
  filterEvents,
  filterTimelineData,
  getInvolvedActorIds,
  normalizeSearchText,
  type TimelineFilters,
} from './model/filterEvents.js';
export { groupEventsByMonth, type MonthGroup, type YearGroup } from './model/groupEventsByMonth.js';
export { isHttpUrl } from './model/httpUrl.js';
export { resolveText } from './model/localizedText.js';
export type { ParseTimelineResult } from './model/parseTimeline.js';
export { parseTimeline } from './model/parseTimeline.js';
export { sortEvents } from './model/sortEvents.js';
export type { StoryStep, TimelineStory } from './model/story.js';
export type { TimelineProblem } from './model/timelineProblem.js';
export {
  isActorSelected,
  isCategoryShown,
  setFilterQuery,
  toggleActorFilter,
  toggleCategoryFilter,
} from './model/updateFilters.js';
