import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import { waitForChangeThenStillness } from '../support/settle.js';

/** The reader's system setting, as `matchMedia` reports it to the page. */
function emulateReducedMotion(isReduced: boolean) {
  const matchMedia = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    const list = matchMedia(query);
    if (!query.includes('prefers-reduced-motion')) return list;
    return Object.create(list, { matches: { value: isReduced } }) as MediaQueryList;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every view range the timeline reports while one zoom button press plays out. */
async function rangesOfOneZoom(): Promise<ViewRange[]> {
  const onViewRangeChange = vi.fn<(range: ViewRange) => void>();
  const { unmount } = render(
    <div style={{ width: 1000 }}>
      <Timeline data={franceAzerbaijan} onViewRangeChange={onViewRangeChange} />
    </div>,
  );
  const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
  const before = onViewRangeChange.mock.calls.length;
  await userEvent.click(zoomIn);
  await waitForChangeThenStillness(() => onViewRangeChange.mock.calls.length, before);
  unmount();
  return onViewRangeChange.mock.calls.slice(before).map(([range]) => range);
}

describe('Timeline and the reduced-motion setting', () => {
  it('animates a zoom over several frames by default, and jumps to the same view when motion is reduced', async () => {
    emulateReducedMotion(false);
    const animated = await rangesOfOneZoom();
    vi.restoreAllMocks();
    emulateReducedMotion(true);
    const reduced = await rangesOfOneZoom();
    expect(animated.length).toBeGreaterThan(3);
    expect(reduced).toHaveLength(1);
    expect(reduced[0]?.[0]).toBeCloseTo(animated.at(-1)?.[0] ?? Number.NaN, -1);
    expect(reduced[0]?.[1]).toBeCloseTo(animated.at(-1)?.[1] ?? Number.NaN, -1);
  });
});
