/**
 * The JSON Schema entry (`frise/schema`): builds the published JSON Schema of the data format
 * from the validator's own rules, for editors and tools that check documents before they ship.
 * The prebuilt file is `frise/schema.json`; this entry is for tools that need the object.
 */
export type { JsonSchema } from './model/toJsonSchema.js';
export { createTimelineJsonSchema } from './model/toJsonSchema.js';
