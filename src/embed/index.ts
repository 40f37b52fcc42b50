/** The embed entry: loading this script defines `<frise-timeline>`. */
import { defineFriseTimelineElement } from './FriseTimelineElement.js';
import { startEmbedPage } from './iframe/startEmbedPage.js';

export { defineFriseTimelineElement, FriseTimelineElement } from './FriseTimelineElement.js';
export { createHeightMessages, readHeightMessage } from './iframe/heightMessages.js';
export { startEmbedPage } from './iframe/startEmbedPage.js';
export { type EmbedConfig, readEmbedConfig } from './readEmbedConfig.js';

defineFriseTimelineElement();

// The iframe embed page (embed.html) marks itself so that this same bundle runs it, with no
// inline script for a Content-Security-Policy to forbid.
if (
  typeof document !== 'undefined' &&
  document.documentElement.hasAttribute('data-frise-embed-page')
) {
  startEmbedPage();
}
