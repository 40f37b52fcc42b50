/**
 * The messages an embed page sends its parent when its height changes, in the three protocols
 * newsrooms already listen to: Frise's own, Pym.js's, and AMP's `amp-iframe` resize request.
 */
export interface HeightMessages {
  /** Frise's host script (`frise-host.js`) reads this one; `id` names the frame. */
  readonly frise: { readonly type: 'frise:height'; readonly id: string; readonly height: number };
  /** Pym.js child → parent: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
  readonly pym: string;
  /** AMP's `amp-iframe` resize request; AMP checks the frame itself, so no id. */
  readonly amp: { readonly sentinel: 'amp'; readonly type: 'embed-size'; readonly height: number };
}

const PYM_DELIMITER = 'xPYMx';

/** The three messages for a frame `id` now `heightPx` tall, rounded up to whole pixels. */
export function createHeightMessages(id: string, heightPx: number): HeightMessages {
  const height = Math.ceil(heightPx);
  return {
    frise: { type: 'frise:height', id, height },
    pym: ['pym', id, 'height', String(height)].join(PYM_DELIMITER),
    amp: { sentinel: 'amp', type: 'embed-size', height },
  };
}

/** The height a message asks for, whichever protocol it speaks, or undefined. */
export function readHeightMessage(data: unknown): number | undefined {
  if (typeof data === 'string') {
    const parts = data.split(PYM_DELIMITER);
    if (parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height')
      return toHeight(parts[3]);
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'frise:height') return toHeight(message.height);
  if (message.sentinel === 'amp' && message.type === 'embed-size') return toHeight(message.height);
  return undefined;
}

/** Heights beyond this are refused, so a hostile frame cannot make the article absurdly long. */
const MAX_HEIGHT_PX = 20_000;

function toHeight(value: unknown): number | undefined {
  const height = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT_PX
    ? Math.ceil(height)
    : undefined;
}
