import { expect, it } from 'vitest';

// The component suite runs in jsdom under three zones, like the pure one.
it('runs in the time zone its project sets', () => {
  expect(process.env.TZ).toMatch(/^(UTC|Pacific\/Kiritimati|Pacific\/Pago_Pago)$/);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
});
