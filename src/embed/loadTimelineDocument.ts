import type { LocalizedText } from '../model/event.js';
import { parseTimelineCsv } from '../model/parseTimelineCsv.js';
import type { TimelineProblem } from '../model/timelineProblem.js';

/** Why a document could not be loaded, in words for the reader and the embedder. */
export class TimelineLoadError extends Error {
  override readonly name = 'TimelineLoadError';
}

/**
 * A loaded document. A JSON document is left unvalidated (`problems` empty): the Timeline
 * validates it and lists the problems beside the valid events. A CSV file is read here, so
 * `data` holds its valid rows and `problems` those of the others, by row and column.
 */
export interface LoadedTimelineDocument {
  readonly data: unknown;
  readonly problems: readonly TimelineProblem[];
}

export interface LoadTimelineDocumentOptions {
  readonly fetchImpl?: typeof fetch;
  readonly signal?: AbortSignal;
  /** The title of a CSV document, which a spreadsheet has no row for. */
  readonly csvTitle?: LocalizedText;
}

const CSV_MEDIA_TYPES = ['text/csv', 'text/tab-separated-values'];
const CSV_PATH = /\.(csv|tsv)$/i;

/**
 * Whether a response is a spreadsheet export: by its media type, or by the extension of the
 * URL's path, since static hosts often serve `.csv` files as `text/plain`.
 */
export function isCsvDocument(url: string, contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (CSV_MEDIA_TYPES.includes(mediaType)) return true;
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return false;
  return CSV_PATH.test(new URL(url, 'http://localhost/').pathname);
}

/**
 * Fetches a timeline document, JSON or CSV. Network failures, HTTP errors and malformed JSON
 * become a `TimelineLoadError` naming the URL and the cause.
 */
export async function loadTimelineDocument(
  url: string,
  { fetchImpl = fetch, signal, csvTitle }: LoadTimelineDocumentOptions = {},
): Promise<LoadedTimelineDocument> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', ...(signal ? { signal } : {}) });
  } catch (cause) {
    throw new TimelineLoadError(`Could not load "${url}": ${describe(cause)}`);
  }
  if (!response.ok) {
    throw new TimelineLoadError(
      `Could not load "${url}": HTTP ${response.status} ${response.statusText}`.trim(),
    );
  }
  const text = await response.text();
  if (isCsvDocument(url, response.headers.get('content-type'))) {
    return parseTimelineCsv(text, csvTitle === undefined ? {} : { title: csvTitle });
  }
  return { data: parseTimelineText(text, url), problems: [] };
}

/** Parses a document's JSON text, naming where it came from when it is malformed. */
export function parseTimelineText(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new TimelineLoadError(`"${origin}" is not valid JSON: ${describe(cause)}`);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
