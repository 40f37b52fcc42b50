import type { AxisTick } from '../../layout/ticks.js';

/** Label width estimate per character, as the tick layout uses. */
const LABEL_CHAR_PX = 7;
const LABEL_OFFSET_PX = 4;

export interface TimelineAxisProps {
  readonly ticks: readonly AxisTick[];
  readonly width: number;
  readonly height: number;
  readonly axisHeightPx: number;
}

/** Tick labels along the top and grid lines through the lanes; decorative for assistive tech. */
export function TimelineAxis({ ticks, width, height, axisHeightPx }: TimelineAxisProps) {
  return (
    <svg
      className="frise-axis"
      width={width}
      height={height}
      viewBox={`0 0 ${Math.max(1, width)} ${Math.max(1, height)}`}
      aria-hidden="true"
      focusable="false"
    >
      <line className="frise-axis__domain" x1={0} x2={width} y1={axisHeightPx} y2={axisHeightPx} />
      {ticks.map((tick) => (
        <g key={tick.ms} transform={`translate(${tick.x},0)`} data-level={tick.level}>
          <line className="frise-axis__grid" y1={axisHeightPx} y2={height} />
          <line className="frise-axis__tick" y1={axisHeightPx - 6} y2={axisHeightPx} />
          {/* A label cut by the right edge would be unreadable; its tick line still shows. */}
          {tick.x + LABEL_OFFSET_PX + tick.label.length * LABEL_CHAR_PX <= width && (
            <text className="frise-axis__label" x={LABEL_OFFSET_PX} y={axisHeightPx - 10}>
              {tick.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
