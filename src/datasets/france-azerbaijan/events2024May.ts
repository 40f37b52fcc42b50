import type { TimelineEvent } from '../../model/event.js';

export const events2024May: readonly TimelineEvent[] = [
  {
    id: 'new-caledonia-riots-begin',
    start: '2024-05-13',
    title: {
      en: 'Riots erupt in Greater Nouméa over the electoral reform',
      fr: 'Début des émeutes dans le Grand Nouméa',
    },
    summary: {
      en: 'On the evening of 13 May 2024, as the National Assembly debated the reform, a CCAT-called protest against “unfreezing” the electoral roll turned into riots across Nouméa and its suburbs: burning barricades, arson, looting and clashes with police. Firefighters attended some 200 fires the first night; a curfew was imposed from 14 May.',
      fr: 'Le 13 mai 2024 au soir, alors que l’Assemblée nationale débat de la réforme, la mobilisation lancée par la CCAT contre le « dégel » du corps électoral tourne à l’émeute à Nouméa et alentour : barrages enflammés, incendies de commerces et d’usines, pillages, heurts avec les forces de l’ordre. Quelque 200 incendies la première nuit ; le haut-commissaire instaure un couvre-feu dès le 14.',
    },
    category: 'new-caledonia',
    kind: 'fact',
    actors: ['ccat', 'kanak-youths', 'high-commission', 'louis-le-franc', 'police-and-gendarmerie'],
    sources: [
      {
        publisher: 'Nouvelle-Calédonie la 1ère',
        title: "Nuit d'émeutes dans le Grand Nouméa",
        date: '2024-05-14',
        url: 'https://la1ere.francetvinfo.fr/nouvellecaledonie/nuit-d-emeutes-dans-le-grand-noumea-1487888.html',
      },
      {
        publisher: 'Les Nouvelles calédoniennes (print)',
        title: 'Retrospective on the night of 13–14 May',
        url: 'https://www.lnc.nc/print/1427951',
      },
      {
        publisher: 'Nouvelle-Calédonie la 1ère',
        title: 'Récit. Violences en Nouvelle-Calédonie : retour en 10 temps sur un mardi éprouvant',
        date: '2024-05-15',
        url: 'https://la1ere.francetvinfo.fr/nouvellecaledonie/province-sud/recit-violences-en-nouvelle-caledonie-retour-en-10-temps-sur-un-mardi-eprouvant-1488161.html',
      },
    ],
    importance: 1,
    confidence: 'high',
  },
  {
    id: 'big-calls-reform-illegal',
    start: '2024-05-14',
    end: '2024-05-16',
    title: {
      en: 'BIG calls the reform “illegal” and rallies overseas movements behind Kanaks',
      fr: 'Le GIB juge la réforme « illégale » et mobilise les mouvements ultramarins',
    },
    summary: {
      en: 'BIG urged the French Senate and National Assembly to stop what it called “illegal constitutional amendments” and condemned arrests of Kanak protesters; its director Abbas Abbasov repeated the charge. On 16 May BIG and 14 movements from French overseas territories and Corsica issued a joint statement condemning France’s colonial policy.',
      fr: 'Le GIB appelle le Sénat et l’Assemblée nationale à renoncer à des « amendements constitutionnels illégaux » et condamne les arrestations de manifestants kanak ; son directeur exécutif, Abbas Abbasov, reprend l’accusation. Le 16 mai, le GIB et 14 mouvements ultramarins et corses publient une déclaration commune condamnant la politique coloniale de la France.',
    },
    category: 'influence-network',
    kind: 'statement',
    claimedBy: ['baku-initiative-group', 'abbas-abbasov'],
    actors: ['baku-initiative-group', 'abbas-abbasov', 'overseas-independence-movements'],
    sources: [
      {
        publisher: 'AzerNews',
        title: 'BIG statement on arrests and curfew',
        date: '2024-05-14',
        url: 'https://www.azernews.az/nation/226036.html',
      },
      {
        publisher: 'Trend',
        title: 'Interview with Abbas Abbasov',
        date: '2024-05-15',
        url: 'https://en.trend.az/azerbaijan/politics/3899545.html',
      },
      {
        publisher: 'News.az',
        title:
          'Baku Initiative Group, movements fighting against French neocolonialism express support for New Caledonia',
        date: '2024-05-16',
        url: 'https://news.az/news/baku-initiative-group,-movements-fighting-against-french-neocolonialism-express-support-for-new-caledonia-',
      },
      {
        publisher: 'Le Monde (via allnewspress.com)',
        title: 'Live Q&A (English translation)',
        date: '2024-05-16',
        url: 'https://allnewspress.com/the-government-will-request-the-heaviest-sanctions-against-rioters-and-looters/',
      },
    ],
    importance: 2,
    confidence: 'medium',
  },
  {
    id: 'assembly-adopts-nc-electoral-reform',
    start: '2024-05-15',
    title: {
      en: 'National Assembly adopts the electoral-roll reform, 351 to 153',
      fr: 'L’Assemblée adopte le dégel du corps électoral (351 voix contre 153)',
    },
    summary: {
      en: 'Overnight from 14 to 15 May (Paris time), deputies adopted the constitutional bill in the Senate’s wording by 351 votes to 153, the left voting against. Final adoption needed a three-fifths majority of Parliament in Congress; Macron said he would not convene it at once, leaving time for a local agreement.',
      fr: 'Dans la nuit du 14 au 15 mai (heure de Paris), les députés adoptent le projet de loi constitutionnelle dans les termes du Sénat, par 351 voix contre 153, la gauche votant contre. L’adoption définitive exige une majorité des trois cinquièmes du Parlement réuni en Congrès ; Emmanuel Macron dit ne pas vouloir le convoquer aussitôt, pour laisser place à un accord local.',
    },
    category: 'legal-political',
    kind: 'fact',
    actors: ['french-national-assembly', 'gabriel-attal', 'emmanuel-macron', 'caledonian-parties'],
    sources: [
      {
        publisher: 'Europe 1',
        title:
          "Nouvelle-Calédonie : l'Assemblée nationale adopte à son tour la révision constitutionnelle",
        date: '2024-05-15',
        url: 'https://www.europe1.fr/politique/nouvelle-caledonie-lassemblee-nationale-adopte-a-son-tour-la-revision-constitutionnelle-4247053',
      },
      {
        publisher: 'CNews',
        title:
          'Nouvelle-Calédonie : la révision constitutionnelle adoptée dans la nuit par les députés',
        date: '2024-05-15',
        url: 'https://www.cnews.fr/france/2024-05-15/nouvelle-caledonie-la-revision-constitutionnelle-adoptee-dans-la-nuit-par-les',
      },
      {
        publisher: 'Le Club des juristes',
        title:
          "Nouvelle-Calédonie : le projet de révision constitutionnelle adopté par l'Assemblée nationale",
        date: '2024-05',
        url: 'https://leclubdesjuristes.com/en-bref/nouvelle-caledonie-le-projet-de-revision-constitutionnelle-adopte-par-lassemblee-nationale-5959',
      },
    ],
    importance: 1,
    confidence: 'high',
  },
  {
    id: 'viginum-new-caledonia-manoeuvres',
    start: '2024-05-15',
    end: '2024-05-17',
    title: {
      en: 'Viginum ties misleading “police killings” posts on New Caledonia to Azerbaijani actors',
      fr: 'Viginum relie à des acteurs azerbaïdjanais des contenus trompeurs sur la police',
    },
    summary: {
      en: 'In a note published on 17 May, Viginum said it had detected on 15–16 May a “massive and coordinated” spread on X and Facebook of content accusing French police of shooting protesters, with at least 86 X accounts citing Azerbaijan’s ruling YAP party in their bios. Libération’s CheckNews showed the key montage paired two unrelated photos. YAP denied involvement.',
      fr: 'Dans une note publiée le 17 mai, Viginum dit avoir détecté les 15 et 16 mai une diffusion massive et coordonnée, sur X et Facebook, de contenus accusant la police française de tirer sur des manifestants ; au moins 86 comptes X citaient le YAP, parti au pouvoir à Bakou. CheckNews (Libération) montre que le montage central associe deux photos sans rapport. Le YAP dément.',
    },
    category: 'information-warfare',
    kind: 'claim',
    claimedBy: ['viginum', 'rfe-rl', 'dfrlab'],
    actors: ['viginum', 'yap-linked-accounts', 'liberation-checknews', 'rfe-rl'],
    sources: [
      {
        publisher: 'franceinfo (AFP)',
        title:
          "Emeutes en Nouvelle-Calédonie : la France détaille les 'manœuvres informationnelles' azerbaïdjanaises",
        date: '2024-05-17',
        url: 'https://francetvinfo.fr/france/nouvelle-caledonie/nouvelle-caledonie-la-france-detaille-les-man-uvres-informationnelles-azerbaidjanaises_6550391.html',
      },
      {
        publisher: 'Libération CheckNews',
        title:
          "Nouvelle-Calédonie : des comptes azerbaïdjanais relaient en masse un montage accusant la police d'avoir tué une jeune femme",
        date: '2024-05-17',
        url: 'https://www.staging.libe.io/checknews/nouvelle-caledonie-des-comptes-azerbaidjanais-relaient-en-masse-un-montage-accusant-la-police-davoir-tue-une-jeune-femme-20240517_FPFRE2V3LNHDVBCANFENAXH2FA',
      },
      {
        publisher: 'RFE/RL',
        title:
          'Exclusive: Azerbaijani Officials Targeted France With New Caledonia Disinformation Campaign',
        date: '2024',
        url: 'https://rferl.org/a/32979044.html',
      },
      {
        publisher: 'DFRLab',
        title: 'Azerbaijani operation spread anti-France content amid 2024 New Caledonia unrest',
        date: '2025-02-07',
        url: 'https://dfrlab.org/2025/02/07/france-azerbaijan-new-caledonia',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'state-of-emergency-new-caledonia',
    start: '2024-05-15',
    end: '2024-05-28',
    title: {
      en: 'State of emergency declared in New Caledonia for 12 days',
      fr: 'L’état d’urgence décrété en Nouvelle-Calédonie',
    },
    summary: {
      en: 'After a defence council, the government decreed a state of emergency under the 1955 law across New Caledonia from the evening of 15 May (Paris time), allowing house arrests, searches and bans, and sent troops to secure ports and the international airport. Macron chose not to extend it beyond 12 days; it ended on 28 May, Nouméa time, with the curfew kept.',
      fr: 'Après un conseil de défense, le Conseil des ministres décrète l’état d’urgence (loi de 1955) dans toute la Nouvelle-Calédonie dès le 15 mai au soir, heure de Paris : assignations à résidence, perquisitions, interdictions ; des militaires sécurisent ports et aéroport. Emmanuel Macron ne le prolonge pas au-delà de douze jours ; il est levé le 28 mai, le couvre-feu restant en vigueur.',
    },
    category: 'new-caledonia',
    kind: 'fact',
    actors: [
      'emmanuel-macron',
      'gabriel-attal',
      'council-of-ministers',
      'gerald-darmanin',
      'high-commission',
      'french-armed-forces',
    ],
    sources: [
      {
        publisher: 'Maire-info',
        title:
          "L'état d'urgence décrété en Nouvelle-Calédonie, où la situation sanitaire se dégrade",
        date: '2024-05-16',
        url: "https://maire-info.com/l'etat-d'urgence-decrete-en-nouvelle-caledonie-o-la-situation-sanitaire-se-degrade-article2-28606",
      },
      {
        publisher: "L'Avenir de la Gendarmerie",
        title: "État d'urgence en Nouvelle-Calédonie : quelles sont les mesures ?",
        date: '2024-05-21',
        url: 'https://avenir-gendarmerie.org/index.php/2024/05/21/etat-durgence-en-nouvelle-caledonie-quelles-sont-les-mesures',
      },
      {
        publisher: 'franceinfo',
        title: "Crise en Nouvelle-Calédonie : ce que va changer la levée de l'état d'urgence mardi",
        date: '2024-05',
        url: 'https://www.francetvinfo.fr/france/nouvelle-caledonie/crise-en-nouvelle-caledonie-ce-que-va-changer-la-levee-de-l-etat-d-urgence-mardi_6568691.html',
      },
    ],
    importance: 1,
    confidence: 'high',
  },
  {
    id: 'tiktok-ban-new-caledonia',
    start: '2024-05-15',
    end: '2024-05-29',
    title: {
      en: 'TikTok blocked in New Caledonia during the unrest',
      fr: 'Blocage de TikTok en Nouvelle-Calédonie',
    },
    summary: {
      en: 'Prime Minister Gabriel Attal announced on 15 May that TikTok was blocked in New Caledonia, the government calling it a main coordination tool for rioters; government and security sources also cited fears of foreign interference, naming China or Azerbaijan. The Conseil d’État declined to suspend the block on 23 May; it was lifted on 29 May.',
      fr: 'Le 15 mai, le Premier ministre Gabriel Attal annonce le blocage de TikTok en Nouvelle-Calédonie, le gouvernement y voyant un outil de coordination des émeutiers ; des sources gouvernementales et sécuritaires évoquent aussi la crainte d’ingérences, citant la Chine ou l’Azerbaïdjan. Le 23 mai, le Conseil d’État refuse de suspendre la mesure ; elle est levée le 29 mai.',
    },
    category: 'new-caledonia',
    kind: 'fact',
    actors: ['gabriel-attal', 'opt-new-caledonia', 'conseil-d-etat', 'la-quadrature-du-net', 'ldh'],
    sources: [
      {
        publisher: 'Gizmodo (via Yahoo News)',
        title:
          'France Bans TikTok in Island Territory After Pro-Independence Protests Turn Violent',
        date: '2024-05-15',
        url: 'https://www.yahoo.com/news/france-bans-tiktok-island-territory-124000727.html',
      },
      {
        publisher: "Conseil d'État",
        title: 'Ordonnance n° 494320',
        date: '2024-05-23',
        url: 'https://conseil-etat.fr/fr/arianeweb/CE/decision/2024-05-23/494320',
      },
      {
        publisher: 'Europe 1 (AFP)',
        title: "Nouvelle-Calédonie : l'interdiction de TikTok levée",
        date: '2024-05-29',
        url: 'https://www.europe1.fr/societe/nouvelle-caledonie-linterdiction-de-tiktok-levee-4249637',
      },
      {
        publisher: 'Nouvelle-Calédonie la 1ère',
        title: 'Crise en Nouvelle-Calédonie : la plateforme TikTok de nouveau accessible',
        date: '2024-05-29',
        url: 'https://la1ere.francetvinfo.fr/nouvellecaledonie/crise-en-nouvelle-caledonie-la-plateforme-tiktok-de-nouveau-accessible-1492085.html',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'baku-rejects-darmanin-accusation',
    start: '2024-05-16',
    title: {
      en: 'Baku rejects Darmanin’s “baseless” accusations',
      fr: 'Bakou rejette les accusations « infondées » de Darmanin',
    },
    summary: {
      en: 'Azerbaijan’s foreign ministry spokesman Aykhan Hajizada “completely” rejected Darmanin’s remarks on alleged ties with New Caledonian independence leaders, denied any link with them and demanded an end to a “smear campaign”, saying France should instead look at its “failed policy” in its overseas territories.',
      fr: 'Le porte-parole de la diplomatie azerbaïdjanaise, Aykhan Hajizada, rejette « complètement » les propos de Gérald Darmanin sur de prétendus liens avec des dirigeants indépendantistes calédoniens, nie tout lien avec eux et exige la fin d’une « campagne de dénigrement », invitant la France à se pencher plutôt sur sa « politique ratée » outre-mer.',
    },
    category: 'diplomacy',
    kind: 'statement',
    claimedBy: ['azerbaijani-mfa'],
    actors: ['azerbaijani-mfa', 'aykhan-hajizada'],
    sources: [
      {
        publisher: 'News.az',
        title: 'Baku once again calls on France to stop baseless claims against Azerbaijan',
        date: '2024-05-16',
        url: 'https://news.az/news/-baku-once-again-calls-on-france-to-stop-baseless-claims-against-azerbaijan-',
      },
      {
        publisher: 'AzerNews (via MENAFN)',
        title: 'Azerbaijan MFA Urges France To Stop Smear Campaign Against Baku',
        date: '2024-05-16',
        url: 'https://menafn.com/1108222019/Azerbaijan-MFA-Urges-France-To-Stop-Smear-Campaign-Against-Baku',
      },
      {
        publisher: 'Boursorama (France 24)',
        title:
          "Nouvelle-Calédonie : l'Azerbaïdjan dénonce les accusations d'ingérence 'infondées' de Paris",
        date: '2024-05-17',
        url: 'https://www.boursorama.com/videos/actualites-amp/nouvelle-caledonie-l-azerbaidjan-denonce-les-accusations-d-ingerence-infondees-de-paris-f0b7d0cf9ccb2a7957d6ff413f3519d3',
      },
    ],
    importance: 3,
    confidence: 'high',
  },
  {
    id: 'darmanin-azerbaijan-not-a-fantasy',
    start: '2024-05-16',
    title: {
      en: 'Darmanin: “On Azerbaijan, it’s not a fantasy, it’s a reality”',
      fr: 'Darmanin : « Sur l’Azerbaïdjan, ce n’est pas un fantasme, c’est une réalité »',
    },
    summary: {
      en: 'On France 2’s Télématin, Gérald Darmanin said of Azerbaijan’s role in New Caledonia “ce n’est pas un fantasme, c’est une réalité”, called it a dictatorship and regretted that some independence leaders had “made a deal” with Baku, while stressing that France remained sovereign. He did not directly blame Baku for the riots or present evidence on air.',
      fr: 'Sur France 2, dans Télématin, Gérald Darmanin affirme à propos de l’Azerbaïdjan en Nouvelle-Calédonie : « ce n’est pas un fantasme, c’est une réalité ». Il qualifie le pays de dictature, regrette que des dirigeants indépendantistes aient passé un accord avec Bakou et assure que la France reste souveraine. Il n’impute pas directement les émeutes à Bakou et ne présente pas de preuves.',
    },
    category: 'diplomacy',
    kind: 'statement',
    claimedBy: ['gerald-darmanin'],
    actors: ['gerald-darmanin', 'france-2'],
    sources: [
      {
        publisher: 'Libération',
        title:
          "Ingérences en Nouvelle-Calédonie : le trouble jeu de l'Azerbaïdjan auprès des indépendantistes",
        date: '2024-05-19',
        url: 'https://www.staging.libe.io/societe/ingerences-en-nouvelle-caledonie-le-trouble-jeu-de-lazerbaidjan-aupres-des-independantistes-20240519_OCFPK7TNYRGWNGNPEBFDR6TXLU',
      },
      {
        publisher: 'Tahiti Infos / Outremers360 (AFP)',
        title: "La Nouvelle-Calédonie, zone de tension entre Paris et l'Azerbaïdjan",
        date: '2024-05-16',
        url: 'https://www.tahiti-infos.com/La-Nouvelle-Caledonie-zone-de-tension-entre-Paris-et-l-Azerbaidjan_a223884.html',
      },
      {
        publisher: 'Boursorama (France 24)',
        title:
          "Nouvelle-Calédonie : l'Azerbaïdjan dénonce les accusations d'ingérence 'infondées' de Paris",
        date: '2024-05-17',
        url: 'https://www.boursorama.com/videos/actualites-amp/nouvelle-caledonie-l-azerbaidjan-denonce-les-accusations-d-ingerence-infondees-de-paris-f0b7d0cf9ccb2a7957d6ff413f3519d3',
      },
    ],
    importance: 3,
    confidence: 'high',
  },
  {
    id: 'macron-visits-noumea',
    start: '2024-05-23',
    title: {
      en: 'Macron flies to Nouméa and pledges not to force the reform through',
      fr: 'Visite éclair d’Emmanuel Macron à Nouméa',
    },
    summary: {
      en: 'During a roughly 12-hour visit to Nouméa, Macron met elected officials and business leaders, set up a three-member mission to foster local dialogue and urged the lifting of barricades. He promised the reform would not be “forced through” and tied lifting the state of emergency to the removal of roadblocks; six people had died by then.',
      fr: 'Lors d’une visite d’une douzaine d’heures à Nouméa, Emmanuel Macron rencontre élus et acteurs économiques, installe une mission de trois membres pour favoriser le dialogue local et appelle à lever les barrages. Il promet de ne pas « passer en force » sur la réforme et conditionne la levée de l’état d’urgence à celle des barrages ; six personnes sont mortes à cette date.',
    },
    category: 'new-caledonia',
    kind: 'fact',
    actors: ['emmanuel-macron', 'caledonian-elected-officials', 'high-commission'],
    sources: [
      {
        publisher: 'Daily Sabah (AP)',
        title: 'Macron calls for calm in riot-hit French territory New Caledonia',
        date: '2024-05-23',
        url: 'https://www.dailysabah.com/world/asia-pacific/macron-calls-for-calm-in-riot-hit-french-territory-new-caledonia',
      },
      {
        publisher: 'TV5Monde',
        title: 'Nouvelle-Calédonie : Emmanuel Macron promet de ne pas passer en force',
        date: '2024-05-23',
        url: 'https://information.tv5monde.com/international/video/nouvelle-caledonie-emmanuel-macron-promet-de-ne-pas-passer-en-force-2723124',
      },
      {
        publisher: 'Keystone-ATS (via dayfr)',
        title: 'Arrival of Emmanuel Macron in New Caledonia for a visit',
        date: '2024-05-23',
        url: 'https://euro.dayfr.com/news/2196823.html',
      },
    ],
    importance: 1,
    confidence: 'high',
  },
];
