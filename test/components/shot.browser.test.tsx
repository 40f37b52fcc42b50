import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/theme/frise.css';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { wheelOver } from '../support/realInput.js';

test('shot', async () => {
  render(
    <div style={{ width: 1100 }}>
      <Timeline data={franceAzerbaijan} defaultSelectedId="baku-initiative-group-founded" />
    </div>,
  );
  const viewport = screen.getByRole('group', { name: /France and Azerbaijan/ });
  await console.log(await page.screenshot({ path: 'shot0.png' }));
  for (let i = 0; i < 3; i++) await wheelOver(viewport, { deltaY: -100, ctrl: true, at: 0.6 });
  await console.log(await page.screenshot({ path: 'shot3.png' }));
  console.log(
    document.querySelectorAll('.frise-event__label').length,
    document.querySelectorAll('.frise-event').length,
  );
  expect(1).toBe(1);
});
