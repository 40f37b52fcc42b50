export type * from './model/event.js';
