'use client';
export { EventDetails, type EventDetailsProps } from './components/EventDetails/EventDetails.js';
export { SafeLink, type SafeLinkProps } from './components/EventDetails/SafeLink.js';
export {
  DEFAULT_TIMELINE_WIDTH_PX,
  Timeline,
  type TimelineProps,
  type ViewRange,
} from './components/Timeline/Timeline.js';
/** The React entry: components and hooks, plus everything in `frise/core`. */
export * from './core.js';
export { I18nProvider, type I18nProviderProps } from './i18n/I18nProvider.js';
