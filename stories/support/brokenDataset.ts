import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import type { TimelineData, TimelineEvent } from '../../src/model/event.js';

const SOURCE = {
  publisher: 'Example News',
  title: 'A source',
  url: 'https://example.org/source/broken',
};

/** One broken event per rule the validator enforces; the ids say what is wrong. */
export const BROKEN_EVENTS: readonly TimelineEvent[] = [
  {
    id: 'broken-impossible-date',
    start: '2023-02-30',
    title: 'An event on 30 February',
    category: 'diplomacy',
    kind: 'fact',
    sources: [SOURCE],
  },
  {
    id: 'broken-unknown-category',
    start: '2023-05-04',
    title: 'An event in a lane that does not exist',
    category: 'sports',
    kind: 'fact',
    sources: [SOURCE],
  },
  {
    id: 'broken-claim-without-claimant',
    start: '2023-06-12',
    title: 'A claim that names nobody',
    category: 'information-warfare',
    kind: 'claim',
    sources: [SOURCE],
  },
  {
    id: 'broken-script-source',
    start: '2023-08-21',
    title: 'An event whose source is a script',
    category: 'diplomacy',
    kind: 'fact',
    sources: [{ publisher: 'Nobody', title: 'Click me', url: 'javascript:alert(1)' }],
  },
];

/** The France–Azerbaijan dataset with the broken events mixed in. */
export const brokenFranceAzerbaijan: TimelineData = {
  ...franceAzerbaijan,
  events: [...franceAzerbaijan.events, ...BROKEN_EVENTS],
};
