import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isCsvDocument,
  loadTimelineDocument,
  TimelineLoadError,
} from '../../src/embed/loadTimelineDocument.js';

const TEMPLATE = readFileSync(
  new URL('../../templates/timeline-template.csv', import.meta.url),
  'utf8',
);

function respondWith(body: string, contentType: string, status = 200): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': contentType } });
}

describe('isCsvDocument(url, contentType)', () => {
  it('trusts a CSV or TSV media type, whatever the URL', () => {
    expect(isCsvDocument('/data', 'text/csv; charset=utf-8')).toBe(true);
    expect(isCsvDocument('/data.json', 'text/tab-separated-values')).toBe(true);
  });

  it('trusts a JSON media type, whatever the URL', () => {
    expect(isCsvDocument('/data.csv', 'application/json')).toBe(false);
    expect(isCsvDocument('/data.csv', 'application/ld+json')).toBe(false);
  });

  it('falls back to the extension of the path, ignoring query and fragment', () => {
    expect(isCsvDocument('https://example.org/t/timeline.CSV?v=2#top', 'text/plain')).toBe(true);
    expect(isCsvDocument('timeline.tsv', null)).toBe(true);
    expect(isCsvDocument('/timeline.json', 'text/plain')).toBe(false);
    expect(isCsvDocument('/export?format=csv', null)).toBe(false);
  });
});

describe('loadTimelineDocument(url, options)', () => {
  it('reads a CSV file into its valid events, with the given title', async () => {
    const { data, problems } = await loadTimelineDocument('/timeline.csv', {
      fetchImpl: respondWith(TEMPLATE, 'text/csv'),
      csvTitle: 'France and Azerbaijan',
    });
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ title: 'France and Azerbaijan' });
    expect((data as { events: unknown[] }).events.length).toBeGreaterThan(40);
  });

  it('reports the problems of a CSV file by row and column, keeping the valid rows', async () => {
    const [header, , row = ''] = TEMPLATE.split(/\r?\n/);
    const badRow = row.replace('trilateral-ceasefire-nov-2020,2020-11-09,', 'bad-date,2020-13-09,');
    const csv = [header, row, badRow].join('\n');
    const { data, problems } = await loadTimelineDocument('/t.csv', {
      fetchImpl: respondWith(csv, 'text/plain'),
      csvTitle: 'T',
    });
    expect((data as { events: unknown[] }).events).toHaveLength(1);
    expect(problems).toContainEqual(expect.objectContaining({ row: 3, column: 'start' }));
  });

  it('leaves a JSON document to the Timeline to validate', async () => {
    const document = { title: 'T', categories: [], actors: [], events: [{ id: 1 }] };
    const loaded = await loadTimelineDocument('/t.json', {
      fetchImpl: respondWith(JSON.stringify(document), 'application/json'),
    });
    expect(loaded).toEqual({ data: document, problems: [] });
  });

  it('names the URL and the cause when the request or the JSON fails', async () => {
    await expect(
      loadTimelineDocument('/missing.json', { fetchImpl: respondWith('', 'text/html', 404) }),
    ).rejects.toThrow(new TimelineLoadError('Could not load "/missing.json": HTTP 404'));
    await expect(
      loadTimelineDocument('/t.json', { fetchImpl: respondWith('{ nope', 'application/json') }),
    ).rejects.toThrow(/"\/t.json" is not valid JSON/);
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadTimelineDocument('/t.json', { fetchImpl: offline })).rejects.toThrow(
      'Could not load "/t.json": Failed to fetch',
    );
  });
});
