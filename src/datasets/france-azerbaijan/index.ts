import type { TimelineData } from '../../model/event.js';
import { actors } from './actors.js';
import { categories } from './categories.js';
import { events2020to2022 } from './events2020to2022.js';
import { events2023MarToSep } from './events2023MarToSep.js';
import { events2023OctToDec } from './events2023OctToDec.js';
import { events2024Apr } from './events2024Apr.js';
import { events2024FebToMar } from './events2024FebToMar.js';
import { events2024May } from './events2024May.js';
import { followUps } from './followUps.js';

/**
 * The France–Azerbaijan relationship, 2020–2024, in English and French. Every event cites its
 * sources; allegations are claims and positions are statements, attributed to who made them.
 */
export const franceAzerbaijan: TimelineData = {
  title: {
    en: 'France and Azerbaijan: a relationship under strain, 2020–2024',
    fr: 'France-Azerbaïdjan : une relation sous tension, 2020-2024',
  },
  description: {
    en: 'From the 2020 Karabakh war to the May 2024 New Caledonia crisis, with later follow-ups: diplomacy, war, influence networks and information warfare between Paris and Baku; allegations and positions are shown as claims or statements by the party that makes them, and every event cites its sources.',
    fr: 'De la guerre du Karabakh de 2020 à la crise calédonienne de mai 2024, avec des suites ultérieures : diplomatie, guerre, réseaux d’influence et guerre informationnelle entre Paris et Bakou ; accusations et prises de position sont présentées comme telles et attribuées à leurs auteurs, et chaque événement cite ses sources.',
  },
  categories,
  actors,
  events: [
    ...events2020to2022,
    ...events2023MarToSep,
    ...events2023OctToDec,
    ...events2024FebToMar,
    ...events2024Apr,
    ...events2024May,
    ...followUps,
  ],
};

export { actors } from './actors.js';
export { categories } from './categories.js';
export { franceAzerbaijanStory } from './story.js';
