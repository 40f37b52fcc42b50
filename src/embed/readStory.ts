import type { LocalizedText } from '../model/event.js';
import type { StoryStep, TimelineStory } from '../model/story.js';

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'string' ||
  (typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string'));

/**
 * The guided story a document may carry in an optional `story` field
 * (`{ id, title, steps: [{ eventId, narration? }] }`); `undefined` when it has none or it is
 * malformed, so a bad story never stops the timeline from showing.
 */
export function readStory(document: unknown): TimelineStory | undefined {
  if (typeof document !== 'object' || document === null || !Object.hasOwn(document, 'story'))
    return undefined;
  const story = (document as { story: unknown }).story;
  if (typeof story !== 'object' || story === null) return undefined;
  const { id, title, steps } = story as Record<string, unknown>;
  if (typeof id !== 'string' || !isText(title) || !Array.isArray(steps)) return undefined;
  const valid: StoryStep[] = [];
  for (const step of steps) {
    if (typeof step !== 'object' || step === null) return undefined;
    const { eventId, narration } = step as Record<string, unknown>;
    if (typeof eventId !== 'string') return undefined;
    if (narration !== undefined && !isText(narration)) return undefined;
    valid.push(narration === undefined ? { eventId } : { eventId, narration });
  }
  return { id, title, steps: valid };
}
