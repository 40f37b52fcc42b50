/** The embed entry: loading this script defines `<frise-timeline>`. */
import { defineFriseTimelineElement } from './FriseTimelineElement.js';

export { defineFriseTimelineElement, FriseTimelineElement } from './FriseTimelineElement.js';
export { type EmbedConfig, readEmbedConfig } from './readEmbedConfig.js';

defineFriseTimelineElement();
