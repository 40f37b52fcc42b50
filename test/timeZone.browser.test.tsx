/// <reference types="vite/client" />
import { expect, it } from 'vitest';

// As in Node: the browser suite is only worth running in three zones if each project really
// runs in its own.
it('runs in the time zone its project sets', () => {
  const zone = import.meta.env.TZ;
  expect(zone).toMatch(/^(UTC|Pacific\/Kiritimati|Pacific\/Pago_Pago)$/);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  const offsetMinutes = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
  const expected = { UTC: 0, 'Pacific/Kiritimati': -14 * 60, 'Pacific/Pago_Pago': 11 * 60 };
  expect(offsetMinutes).toBe(expected[zone as keyof typeof expected]);
});
