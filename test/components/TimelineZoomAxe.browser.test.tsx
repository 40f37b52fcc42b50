import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { findAxeViolations } from '../support/axe.js';
import { waitForStillness } from '../support/settle.js';

describe.each(['light', 'dark'] as const)('Timeline in the %s theme, zoomed in', (theme) => {
  it('has no axe violation at any zoom level', async () => {
    const { container } = render(
      <div style={{ width: 1000 }}>
        <Timeline data={franceAzerbaijan} theme={theme} />
      </div>,
    );
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    const found = new Set<string>();
    for (let step = 0; step < 14; step += 1) {
      await waitForStillness(() => container.innerHTML);
      for (const violation of await findAxeViolations(container))
        found.add(`step ${step}: ${violation}`);
      if (zoomIn.getAttribute('aria-disabled') === 'true') break;
      await userEvent.click(zoomIn);
    }
    expect([...found]).toEqual([]);
  });
});
