import { describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseTimelineOnce } from '../../src/model/parseTimelineOnce.js';

describe('parseTimelineOnce(input)', () => {
  it('returns what parseTimeline returns', () => {
    const broken = { ...franceAzerbaijan, events: [...franceAzerbaijan.events, { id: 'x' }] };
    expect(parseTimelineOnce(broken)).toEqual(parseTimeline(broken));
    expect(parseTimelineOnce('not a document')).toEqual(parseTimeline('not a document'));
    expect(parseTimelineOnce(null)).toEqual(parseTimeline(null));
  });

  it('computes it once per input object', () => {
    const document = { ...franceAzerbaijan };
    const first = parseTimelineOnce(document);
    expect(parseTimelineOnce(document)).toBe(first);
    expect(parseTimelineOnce({ ...franceAzerbaijan })).not.toBe(first);
  });

  it('knows the valid document it returned: passing it on keeps it, with no problems', () => {
    const broken = { ...franceAzerbaijan, events: [...franceAzerbaijan.events, { id: 'x' }] };
    const { data, problems } = parseTimelineOnce(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(parseTimelineOnce(data)).toEqual({ data, problems: [] });
    expect(parseTimelineOnce(data).data).toBe(data);
  });
});
