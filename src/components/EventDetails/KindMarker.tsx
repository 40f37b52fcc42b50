import type { EventKind } from '../../model/event.js';

/**
 * The shape that encodes an event's kind, the same in marks, legend and cards: a filled
 * circle for a fact, a hollow dashed diamond for a claim, a hollow square for a statement.
 * Shape and stroke carry the meaning, so it survives without colour and in forced colours.
 */
export function KindMarker({ kind }: { readonly kind: EventKind }) {
  return <span className="frise-kind-marker" data-kind={kind} aria-hidden="true" />;
}
