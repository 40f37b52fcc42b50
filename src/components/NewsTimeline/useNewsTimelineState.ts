import { useCallback, useMemo, useState } from 'react';
import { useHashState } from '../../hooks/useHashState.js';
import type { ViewRange } from '../../hooks/useViewRange.js';
import { useViewRangeTransition } from '../../hooks/useViewRangeTransition.js';
import { createTimelineModel } from '../../layout/timelineModel.js';
import type { TimelineData } from '../../model/event.js';
import { filterTimelineData, type TimelineFilters } from '../../model/filterEvents.js';
import { parseTimeline } from '../../model/parseTimeline.js';
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
  const domain = useMemo(() => createTimelineModel(parseTimeline(data).data).domain, [data]);
  const [viewRange, setViewRange] = useState<ViewRange>(domain);
  const showRange = useViewRangeTransition(viewRange, setViewRange);

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
      showRange(range);
    },
    [deepLinkKey, setHashSelection, showRange],
  );

  return {
    filteredData,
    filters,
    setFilters,
    viewRange,
    setViewRange,
    selectedId,
    select,
    activeStep,
    setActiveStep,
    isExploring,
    setExploring,
    showStepEvent,
  };
}
