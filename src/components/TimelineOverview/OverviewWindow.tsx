import type { KeyboardEvent, Ref } from 'react';
import { applyOverviewIntent, getOverviewIntent } from '../../interaction/overviewKeys.js';
import { computeWindowPosition, type TimeRange } from '../../layout/overviewWindow.js';
import type { WindowDrag } from './useWindowDrag.js';

export interface OverviewWindowProps {
  readonly ref: Ref<HTMLDivElement>;
  /** The window, already valid inside the domain. */
  readonly range: TimeRange;
  readonly domain: TimeRange;
  readonly label: string;
  /** The range in words, e.g. "March 2023 – May 2024". */
  readonly valueText: string;
  readonly helpId: string;
  readonly drag: WindowDrag;
  readonly onChange: (range: TimeRange) => void;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(4)}%`;

/**
 * The brush: a slider whose value is the window's start, drawn over the strip with a handle
 * at each edge, and the parts of the strip outside it shaded.
 */
export function OverviewWindow({
  ref,
  range,
  domain,
  label,
  valueText,
  helpId,
  drag,
  onChange,
}: OverviewWindowProps) {
  const position = computeWindowPosition(range, domain);
  const span = range[1] - range[0];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const intent = getOverviewIntent(event);
    if (intent === undefined) return;
    event.preventDefault();
    onChange(applyOverviewIntent(range, domain, intent));
  };

  return (
    <>
      <div
        className="frise-overview__shade"
        aria-hidden="true"
        style={{ left: 0, width: percent(position.start) }}
      />
      <div
        className="frise-overview__shade"
        aria-hidden="true"
        style={{ left: percent(position.start + position.size), right: 0 }}
      />
      <div
        ref={ref}
        className="frise-overview__window"
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-describedby={helpId}
        aria-orientation="horizontal"
        aria-valuemin={Math.round(domain[0])}
        aria-valuemax={Math.round(Math.max(domain[0], domain[1] - span))}
        aria-valuenow={Math.round(range[0])}
        aria-valuetext={valueText}
        data-state={drag.isDragging ? 'dragging' : 'idle'}
        style={{ left: percent(position.start), width: percent(position.size) }}
        onKeyDown={onKeyDown}
        {...drag.getPartProps('move')}
        {...drag.windowProps}
      >
        {/* Grips for the pointer only: Shift + arrows resize from the keyboard. */}
        <div className="frise-overview__handle" data-edge="start" {...drag.getPartProps('start')} />
        <div className="frise-overview__handle" data-edge="end" {...drag.getPartProps('end')} />
      </div>
    </>
  );
}
