import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALENDAR_DATE_PATTERN } from '../../src/model/calendarDate.js';
import { HTTP_URL_PATTERN } from '../../src/model/httpUrl.js';
import { createTimelineJsonSchema } from '../../src/model/toJsonSchema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema/timeline.schema.json', import.meta.url));
const REGENERATE = 'UPDATE_SCHEMA=1 npx vitest run --project "unit UTC" jsonSchema';

function collectPatterns(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'pattern' && typeof value === 'string' ? [value] : collectPatterns(value),
  );
}

describe('createTimelineJsonSchema()', () => {
  it('matches the committed schema/timeline.schema.json', () => {
    const schema = createTimelineJsonSchema();
    if (process.env.UPDATE_SCHEMA) {
      writeFileSync(SCHEMA_FILE, `${JSON.stringify(schema, null, 2)}\n`);
      // Lay the file out as the linter wants it, so regenerating leaves the lint clean.
      execFileSync('npx', ['biome', 'format', '--write', SCHEMA_FILE], { stdio: 'ignore' });
    }
    const committed: unknown = existsSync(SCHEMA_FILE)
      ? JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))
      : undefined;
    expect(
      committed,
      `schema/timeline.schema.json is out of date with src/model/timelineSchema.ts; regenerate it with: ${REGENERATE}`,
    ).toEqual(schema);
  });

  it('declares draft 2020-12 and requires the four document fields', () => {
    const schema = createTimelineJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['title', 'categories', 'actors', 'events']);
  });

  it('requires claimedBy when kind is "claim" or "statement"', () => {
    const { $defs } = createTimelineJsonSchema() as { $defs: Record<string, { allOf?: unknown }> };
    expect($defs.event?.allOf).toEqual([
      {
        if: { properties: { kind: { enum: ['claim', 'statement'] } }, required: ['kind'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword is named "then"
        then: { required: ['claimedBy'] },
      },
    ]);
  });

  it('publishes the same date and URL patterns the validator uses', () => {
    const patterns = collectPatterns(createTimelineJsonSchema());
    expect(patterns).toContain(CALENDAR_DATE_PATTERN.source);
    expect(patterns).toContain(HTTP_URL_PATTERN.source);
  });

  it('has only patterns that compile with the u flag, as JSON Schema validators use them', () => {
    for (const pattern of collectPatterns(createTimelineJsonSchema())) {
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
    }
  });
});
