import type { TimelineEvent } from '../../model/event.js';

export const followUps: readonly TimelineEvent[] = [
  {
    id: 'riester-viginum-thirty-manoeuvres',
    start: '2024-06-05',
    title: {
      en: 'Minister says Viginum documented 30+ Azerbaijani manoeuvres since Jan 2023',
      fr: 'Selon Franck Riester, Viginum a documenté plus d’une trentaine de manœuvres azerbaïdjanaises',
    },
    summary: {
      en: 'Answering a senator from French Polynesia, minister Franck Riester said Azerbaijan had chosen to provoke an unprecedented crisis with France and that Viginum had documented more than thirty Azerbaijani information manoeuvres since January 2023. He also cited the Azerbaijani parliament’s invitation of Polynesian independence figures on 30 May 2024.',
      fr: 'Répondant à une sénatrice de Polynésie, le ministre Franck Riester affirme que l’Azerbaïdjan a choisi de provoquer une crise sans précédent avec la France et que Viginum a documenté plus d’une trentaine de manœuvres informationnelles azerbaïdjanaises depuis janvier 2023. Il cite aussi l’invitation d’indépendantistes polynésiens par le Parlement azerbaïdjanais, le 30 mai.',
    },
    category: 'information-warfare',
    kind: 'statement',
    claimedBy: ['french-government', 'franck-riester'],
    actors: ['franck-riester', 'lana-tetuanui', 'viginum', 'milli-majlis', 'tavini-huiraatira'],
    sources: [
      {
        publisher: 'vie-publique.fr',
        title: 'Franck Riester 05/06/2024 — lutte contre les ingérences étrangères',
        date: '2024-06-05',
        url: 'https://www.vie-publique.fr/discours/294700-franck-riester-05062024-lutte-contre-les-ingerences-etrangeres',
      },
      {
        publisher: 'Tahiti Infos (AFP)',
        title: "Ils s'aiment, un peu, Bakou",
        date: '2024-05-30',
        url: 'https://www.tahiti-infos.com/Ils-s-aiment-un-peu-Bakou_a224131.html',
      },
    ],
    importance: 2,
    confidence: 'high',
    followUp: true,
  },
  {
    id: 'macron-suspends-nc-reform',
    start: '2024-06-12',
    title: {
      en: 'Macron suspends the New Caledonia electoral reform',
      fr: 'Macron suspend la réforme du corps électoral',
    },
    summary: {
      en: 'Three days after dissolving the National Assembly, Macron said he had decided to “suspend” the constitutional bill to give full weight to local dialogue and the restoration of order. The dissolution in any case ruled out convening Parliament in Congress before the 30 June deadline.',
      fr: 'Trois jours après avoir dissous l’Assemblée nationale, Emmanuel Macron annonce avoir décidé de « suspendre » la révision constitutionnelle pour donner toute sa force au dialogue local et au retour à l’ordre. La dissolution rendait de toute façon impossible la réunion du Congrès avant l’échéance du 30 juin.',
    },
    category: 'legal-political',
    kind: 'fact',
    actors: ['emmanuel-macron'],
    sources: [
      {
        publisher: 'Tahiti Infos (AFP)',
        title: 'Nouvelle-Calédonie: Macron affirme suspendre la réforme électorale contestée',
        date: '2024-06-12',
        url: 'https://www.tahiti-infos.com/Nouvelle-Caledonie-Macron-affirme-suspendre-la-reforme-electorale-contestee_a224364.html',
      },
      {
        publisher: 'franceinfo',
        title:
          "Nouvelle-Calédonie : Emmanuel Macron 'a décidé de suspendre' la réforme électorale contestée…",
        date: '2024-06-12',
        url: 'https://www.francetvinfo.fr/france/nouvelle-caledonie/nouvelle-caledonie-emmanuel-macron-a-decide-de-suspendre-la-reforme-electorale-contestee-en-raison-des-legislatives-anticipees_6599745.html',
      },
    ],
    importance: 1,
    confidence: 'high',
    followUp: true,
  },
  {
    id: 'ccat-leaders-arrested-transferred',
    start: '2024-06-19',
    end: '2024-06-23',
    title: {
      en: 'CCAT leader Christian Tein arrested and held in mainland France',
      fr: 'Christian Tein (CCAT) arrêté puis détenu en métropole',
    },
    summary: {
      en: 'On 19 June police arrested CCAT leader Christian Tein and others accused of organising the riots, on charges they deny. Charged on 22 June, Tein and several activists were flown to mainland France for pre-trial detention, Tein in Mulhouse, a transfer their lawyers called exceptional.',
      fr: 'Le 19 juin, Christian Tein, leader de la CCAT, et d’autres militants soupçonnés d’avoir organisé les émeutes sont interpellés ; ils contestent les faits reprochés. Mis en examen le 22 juin, Christian Tein et plusieurs militants sont transférés en métropole en détention provisoire, lui à Mulhouse, un transfèrement jugé exceptionnel par leurs avocats.',
    },
    category: 'legal-political',
    kind: 'fact',
    actors: ['christian-tein', 'ccat', 'yves-dupas', 'french-judiciary'],
    sources: [
      {
        publisher: 'DW',
        title: 'New Caledonia independence activist to be detained in France',
        date: '2024-06-23',
        url: 'https://www.dw.com/en/new-caledonia-independence-activist-to-be-detained-in-france/a-69447681',
      },
      {
        publisher: '01actu',
        title: 'Éruption de violence en Nouvelle-Calédonie : huit arrestations',
        date: '2024-06-19',
        url: 'https://01actu.net/politique/eruption-de-violence-en-nouvelle-caledonie-huit-arrestations',
      },
    ],
    importance: 1,
    confidence: 'high',
    followUp: true,
  },
  {
    id: 'baku-congress-french-colonies',
    start: '2024-07-17',
    end: '2024-07-18',
    title: {
      en: 'BIG-backed “congress” of French-territory independence movements in Baku',
      fr: '« Congrès » des mouvements indépendantistes ultramarins à Bakou',
    },
    summary: {
      en: 'Baku hosted a two-day congress of more than 15 independence parties and movements from French overseas territories and Corsica, organised by Guadeloupe’s UPLG with BIG’s support, seeking a common platform against “French colonialism”. New Caledonian participants included Mickaël Forrest; BIG pledged help to detained activists’ families and student grants.',
      fr: 'Bakou accueille pendant deux jours un congrès de plus de quinze partis et mouvements indépendantistes d’outre-mer et de Corse, organisé par l’UPLG guadeloupéenne avec le soutien du GIB, en vue d’une plateforme commune contre le « colonialisme français ». Mickaël Forrest y participe ; le GIB promet une aide aux familles de militants détenus et des bourses d’études.',
    },
    category: 'influence-network',
    kind: 'fact',
    actors: [
      'baku-initiative-group',
      'uplg',
      'mickael-forrest',
      'flnks',
      'ccat',
      'tavini-huiraatira',
    ],
    sources: [
      {
        publisher: 'Nouvelle-Calédonie la 1ère',
        title: "En Azerbaïdjan, les élus calédoniens fustigent l'État…",
        date: '2024-07',
        url: 'https://la1ere.francetvinfo.fr/nouvellecaledonie/en-azerbaidjan-les-elus-caledoniens-fustigent-l-etat-et-invitent-une-delegation-du-groupe-initiative-bakou-a-venir-en-nouvelle-caledonie-1506722.html',
      },
      {
        publisher: 'News.az',
        title: 'Leaders of independence movements from France gather in Baku',
        date: '2024-07-17',
        url: 'https://news.az/news/leaders-of-independence-movements-from-france-gather-in-baku',
      },
      {
        publisher: 'Radio 1 Tahiti',
        title: 'Le Tavini encore en Azerbaïdjan pour le congrès des colonies françaises',
        date: '2024-07',
        url: 'https://www.radio1.pf/le-tavini-encore-en-azerbaidjan-pour-le-congres-des-colonies-francaises/',
      },
    ],
    importance: 2,
    confidence: 'high',
    followUp: true,
  },
  {
    id: 'memorandum-declared-null',
    start: '2024-10-14',
    title: {
      en: 'New Congress president declares the Baku memorandum “null and void”',
      fr: 'Le mémorandum avec l’Azerbaïdjan déclaré « nul et non avenu »',
    },
    summary: {
      en: 'Veylma Falaeo, who succeeded Roch Wamytan as Congress president on 29 August, declared the April memorandum “null and void”, saying Naisseline had no mandate to commit the Congress and the text was never sent to its members. The high commissioner had already challenged it in court; Wamytan “took note”.',
      fr: 'Élue le 29 août à la présidence du Congrès à la place de Roch Wamytan, Veylma Falaeo déclare « nul et non avenu » le mémorandum d’avril : Omayra Naisseline n’avait pas mandat pour engager l’institution et le texte n’a jamais été transmis aux élus. Le haut-commissaire l’avait déjà attaqué devant la justice administrative ; Roch Wamytan en prend acte.',
    },
    category: 'new-caledonia',
    kind: 'fact',
    actors: ['veylma-falaeo', 'roch-wamytan', 'omayra-naisseline', 'louis-le-franc'],
    sources: [
      {
        publisher: 'Les Nouvelles calédoniennes',
        title: "Veylma Falaeo déclare 'nul et non avenu' le mémorandum signé avec l'Azerbaïdjan",
        date: '2024-10-14',
        url: 'https://lnc.nc/article/nouvelle-caledonie/politique/veylma-falaeo-declare-nul-et-non-avenu-le-memorandum-signe-avec-l-azerbaidjan',
      },
      {
        publisher: 'Le Monde (URL as cited by unalive.fr)',
        title: "Nouvelle-Calédonie : l'accord polémique avec l'Azerbaïdjan est 'nul et non avenu'…",
        date: '2024-10-14',
        url: 'https://www.lemonde.fr/politique/article/2024/10/14/nouvelle-caledonie-l-accord-polemique-avec-l-azerbaidjan-est-nul-et-non-avenu-affirme-la-nouvelle-presidente-du-congres_6351659_823448.html',
      },
      {
        publisher: 'TNTV (AFP)',
        title: 'AFP dispatch on the memorandum declared null and void',
        date: '2024-10-14',
        url: 'https://www.tntv.pf/tntvnews/monde/nouvelle-caledonie-laccord-polemique-avec-lazerbaidjan-nul-et-non-avenu-dit-la-nouvelle-presidente-du-congres/',
      },
    ],
    importance: 2,
    confidence: 'high',
    followUp: true,
  },
  {
    id: 'cop29-aliyev-attacks-france',
    start: '2024-11-13',
    title: {
      en: 'After Aliyev’s COP29 attacks, France’s climate minister cancels Baku trip',
      fr: 'COP29 : Pannier-Runacher renonce à Bakou après les attaques d’Aliev',
    },
    summary: {
      en: 'At a COP29 event in Baku, Aliyev accused “the regime of President Macron” of killing 13 people during Kanak protests in New Caledonia and attacked France’s colonial past. The same day minister Agnès Pannier-Runacher told the Senate the remarks were unacceptable and that she would not travel to Baku; Macron had already decided not to attend.',
      fr: 'Lors d’un événement de la COP29 à Bakou, Ilham Aliev accuse « le régime du président Macron » d’avoir tué 13 personnes lors des manifestations kanak en Nouvelle-Calédonie et s’en prend au passé colonial français. Le jour même, la ministre Agnès Pannier-Runacher juge devant le Sénat ces propos inacceptables et renonce à se rendre à Bakou ; Emmanuel Macron avait déjà décidé de ne pas y aller.',
    },
    category: 'diplomacy',
    kind: 'statement',
    claimedBy: ['ilham-aliyev', 'french-government'],
    actors: ['ilham-aliyev', 'agnes-pannier-runacher', 'emmanuel-macron'],
    sources: [
      {
        publisher: "L'Express (via intelli.news)",
        title: 'Tensions France-Azerbaïdjan : Agnès Pannier-Runacher ne se rendra pas à la COP29',
        date: '2024-11-13',
        url: 'https://intelli.news/france/lexpress/2024/11/13/tensions-france-azerbaidjan-agnes-pannier-runacher-ne-se-rendra-pas-a-la-cop29/amp',
      },
      {
        publisher: 'Nouvelles du jour',
        title:
          "Pourquoi Agnès Pannier-Runacher n'ira-t-elle finalement pas à la COP29 en Azerbaïdjan ?",
        date: '2024-11-13',
        url: 'https://nouvelles-dujour.com/pourquoi-agnes-pannier-runacher-nira-t-elle-finalement-pas-a-la-cop29-en-azerbaidjan',
      },
    ],
    importance: 2,
    confidence: 'high',
    followUp: true,
  },
  {
    id: 'viginum-un-notorious-big-report',
    start: '2024-12-02',
    title: {
      en: 'Viginum report calls BIG a “state propaganda outlet” against France',
      fr: 'Rapport Viginum « UN-notorious BIG » : le GIB présenté comme un relais de propagande d’État',
    },
    summary: {
      en: 'Viginum’s analysis of BIG and an associated X network (July 2023–October 2024) says its content was “resolutely hostile to France”, artificially amplified by 423 accounts in four campaigns and reused in May 2024 over New Caledonia. It concludes BIG gained little real visibility but can be seen as a state propaganda outlet for Azerbaijan. BIG rejected the findings.',
      fr: 'L’analyse de Viginum sur le GIB et un réseau de comptes X associé (juillet 2023-octobre 2024) décrit des contenus résolument hostiles à la France, amplifiés artificiellement par 423 comptes lors de quatre campagnes et recyclés en mai 2024 sur la Nouvelle-Calédonie. Selon elle, le GIB, peu visible, relève d’un outil de propagande d’État azerbaïdjanais. Le GIB conteste.',
    },
    category: 'information-warfare',
    kind: 'claim',
    claimedBy: ['viginum'],
    actors: ['viginum', 'baku-initiative-group', 'air-center', 'french-mfa'],
    sources: [
      {
        publisher: 'vie-publique.fr',
        title:
          "Ingérence étrangère : la France ciblée par une campagne numérique lancée depuis l'Azerbaïdjan",
        date: '2024-12',
        url: 'https://www.vie-publique.fr/en-bref/296440-viginum-denonce-une-campagne-numerique-venant-dazerbaidjan',
      },
      {
        publisher: 'Infosecurity Magazine',
        title: 'France accuses Azerbaijan of online manipulation campaigns',
        date: '2024-12',
        url: 'https://www.infosecurity-magazine.com/news/france-azerbaijan-online/',
      },
      {
        publisher: 'Outremers360',
        title:
          "Géopolitique : la campagne de désinformation de l'Azerbaïdjan vers les DROM-COM et la Corse décryptée…",
        date: '2024-12',
        url: 'https://outremers360.com/bassin-atlantique-appli/geopolitique-la-campagne-de-desinformation-de-lazerbaidjan-vers-les-drom-com-et-la-corse-decryptee-par-le-secretariat-general-de-la-defense-et-de-la-securite-nationale',
      },
      {
        publisher: 'Trend',
        title: "BIG's rebuttal",
        date: '2025-01-08',
        url: 'https://en.trend.az/azerbaijan/politics/3991221.html',
      },
    ],
    importance: 2,
    confidence: 'high',
    followUp: true,
  },
];
