import { useCallback, useMemo, useRef, useState } from 'react';
import { useHashState } from '../../hooks/useHashState.js';
import type { ViewRange } from '../../hooks/useViewRange.js';
import { useViewRangeTransition } from '../../hooks/useViewRangeTransition.js';
import { getTimelineModel } from '../../layout/timelineModel.js';
import type { TimelineData } from '../../model/event.js';
import { filterTimelineData, type TimelineFilters } from '../../model/filterEvents.js';
import { parseTimelineOnce } from '../../model/parseTimelineOnce.js';
import type { TimelineStory } from '../../model/story.js';

export interface NewsTimelineState {
  readonly filteredData: TimelineData;
  readonly filters: TimelineFilters;
  readonly setFilters: (filters: TimelineFilters) => void;
  readonly viewRange: ViewRange;
  readonly setViewRange: (range: ViewRange) => void;
  readonly selectedId: string | null;
  readonly select: (id: string | null) => void;
  readonly activeStep: number;
  readonly setActiveStep: (step: number) => void;
  readonly isExploring: boolean;
  readonly setExploring: (isExploring: boolean) => void;
  /** What a story step does: select its event and move the view to it, animated. */
  readonly showStepEvent: (eventId: string, range: ViewRange) => void;
}

/**
 * The one state every part of a NewsTimeline shares: filters, the visible range (timeline
 * and minimap), the selection (optionally in the URL) and the story's step.
 */
export function useNewsTimelineState(
  data: TimelineData,
  story: TimelineStory | undefined,
  locale: string,
  deepLinkKey: string | false,
  defaultSelectedId: string | null,
): NewsTimelineState {
  const [filters, setFilters] = useState<TimelineFilters>({});
  const filteredData = useMemo(
    () => filterTimelineData(data, filters, locale),
    [data, filters, locale],
  );
  const domain = useMemo(() => getTimelineModel(parseTimelineOnce(data).data).domain, [data]);
  const [viewRange, setViewRange] = useState<ViewRange>(domain);
  // The reader's changes (timeline, overview) win over a story step's animation. The animation
  // notices a change it did not make only once the block has re-rendered, and input and
  // animation frames can both run before that render (a busy page, a fast wheel): without this
  // gate, its next frame would overwrite the reader's zoom.
  const isReaderInControl = useRef(false);
  const setReaderViewRange = useCallback((range: ViewRange) => {
    isReaderInControl.current = true;
    setViewRange(range);
  }, []);
  const setStoryViewRange = useCallback((range: ViewRange) => {
    if (!isReaderInControl.current) setViewRange(range);
  }, []);
  const showRange = useViewRangeTransition(viewRange, setStoryViewRange);

  const [localSelection, setLocalSelection] = useState<string | null>(defaultSelectedId);
  const [hashSelection, setHashSelection] = useHashState(deepLinkKey || 'frise');
  const selectedId = deepLinkKey ? (hashSelection ?? localSelection) : localSelection;
  const [activeStep, setActiveStep] = useState(0);
  const [isExploring, setExploring] = useState(false);

  const select = useCallback(
    (id: string | null) => {
      if (deepLinkKey) setHashSelection(id ?? undefined);
      else setLocalSelection(id);
      const stepEventId = story?.steps[activeStep]?.eventId;
      // Choosing another event than the step's leaves the story, which offers a way back.
      if (id !== null && stepEventId !== undefined && id !== stepEventId) setExploring(true);
    },
    [deepLinkKey, setHashSelection, story, activeStep],
  );

  const showStepEvent = useCallback(
    (eventId: string, range: ViewRange) => {
      if (deepLinkKey) setHashSelection(eventId);
      else setLocalSelection(eventId);
      setExploring(false);
      isReaderInControl.current = false;
      showRange(range);
    },
    [deepLinkKey, setHashSelection, showRange],
  );

  return {
    filteredData,
    filters,
    setFilters,
    viewRange,
    setViewRange: setReaderViewRange,
    selectedId,
    select,
    activeStep,
    setActiveStep,
    isExploring,
    setExploring,
    showStepEvent,
  };
}
