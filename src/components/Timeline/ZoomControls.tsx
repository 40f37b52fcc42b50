import type { Messages } from '../../i18n/messages.js';

export interface ZoomControlsProps {
  readonly messages: Messages;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onShowAll: () => void;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
}

/** The visible zoom buttons; keys `+`, `-` and `0` do the same while the timeline has focus. */
export function ZoomControls({
  messages,
  onZoomIn,
  onZoomOut,
  onShowAll,
  canZoomIn,
  canZoomOut,
}: ZoomControlsProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form, so not a fieldset.
    <div className="frise-zoom" role="group" aria-label={messages.zoomControls}>
      <button
        type="button"
        className="frise-button"
        onClick={onZoomIn}
        aria-disabled={!canZoomIn}
        aria-keyshortcuts="+"
      >
        <span aria-hidden="true">+ </span>
        {messages.zoomIn}
      </button>
      <button
        type="button"
        className="frise-button"
        onClick={onZoomOut}
        aria-disabled={!canZoomOut}
        aria-keyshortcuts="-"
      >
        <span aria-hidden="true">− </span>
        {messages.zoomOut}
      </button>
      <button
        type="button"
        className="frise-button"
        onClick={onShowAll}
        aria-disabled={!canZoomOut}
        aria-keyshortcuts="0"
      >
        {messages.showAll}
      </button>
    </div>
  );
}
