import type { FocusEvent, Ref } from 'react';
import type { ClusterMark } from '../../layout/visibleMarks.js';
import type { CategoryColor } from '../../model/event.js';

export interface TimelineClusterMarkProps {
  readonly cluster: ClusterMark;
  /** Top relative to its lane. */
  readonly top: number;
  /** "12 events, March – June 2023". */
  readonly label: string;
  readonly color: CategoryColor | undefined;
  readonly isTabStop: boolean;
  readonly onActivate: (cluster: ClusterMark) => void;
  readonly onFocus: (id: string, event: FocusEvent<HTMLButtonElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLButtonElement>) => void;
  readonly ref?: Ref<HTMLButtonElement>;
}

/** Events that would overlap at this zoom, merged: activating it zooms to their extent. */
export function TimelineClusterMark({
  cluster,
  top,
  label,
  color,
  isTabStop,
  onActivate,
  onFocus,
  onBlur,
  ref,
}: TimelineClusterMarkProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="frise-cluster"
      data-event-id={cluster.id}
      data-color={color}
      aria-label={label}
      tabIndex={isTabStop ? 0 : -1}
      style={{ left: cluster.x0, top, width: cluster.x1 - cluster.x0 }}
      onClick={() => onActivate(cluster)}
      onFocus={(event) => onFocus(cluster.id, event)}
      onBlur={onBlur}
    >
      <span className="frise-cluster__count" aria-hidden="true">
        {cluster.count}
      </span>
    </button>
  );
}
