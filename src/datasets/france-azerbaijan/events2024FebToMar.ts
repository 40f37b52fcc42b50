import type { TimelineEvent } from '../../model/event.js';

export const events2024FebToMar: readonly TimelineEvent[] = [
  {
    id: 'big-istanbul-conference-feb-2024',
    start: '2024-02-24',
    title: {
      en: 'BIG “Decolonization” conference in Istanbul with a New Caledonian delegation',
      fr: 'Conférence du GIB à Istanbul avec une délégation calédonienne',
    },
    summary: {
      en: 'BIG’s conference “Decolonization: Awakening of the Renaissance” gathered some 50 delegates, including New Caledonians led by government member Mickaël Forrest, and sent an open letter to Macron. According to a BIG communiqué, the Kanak delegation condemned the planned enlargement of the electorate, and BIG pledged support for New Caledonia at the International Court of Justice.',
      fr: 'La conférence du GIB « Décolonisation : l’éveil de la renaissance » réunit une cinquantaine de délégués, dont des Calédoniens autour de Mickaël Forrest, membre du gouvernement, et écrit à Emmanuel Macron. Selon un communiqué du GIB, la délégation kanak condamne l’élargissement prévu du corps électoral, et le GIB promet de soutenir la Nouvelle-Calédonie devant la Cour internationale de justice.',
    },
    category: 'influence-network',
    kind: 'fact',
    actors: [
      'baku-initiative-group',
      'abbas-abbasov',
      'mickael-forrest',
      'carlyle-corbin',
      'overseas-independence-movements',
    ],
    sources: [
      {
        publisher: 'AZERTAC',
        title:
          "'Decolonization: Awakening of the Renaissance' international conference wraps up in Istanbul",
        date: '2024-02-24',
        url: 'https://special.azertag.az/en/xeber/2932897',
      },
      {
        publisher: 'Report.az',
        title: 'BIG communiqué on the Istanbul conference',
        date: '2024-02',
        url: 'https://report.az/en/foreign-politics/baku-initiative-group-istanbul-conference-contributed-to-demonstration-of-solidarity-with-peoples-suffering-from-colonialism/',
      },
      {
        publisher: 'Anadolu Agency (via usmuslims.com)',
        title: "Baku Initiative Group holds int'l conference on decolonization",
        date: '2024-02-24',
        url: 'https://usmuslims.com/baku-initiative-group-holds-intl-conference-on-decolonization-240093h.htm',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'azerbaijani-symbols-noumea-protests',
    start: '2024-03',
    title: {
      en: 'Azerbaijani flags, Aliyev portrait and BIG T-shirts at Kanak protests',
      fr: 'Drapeaux azerbaïdjanais et portrait d’Aliev dans les cortèges indépendantistes',
    },
    summary: {
      en: 'At CCAT marches in Nouméa against the electoral-roll reform in March 2024, activists displayed Azerbaijan’s flag and a portrait of Aliyev in military fatigues, and wore anti-colonial T-shirts bearing BIG’s logo, also seen at the FLNKS congress on 23 March. According to press reports, BIG’s director denied any role in organising the marches.',
      fr: 'Lors des marches de la CCAT contre la réforme du corps électoral, en mars 2024 à Nouméa, des militants brandissent le drapeau azerbaïdjanais et un portrait d’Ilham Aliev en treillis, et portent des tee-shirts anticolonialistes frappés du logo du GIB, vus aussi au congrès du FLNKS le 23 mars. Selon la presse, le directeur du GIB dément toute implication dans l’organisation des marches.',
    },
    category: 'influence-network',
    kind: 'fact',
    actors: ['ccat', 'flnks', 'union-caledonienne', 'baku-initiative-group'],
    sources: [
      {
        publisher: 'Libération',
        title: "En Nouvelle-Calédonie, l'irruption de l'influence azerbaïdjanaise",
        date: '2024-07-29',
        url: 'https://www.staging.libe.io/politique/en-nouvelle-caledonie-lirruption-de-linfluence-azerbaidjanaise-20240729_V4MPCIDRGBHGDCWVRNA5DN7BDQ',
      },
      {
        publisher: 'Le Point Hebdo (via agurarmenie.com)',
        title: 'Aliev, ce dictateur qui en veut à la France',
        date: '2024-05-23',
        url: 'https://agurarmenie.com/2024/05/25/aliev-ce-dictateur-qui-en-veut-a-la-france',
      },
      {
        publisher: 'Tahiti Infos (AFP)',
        title: "La Nouvelle-Calédonie, zone de tension entre Paris et l'Azerbaïdjan",
        date: '2024-05-16',
        url: 'https://www.tahiti-infos.com/La-Nouvelle-Caledonie-zone-de-tension-entre-Paris-et-l-Azerbaidjan_a223884.html',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'theo-clerc-detained-baku',
    start: '2024-03-31',
    title: {
      en: 'French graffiti artist Théo Clerc detained in Baku',
      fr: 'Le graffeur français Théo Clerc arrêté à Bakou',
    },
    summary: {
      en: 'Street artist Théo Clerc was arrested on 31 March 2024 after tagging a Baku metro train the day before with a New Zealander and an Australian, who were fined and later allowed to leave. He was sentenced to three years in prison in September 2024, upheld on appeal in December; his family calls him a “diplomatic hostage” of the bilateral crisis.',
      fr: 'Le graffeur Théo Clerc est arrêté le 31 mars 2024 pour avoir tagué la veille une rame du métro de Bakou avec un Néo-Zélandais et un Australien, eux condamnés à une amende puis autorisés à partir. Il écope de trois ans de prison en septembre 2024, peine confirmée en appel en décembre ; sa famille voit en lui un « otage diplomatique » de la crise entre Paris et Bakou.',
    },
    category: 'legal-political',
    kind: 'fact',
    actors: ['theo-clerc', 'azerbaijani-judiciary', 'elchin-sadigov', 'french-mfa'],
    sources: [
      {
        publisher: 'Le Monde (via marseillenews.org)',
        title:
          'Un artiste français condamné à trois ans de prison pour un graffiti dans le métro de Bakou',
        date: '2024-09',
        url: 'https://marseillenews.org/un-artiste-francais-condamne-a-trois-ans-de-prison-pour-un-graffiti-dans-le-metro-de-bakou',
      },
      {
        publisher: 'Tahiti Infos (AFP)',
        title:
          'Trois ans de prison pour un tag : Théo Clerc, otage diplomatique français en Azerbaïdjan ?',
        date: '2024-12-14',
        url: 'https://www.tahiti-infos.com/Trois-ans-de-prison-pour-un-tag-Theo-Clerc-otage-diplomatique-francais-en-Azerbaidjan_a227847.html',
      },
      {
        publisher: 'RFI (via ru24.net)',
        title: 'Appeal upheld',
        date: '2024-12-16',
        url: 'https://m.ru24.net/foreign/394010969',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
];
