'use client';
/** The React entry: components and hooks, plus everything in `frise/core`. */
export { EventDetails, type EventDetailsProps } from './components/EventDetails/EventDetails.js';
export { SafeLink, type SafeLinkProps } from './components/EventDetails/SafeLink.js';
export { NewsTimeline, type NewsTimelineProps } from './components/NewsTimeline/NewsTimeline.js';
export {
  ResponsiveTimeline,
  type ResponsiveTimelineProps,
} from './components/ResponsiveTimeline/ResponsiveTimeline.js';
export {
  DEFAULT_TIMELINE_WIDTH_PX,
  Timeline,
  type TimelineProps,
  type ViewRange,
} from './components/Timeline/Timeline.js';
export {
  TimelineFilters,
  type TimelineFiltersProps,
} from './components/TimelineFilters/TimelineFilters.js';
export {
  TimelineOverview,
  type TimelineOverviewProps,
} from './components/TimelineOverview/TimelineOverview.js';
export {
  ScrollyStory,
  type ScrollyStoryProps,
} from './components/TimelineStory/ScrollyStory.js';
export {
  TimelineStory,
  type TimelineStoryProps,
} from './components/TimelineStory/TimelineStory.js';
export {
  VerticalTimeline,
  type VerticalTimelineProps,
} from './components/VerticalTimeline/VerticalTimeline.js';
export * from './core.js';
export {
  type ContainerSize,
  DEFAULT_BREAKPOINT_PX,
  useContainerBreakpoint,
} from './hooks/useContainerBreakpoint.js';
export {
  type UseHashStateOptions,
  type UseHashStateResult,
  useHashState,
} from './hooks/useHashState.js';
export { useViewRangeTransition } from './hooks/useViewRangeTransition.js';
export { I18nProvider, type I18nProviderProps } from './i18n/I18nProvider.js';
// The story component shadows the data type of the same name that `core` exports.
export type { TimelineStory as TimelineStoryData } from './model/story.js';
