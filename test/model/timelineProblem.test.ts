import { describe, expect, it } from 'vitest';
import { createProblem, describeReceived, joinPath } from '../../src/model/timelineProblem.js';

describe('describeReceived(value)', () => {
  it('quotes strings and writes numbers and booleans as they are', () => {
    expect(describeReceived('week')).toBe('"week"');
    expect(describeReceived(4)).toBe('4');
    expect(describeReceived(Number.NaN)).toBe('NaN');
    expect(describeReceived(false)).toBe('false');
  });

  it('names other values by their type, without reading inside them', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(
      [null, undefined, [], {}, proxy, () => 1, Symbol('s'), 10n].map((value) =>
        describeReceived(value),
      ),
    ).toEqual(['null', 'nothing', 'array', 'object', 'object', 'function', 'symbol', 'bigint']);
  });

  it('cuts a long string and gives its length', () => {
    expect(describeReceived('x'.repeat(10_000))).toBe(`"${'x'.repeat(59)}…" (10000 characters)`);
  });

  it('cuts by the quoted length, so escapes cannot make it long', () => {
    const received = describeReceived('"'.repeat(60));
    expect(received).toBe(`"${'\\"'.repeat(29)}…" (60 characters)`);
    expect(describeReceived('\u0000'.repeat(1000)).length).toBeLessThan(90);
  });

  it('never cuts a surrogate pair in half', () => {
    const received = describeReceived(`${'x'.repeat(58)}😀${'y'.repeat(10)}`);
    expect(received).toBe(`"${'x'.repeat(58)}…" (70 characters)`);
  });
});

describe('joinPath(base, key)', () => {
  it('joins indexes in brackets, identifiers with a dot, anything else quoted', () => {
    expect(joinPath('sources', 0)).toBe('sources[0]');
    expect(joinPath('sources[0]', 'url')).toBe('sources[0].url');
    expect(joinPath('', 'title')).toBe('title');
    expect(joinPath('title', 'fr-CA')).toBe('title["fr-CA"]');
  });
});

describe('createProblem(subject, field, expected, received)', () => {
  it('names the subject and the field, and joins their paths', () => {
    const subject = {
      label: 'event 3 "big-2023-07"',
      path: 'events[3]',
      eventIndex: 3,
      eventId: 'big-2023-07',
    };
    expect(
      createProblem(subject, 'sources[0].url', 'an http(s) URL', '"javascript:alert(1)"'),
    ).toEqual({
      path: 'events[3].sources[0].url',
      eventIndex: 3,
      eventId: 'big-2023-07',
      field: 'sources[0].url',
      expected: 'an http(s) URL',
      received: '"javascript:alert(1)"',
      message:
        'event 3 "big-2023-07": sources[0].url must be an http(s) URL, got "javascript:alert(1)"',
    });
  });

  it('speaks of the subject itself when there is no field, and of the document when there is no subject', () => {
    expect(
      createProblem({ label: 'event 3', path: 'events[3]' }, '', 'an event object', 'null').message,
    ).toBe('event 3 must be an event object, got null');
    expect(createProblem({ label: '', path: '' }, '', 'an object', 'null').message).toBe(
      'the document must be an object, got null',
    );
  });
});
