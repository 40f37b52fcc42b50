import type { Category } from '../../model/event.js';

/** The lanes: one per thread of the relationship. */
export const categories = [
  {
    id: 'information-warfare',
    label: { en: 'Information warfare', fr: 'Guerre informationnelle' },
    color: 'red',
  },
  { id: 'diplomacy', label: { en: 'Diplomacy', fr: 'Diplomatie' }, color: 'blue' },
  {
    id: 'military-conflict',
    label: { en: 'Military conflict', fr: 'Conflit armé' },
    color: 'brown',
  },
  {
    id: 'new-caledonia',
    label: { en: 'New Caledonia', fr: 'Nouvelle-Calédonie' },
    color: 'teal',
  },
  {
    id: 'influence-network',
    label: { en: 'Influence network (BIG)', fr: 'Réseau d’influence (GIB)' },
    color: 'purple',
  },
  {
    id: 'legal-political',
    label: { en: 'Legal and political', fr: 'Juridique et politique' },
    color: 'green',
  },
] as const satisfies readonly Category[];
