import { memo, useMemo } from 'react';
import { getDomainFraction, type TimeRange } from '../../layout/overviewWindow.js';
import type { TimelineModel } from '../../layout/timelineModel.js';
import type { Category } from '../../model/event.js';

export interface OverviewStripProps {
  readonly model: TimelineModel;
  readonly categories: readonly Category[];
  /** Height of the drawing in px. */
  readonly height: number;
}

/** Space above the first row and below the last, in px. */
const STRIP_PADDING_PX = 3;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The whole domain in miniature: one thin row per category, one tick per event at its start
 * and a faint bar over the events that last. Positions are in percent, so the drawing needs no
 * measuring and renders the same on the server. Decorative: the window carries the meaning.
 */
export const OverviewStrip = memo(function OverviewStrip({
  model,
  categories,
  height,
}: OverviewStripProps) {
  const rows = useMemo(() => {
    const byCategory = new Map(categories.map((category) => [category.id, [] as number[]]));
    model.events.forEach((event, index) => {
      byCategory.get(event.category)?.push(index);
    });
    return categories.map((category) => ({ category, indices: byCategory.get(category.id) ?? [] }));
  }, [model, categories]);
  const rowHeight = (height - 2 * STRIP_PADDING_PX) / Math.max(1, rows.length);
  const domain: TimeRange = model.domain;

  return (
    <svg
      className="frise-overview__ticks"
      width="100%"
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {rows.map(({ category, indices }, row) => {
        const y = STRIP_PADDING_PX + row * rowHeight;
        return (
          <g key={category.id} data-color={category.color}>
            {indices.map((index) => {
              const span = model.spans[index];
              const id = model.events[index]?.id;
              if (!span || id === undefined) return null;
              const x0 = getDomainFraction(span.start, domain);
              return span.isRange ? (
                <rect
                  key={id}
                  className="frise-overview__span"
                  x={percent(x0)}
                  width={percent(Math.max(0, getDomainFraction(span.end, domain) - x0))}
                  y={y}
                  height={rowHeight}
                />
              ) : (
                <line
                  key={id}
                  className="frise-overview__tick"
                  x1={percent(x0)}
                  x2={percent(x0)}
                  y1={y}
                  y2={y + rowHeight}
                />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
});
