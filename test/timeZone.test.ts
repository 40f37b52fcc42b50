import { expect, it } from 'vitest';

// The date tests are only worth running in three zones if each project really runs in its own.
it('runs in the time zone its project sets', () => {
  expect(process.env.TZ).toMatch(/^(UTC|Pacific\/Kiritimati|Pacific\/Pago_Pago)$/);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  const offsetMinutes = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
  const expected = { UTC: 0, 'Pacific/Kiritimati': -14 * 60, 'Pacific/Pago_Pago': 11 * 60 };
  expect(offsetMinutes).toBe(expected[process.env.TZ as keyof typeof expected]);
});
