import { render } from '@testing-library/react';
import { expect, test } from 'vitest';

test('b', () => {
  const r = render(<button type="button">Hi</button>);
  expect(r.getByRole('button').getBoundingClientRect().width).toBeGreaterThan(0);
});
