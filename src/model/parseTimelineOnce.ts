import { type ParseTimelineResult, parseTimeline } from './parseTimeline.js';

// Keyed by the document object: a page's NewsTimeline, Timeline, overview, filters and list
// all receive the same one, and validating 100,000 events once is enough.
const results = new WeakMap<object, ParseTimelineResult>();

/**
 * `parseTimeline(input)`, computed once per input object. Like React with props, it takes a
 * document as immutable: to change the data, pass a new object. The valid document it returns
 * is known valid too, so passing it on (as the components do) costs nothing either.
 */
export function parseTimelineOnce(input: unknown): ParseTimelineResult {
  if (typeof input !== 'object' || input === null) return parseTimeline(input);
  let result = results.get(input);
  if (!result) {
    result = parseTimeline(input);
    results.set(input, result);
    if (!results.has(result.data)) results.set(result.data, { data: result.data, problems: [] });
  }
  return result;
}
