/** Why a document could not be loaded, in words for the reader and the embedder. */
export class TimelineLoadError extends Error {
  override readonly name = 'TimelineLoadError';
}

/**
 * Fetches a timeline document and parses its JSON. Network failures, HTTP errors and malformed
 * JSON become a `TimelineLoadError` naming the URL and the cause. The document itself is left
 * unvalidated: the Timeline validates it and lists the problems beside the valid events.
 */
export async function loadTimelineDocument(
  url: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<unknown> {
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
  return parseTimelineText(text, url);
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
