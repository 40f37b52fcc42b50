import { type FocusEvent, memo, type Ref, useMemo } from 'react';
import { formatViewRange } from '../../i18n/formatViewRange.js';
import { formatMessage, type Messages } from '../../i18n/messages.js';
import type { ClusterMark } from '../../layout/visibleMarks.js';
import type { CategoryColor } from '../../model/event.js';

export interface TimelineClusterMarkProps {
  readonly cluster: ClusterMark;
  /** Top of the cluster's lane: the cluster is placed inside it. */
  readonly laneTop: number;
  readonly color: CategoryColor | undefined;
  readonly locale: string;
  readonly messages: Messages;
  readonly isTabStop: boolean;
  readonly onActivate: (cluster: ClusterMark) => void;
  readonly onFocus: (id: string, event: FocusEvent<HTMLButtonElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLButtonElement>) => void;
  readonly ref?: Ref<HTMLButtonElement>;
}

/**
 * Events that would overlap at this zoom, merged: activating it zooms to their extent. Named
 * "12 events, March – June 2023". Memoised like the event marks.
 */
export const TimelineClusterMark = memo(function TimelineClusterMark({
  cluster,
  laneTop,
  color,
  locale,
  messages,
  isTabStop,
  onActivate,
  onFocus,
  onBlur,
  ref,
}: TimelineClusterMarkProps) {
  const { count, startMs, endMs } = cluster;
  // Each zoom step gives a new cluster object, often for the same events: the name is kept.
  const label = useMemo(
    () =>
      formatMessage(messages.clusterName, {
        count,
        range: formatViewRange([startMs, endMs], locale),
      }),
    [count, startMs, endMs, locale, messages],
  );
  return (
    <button
      ref={ref}
      type="button"
      className="frise-cluster"
      data-event-id={cluster.id}
      data-color={color}
      aria-label={label}
      tabIndex={isTabStop ? 0 : -1}
      style={{ left: cluster.x0, top: cluster.top - laneTop, width: cluster.x1 - cluster.x0 }}
      onClick={() => onActivate(cluster)}
      onFocus={(event) => onFocus(cluster.id, event)}
      onBlur={onBlur}
    >
      <span className="frise-cluster__count" aria-hidden="true">
        {cluster.count}
      </span>
    </button>
  );
});
