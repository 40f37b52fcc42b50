import type { TimelineEvent } from '../../model/event.js';

export const events2020to2022: readonly TimelineEvent[] = [
  {
    id: 'second-karabakh-war-2020',
    start: '2020-09-27',
    end: '2020-11-10',
    title: {
      en: 'Second Nagorno-Karabakh war (the “44-day war”)',
      fr: 'Deuxième guerre du Haut-Karabakh (« guerre des 44 jours »)',
    },
    summary: {
      en: 'War broke out on 27 September 2020 between Azerbaijan and the Armenian-backed forces of the self-declared Nagorno-Karabakh Republic. In 44 days Baku retook much of the region and the districts around it, with Turkey openly on its side; Armenia alleged direct Turkish military involvement, which Ankara denied.',
      fr: 'Le 27 septembre 2020, la guerre éclate entre l’Azerbaïdjan et les forces de la république autoproclamée du Haut-Karabakh, soutenues par l’Arménie. En 44 jours, Bakou reprend une grande partie de la région et des districts voisins, avec l’appui affiché de la Turquie ; Erevan accuse Ankara d’une implication militaire directe, ce que la Turquie dément.',
    },
    category: 'military-conflict',
    kind: 'fact',
    actors: ['azerbaijan', 'armenia', 'karabakh-de-facto-authorities', 'turkey'],
    sources: [
      {
        publisher: 'Wikipedia (Simple English)',
        title: '2020 Nagorno-Karabakh war',
        url: 'https://simple.m.wikipedia.org/wiki/2020_Nagorno-Karabakh_war',
      },
      {
        publisher: 'Wikipedia (mirror)',
        title: 'Second Nagorno-Karabakh War',
        url: 'https://en.wikipedia.com/wiki/2020_Nagorno-Karabakh_conflict',
      },
    ],
    importance: 1,
    confidence: 'high',
  },
  {
    id: 'trilateral-ceasefire-nov-2020',
    start: '2020-11-09',
    title: {
      en: 'Russia-brokered ceasefire ends the 2020 war',
      fr: 'Cessez-le-feu trilatéral sous égide russe',
    },
    summary: {
      en: 'Signed late on 9 November by Aliyev, Pashinyan and Putin and in force from 10 November, the trilateral statement halted the fighting. Armenia returned the Aghdam, Kalbajar and Lachin districts, and about 1,960 Russian peacekeepers deployed along the contact line and the Lachin corridor for a renewable five-year term.',
      fr: 'Signée le 9 novembre au soir par Ilham Aliev, Nikol Pachinian et Vladimir Poutine, la déclaration trilatérale met fin aux combats le 10 novembre. L’Arménie rétrocède les districts d’Aghdam, de Kelbajar et de Latchine ; quelque 1 960 soldats russes de maintien de la paix se déploient sur la ligne de contact et le corridor de Latchine pour cinq ans renouvelables.',
    },
    category: 'military-conflict',
    kind: 'fact',
    actors: ['ilham-aliyev', 'nikol-pashinyan', 'vladimir-putin', 'russian-peacekeepers'],
    sources: [
      {
        publisher: "Xinhua (Arabic, via People's Daily)",
        title: 'Dispatch "Moscow, 10 Nov 2020"',
        date: '2020-11-10',
        url: 'http://arabic.peopledaily.com.cn/n3/2020/1111/c31663-9778911.html',
      },
      {
        publisher: 'USC Institute of Armenian Studies',
        title: 'War update for November 10, 2020',
        date: '2020-11-10',
        url: 'https://armenian.usc.edu/war-update-for-november-10-2020/',
      },
    ],
    importance: 1,
    confidence: 'high',
  },
  {
    id: 'french-senate-karabakh-recognition-2020',
    start: '2020-11-25',
    title: {
      en: 'French Senate urges recognition of Nagorno-Karabakh; Baku protests',
      fr: 'Le Sénat appelle à reconnaître le Haut-Karabakh ; Bakou proteste',
    },
    summary: {
      en: 'By 305 votes to 1, the French Senate passed a non-binding resolution asking the government to recognise the self-proclaimed Nagorno-Karabakh Republic; the foreign ministry said France did not. The next day Azerbaijan’s parliament urged its government to seek France’s removal as OSCE Minsk Group co-chair and to review ties with Paris.',
      fr: 'Par 305 voix contre 1, le Sénat adopte une résolution non contraignante invitant le gouvernement à reconnaître la république autoproclamée du Haut-Karabakh ; le Quai d’Orsay répond que la France ne la reconnaît pas. Le lendemain, le Parlement azerbaïdjanais demande d’écarter la France de la coprésidence du groupe de Minsk de l’OSCE et de revoir les liens avec Paris.',
    },
    category: 'diplomacy',
    kind: 'fact',
    actors: ['french-senate', 'french-mfa', 'milli-majlis'],
    sources: [
      {
        publisher: 'Euronews (FR)',
        title: 'Le Sénat français appelle à la reconnaissance du Haut-Karabakh',
        date: '2020-11-26',
        url: 'https://fr.euronews.com/2020/11/26/le-senat-francais-appelle-a-la-reconnaissance-du-haut-karabakh',
      },
      {
        publisher: 'JAMnews',
        title:
          'Azerbaijani parliament: France should be excluded from Minsk Group following Karabakh recognition',
        date: '2020-11-26',
        url: 'https://jam-news.net/milli-majlis-parliament-france-osce-minsk-group-news-azerbaijan/',
      },
      {
        publisher: 'Azatutyun (RFE/RL Armenian)',
        title: 'Report on the French Senate resolution',
        date: '2020-11-27',
        url: 'https://www.azatutyun.am/a/30971851.html',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'denigration-campaigns-from-2022',
    start: '2022',
    title: {
      en: 'Le Monde: Azerbaijani denigration campaigns against France began in 2022',
      fr: 'Selon Le Monde, les campagnes de dénigrement azerbaïdjanaises contre la France débutent en 2022',
    },
    summary: {
      en: 'According to Le Monde, echoed by analysts, Azerbaijan’s virulent denigration of France on social networks began in 2022, as Paris sided with Armenia. A documented example is broadcast TV: on 18 October 2022 the public channel ITV aired a song mocking Macron as “pro-Armenian”, sung with a children’s choir.',
      fr: 'Selon Le Monde, relayé par des analystes, les virulentes campagnes de dénigrement de la France menées par l’Azerbaïdjan sur les réseaux sociaux commencent en 2022, quand Paris prend le parti de l’Arménie. Exemple daté, à la télévision : le 18 octobre 2022, la chaîne publique ITV diffuse une chanson raillant un Macron « pro-arménien », chantée avec une chorale d’enfants.',
    },
    category: 'information-warfare',
    kind: 'claim',
    claimedBy: ['le-monde', 'ege-infoguerre', 'armenia-peace'],
    actors: ['azerbaijani-state-media-itv', 'pro-government-online-accounts', 'emmanuel-macron'],
    sources: [
      {
        publisher: 'Le Monde (via allnewspress.com)',
        title: 'Live Q&A (English translation)',
        date: '2024-05-16',
        url: 'https://allnewspress.com/the-government-will-request-the-heaviest-sanctions-against-rioters-and-looters/',
      },
      {
        publisher: 'Epoch Times (FR)',
        title:
          'La télévision azerbaïdjanaise diffuse une chanson hostile à Macron, chantée par des enfants',
        date: '2022-10-24',
        url: 'https://www.epochtimes.fr/la-television-azerbaidjanaise-diffuse-une-chanson-hostile-a-macron-chantee-par-des-enfants-2142391.html',
      },
      {
        publisher: 'Yahoo Actualités (20 Minutes/Eurasianet)',
        title:
          'Un présentateur azerbaïdjanais fait chanter une chanson anti-Macron à des enfants à la télévision',
        date: '2022-10',
        url: 'https://fr.news.yahoo.com/pr%C3%A9sentateur-azerba%C3%AFdjanais-fait-chanter-chanson-110541984.html',
      },
      {
        publisher: 'EGE Infoguerre',
        title:
          "La Nouvelle-Calédonie : épicentre d'une guerre informationnelle entre l'Azerbaïdjan et la France",
        url: 'https://ege.fr/infoguerre/la-nouvelle-caledonie-epicentre-dune-guerre-informationnelle-entre-lazerbaidjan-et-la-france',
      },
    ],
    importance: 3,
    confidence: 'medium',
  },
  {
    id: 'azerbaijan-strikes-armenia-sept-2022',
    start: '2022-09-13',
    end: '2022-09-14',
    title: {
      en: 'Azerbaijani strikes inside Armenia; France takes it to the UN Security Council',
      fr: 'Attaques azerbaïdjanaises en Arménie ; la France saisit le Conseil de sécurité',
    },
    summary: {
      en: 'From just after midnight on 13 September 2022, Azerbaijani forces shelled and advanced on localities inside Armenia such as Goris, Jermuk and Sotk; Baku said it was answering Armenian provocations. France, presiding the Security Council, held consultations on 14 September at Yerevan’s request. Reported tolls ranged from at least 200 to 286 dead.',
      fr: 'Peu après minuit le 13 septembre 2022, les forces azerbaïdjanaises bombardent plusieurs localités arméniennes, dont Goris, Djermouk et Sotk, et y progressent ; Bakou dit répondre à des provocations arméniennes. La France, qui préside le Conseil de sécurité, organise des consultations le 14 à la demande d’Erevan. Les bilans vont d’au moins 200 à 286 morts.',
    },
    category: 'military-conflict',
    kind: 'fact',
    actors: ['azerbaijan', 'armenia', 'france', 'un-security-council'],
    sources: [
      {
        publisher: 'Al Mayadeen English',
        title: 'Armenia request for UNSC to discuss clashes with Azerbaijan accepted',
        date: '2022-09-13',
        url: 'https://english.almayadeen.net/news/politics/armenia-request-for-unsc-to-discuss-clashes-with-azerbaijan',
      },
      {
        publisher: 'Regional Post',
        title: 'Azerbaijani aggression against Armenia discussed at UN Security Council',
        date: '2022-09',
        url: 'https://regionalpost.org/en/articles/azerbaijani-aggression-against-armenia-discussed-at-un-security-council.html',
      },
      {
        publisher: 'Euronews (FR)',
        title: "Arménie : le Sénat français demande des sanctions contre l'Azerbaïdjan",
        date: '2022-11-16',
        url: 'https://fr.euronews.com/2022/11/16/armenie-le-senat-francais-demande-des-sanctions-contre-lazerbaidjan',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'macron-france2-azerbaijan-oct-2022',
    start: '2022-10-12',
    title: {
      en: 'Macron blames Azerbaijan on France 2; Baku questions France as mediator',
      fr: 'Macron met en cause l’Azerbaïdjan sur France 2 ; Bakou conteste la médiation française',
    },
    summary: {
      en: 'Six days after a Prague meeting with Charles Michel, Aliyev and Pashinyan, Macron said on France 2 that Azerbaijan had “launched a terrible war” and that France would not abandon Armenians. Baku’s foreign ministry called the remarks one-sided; Aliyev called them insulting and said France could no longer mediate. Paris replied that it remained committed to peace.',
      fr: 'Six jours après une réunion à Prague avec Charles Michel, Ilham Aliev et Nikol Pachinian, Emmanuel Macron affirme sur France 2 que l’Azerbaïdjan a déclenché une guerre terrible et que la France n’abandonnera pas les Arméniens. Bakou juge ces propos partiaux ; Ilham Aliev les dit insultants et estime que Paris ne peut plus être médiateur. Le Quai d’Orsay se dit attaché à la paix.',
    },
    category: 'diplomacy',
    kind: 'statement',
    claimedBy: ['emmanuel-macron', 'azerbaijani-mfa', 'ilham-aliyev'],
    actors: [
      'emmanuel-macron',
      'ilham-aliyev',
      'azerbaijani-mfa',
      'french-mfa',
      'charles-michel',
      'nikol-pashinyan',
    ],
    sources: [
      {
        publisher: 'French MFA (diplomatie.gouv.fr)',
        title: 'Azerbaijan (18 October 2022)',
        date: '2022-10-18',
        url: 'https://www.diplomatie.gouv.fr/en/country-files/azerbaijan/news/article/azerbaijan-18-oct-2022?xtor=RSS-1',
      },
      {
        publisher: 'Turan',
        title: 'Macron may deprive France of mediator role in Armenia-Azerbaijan conflict',
        date: '2022-10-14',
        url: 'https://turan.az/en/politics/macron-may-deprive-france-of-mediator-role-in-armenia-azerbaijan-conflict',
      },
      {
        publisher: 'Public Radio of Armenia',
        title: "French MFA responds to Azerbaijan's criticism of Macron",
        date: '2022-10-20',
        url: 'https://en.armradio.am/2022/10/20/french-mfa-responds-to-azerbaijans-criticism-of-macron/',
      },
      {
        publisher: 'Mediamax',
        title: 'Recap: Aliyev said Paris can no longer be a mediator',
        date: '2024-04-17',
        url: 'https://mediamax.am/en/news/foreignpolicy/54538/',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'french-parliament-sanctions-resolutions-2022',
    start: '2022-11-15',
    end: '2022-11-30',
    title: {
      en: 'French Senate and Assembly call for sanctions against Azerbaijan',
      fr: 'Le Sénat puis l’Assemblée demandent des sanctions contre l’Azerbaïdjan',
    },
    summary: {
      en: 'The Senate (15 November, 295 to 1) and the National Assembly (30 November, 256 to 0) passed non-binding resolutions urging sanctions against Azerbaijan and its withdrawal from Armenian territory. Baku handed France’s chargé d’affaires a protest note, and its parliament urged measures such as freezing French officials’ assets.',
      fr: 'Le Sénat (15 novembre, 295 voix contre 1) puis l’Assemblée nationale (30 novembre, 256 voix contre 0) adoptent des résolutions non contraignantes réclamant des sanctions contre l’Azerbaïdjan et son retrait du territoire arménien. Bakou remet une note de protestation au chargé d’affaires français ; son Parlement prône des mesures comme le gel d’avoirs de responsables français.',
    },
    category: 'legal-political',
    kind: 'fact',
    actors: [
      'french-senate',
      'bruno-retailleau',
      'french-national-assembly',
      'azerbaijani-mfa',
      'milli-majlis',
    ],
    sources: [
      {
        publisher: 'Sénat',
        title: "Établir une paix durable entre l'Arménie et l'Azerbaïdjan",
        date: '2022-11-15',
        url: 'http://senat.fr/espace_presse/actualites/202211/etablir_une_paix_durable_entre_larmenie_et_lazerbaidjan.html',
      },
      {
        publisher: 'Euronews (FR)',
        title: "Arménie : le Sénat français demande des sanctions contre l'Azerbaïdjan",
        date: '2022-11-16',
        url: 'https://fr.euronews.com/2022/11/16/armenie-le-senat-francais-demande-des-sanctions-contre-lazerbaidjan',
      },
      {
        publisher: 'AzerNews',
        title: 'Protest note to France',
        date: '2022-11-17',
        url: 'https://www.azernews.az/nation/202350.html',
      },
      {
        publisher: 'Caucasus Watch',
        title: "Azerbaijani MPs on French Senate's Resolution Against Azerbaijan",
        date: '2022-11',
        url: 'https://caucasuswatch.de/en/news/azerbaijani-mps-on-french-senates-resolution-against-azerbaijan.html',
      },
      {
        publisher: "Nouvelles d'Arménie (armenews)",
        title: 'National Assembly vote, 256/256',
        date: '2022-12',
        url: 'https://www.armenews.com/spip.php?page=article&id_article=98569',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'lachin-corridor-blockade',
    start: '2022-12-12',
    end: '2023-09-30',
    title: {
      en: 'Blockade of the Lachin corridor, Karabakh’s only road to Armenia',
      fr: 'Blocus du corridor de Latchine',
    },
    summary: {
      en: 'From 12 December 2022, Azerbaijanis presenting themselves as environmental activists blocked the Lachin corridor, cutting some 120,000 Karabakh Armenians off from food, fuel and medicine. In April 2023 Baku set up a checkpoint it said would stop arms transfers; Armenia called it a breach of the 2020 ceasefire. The blockade lasted until the September 2023 offensive.',
      fr: 'À partir du 12 décembre 2022, des Azerbaïdjanais se présentant comme des militants écologistes bloquent le corridor de Latchine, privant quelque 120 000 Arméniens du Haut-Karabakh de vivres, de carburant et de médicaments. En avril 2023, Bakou y installe un poste de contrôle censé, selon lui, empêcher des transferts d’armes ; Erevan y voit une violation du cessez-le-feu.',
    },
    category: 'military-conflict',
    kind: 'fact',
    actors: [
      'azerbaijan',
      'azerbaijani-eco-activists',
      'karabakh-armenians',
      'russian-peacekeepers',
      'armenia',
    ],
    sources: [
      {
        publisher: 'news.am',
        title: 'Blockade report',
        date: '2022-12-12',
        url: 'https://news.am/eng/news/734702.html',
      },
      {
        publisher: 'National Assembly of Armenia',
        title: 'Declaration of 14 December 2022',
        date: '2022-12-14',
        url: 'http://parliament.am/news.php?cat_id=2&NewsID=17918&year=2022&month=12&day=14&lang=frn',
      },
      {
        publisher: 'Tribune India (Reuters)',
        title: "Tension escalates as Azerbaijan blocks Armenia's access to contested region",
        date: '2023-04-24',
        url: 'https://www.tribuneindia.com/news/world/tension-escalates-as-azerbaijan-blocks-armenias-access-to-contested-region-500391',
      },
      {
        publisher: 'Wikipedia (mirror)',
        title: 'Blockade of Nagorno-Karabakh',
        url: 'https://eymaps.com/en/2022%E2%80%932023_blockade_of_the_Republic_of_Artsakh',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
];
