/** What a key press asks of a timeline, independent of how the timeline is drawn. */
export type TimelineIntent =
  | 'previous'
  | 'next'
  | 'laneUp'
  | 'laneDown'
  | 'first'
  | 'last'
  | 'zoomIn'
  | 'zoomOut'
  | 'showAll'
  | 'close';

const KEY_TO_INTENT: Readonly<Record<string, TimelineIntent>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'laneUp',
  ArrowDown: 'laneDown',
  Home: 'first',
  End: 'last',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  _: 'zoomOut',
  '0': 'showAll',
  Escape: 'close',
};

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/**
 * The intent of a key press, or `undefined` when the timeline should leave it alone.
 * Presses with ctrl, ⌘ or alt belong to the browser (ctrl + plus zooms the page), and in a
 * right-to-left page the left arrow moves forward in time.
 */
export function getTimelineIntent(
  press: KeyPress,
  direction: 'ltr' | 'rtl' = 'ltr',
): TimelineIntent | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const intent = Object.hasOwn(KEY_TO_INTENT, press.key) ? KEY_TO_INTENT[press.key] : undefined;
  if (direction === 'rtl' && intent === 'previous') return 'next';
  if (direction === 'rtl' && intent === 'next') return 'previous';
  return intent;
}
