import type { TimelineEvent } from '../../model/event.js';

export const events2024Apr: readonly TimelineEvent[] = [
  {
    id: 'senate-adopts-nc-electoral-reform',
    start: '2024-04-02',
    title: {
      en: 'French Senate adopts New Caledonia electoral-roll constitutional bill',
      fr: 'Le Sénat adopte la révision constitutionnelle sur le corps électoral calédonien',
    },
    summary: {
      en: 'By 233 votes to 99, the Senate adopted the government’s constitutional bill opening New Caledonia’s restricted provincial electoral roll to residents of at least ten years, amended to give priority to a local political agreement. Independence parties opposed it as a threat to the Kanak people’s political weight.',
      fr: 'Par 233 voix contre 99, le Sénat adopte le projet de loi constitutionnelle du gouvernement qui ouvre le corps électoral provincial calédonien, jusqu’ici restreint, aux résidents installés depuis au moins dix ans, en donnant la priorité à un accord politique local. Les indépendantistes s’y opposent, y voyant une menace pour le poids politique des Kanak.',
    },
    category: 'legal-political',
    kind: 'fact',
    actors: [
      'french-senate',
      'philippe-bas',
      'gerald-darmanin',
      'gabriel-attal',
      'flnks',
      'loyalists',
    ],
    sources: [
      {
        publisher: 'Sénat',
        title: 'Compte rendu analytique, séance du 2 avril 2024',
        date: '2024-04-02',
        url: 'http://www2.senat.fr/cra/s20240402/s20240402_1.html',
      },
      {
        publisher: 'Le Monde (via Haiti24/blackfacts)',
        title:
          'Nouvelle-Calédonie : le projet de loi constitutionnelle adopté au Sénat, Gérald Darmanin ciblé',
        date: '2024-04-02',
        url: 'https://blackfacts.com/news/article/nouvelle-cal-donie-le-projet-de-loi-constitutionnelle-adopt-au-s-nat-g-rald-darmanin-cibl-haiti24',
      },
      {
        publisher: 'Sénat',
        title: 'Projet de loi constitutionnelle n° 291 (2023-2024)',
        date: '2024-01-29',
        url: 'https://senat.fr./leg/pjl23-291.html',
      },
    ],
    importance: 1,
    confidence: 'high',
  },
  {
    id: 'france-recalls-ambassador-baku',
    start: '2024-04-16',
    title: {
      en: 'France recalls its ambassador to Azerbaijan for consultations',
      fr: 'La France rappelle son ambassadrice en Azerbaïdjan',
    },
    summary: {
      en: 'France recalled Ambassador Anne Boillon for consultations, citing Azerbaijan’s “unilateral actions” of recent months that were harming relations; Macron received her and asked Baku to clarify its intentions. Paris reaffirmed its support for an Armenia–Azerbaijan normalisation respecting both countries’ territorial integrity.',
      fr: 'Paris rappelle pour consultations son ambassadrice, Anne Boillon, invoquant des actions unilatérales de l’Azerbaïdjan qui, depuis plusieurs mois, nuisent aux relations bilatérales ; Emmanuel Macron la reçoit et demande à Bakou de clarifier ses intentions. La France redit son soutien à une normalisation arméno-azerbaïdjanaise respectant l’intégrité territoriale des deux pays.',
    },
    category: 'diplomacy',
    kind: 'fact',
    actors: ['french-mfa', 'emmanuel-macron', 'anne-boillon'],
    sources: [
      {
        publisher: 'French MFA (diplomatie.gouv.fr)',
        title: 'Azerbaijan – Recall of the Ambassador (16 April 2024)',
        date: '2024-04-16',
        url: 'https://www.diplomatie.gouv.fr/en/country-files/azerbaijan/news/article/azerbaijan-recall-of-the-ambassador-16-04-2024?xtor=RSS-1',
      },
      {
        publisher: 'France 24 / AFP (via Yahoo UK)',
        title: "France recalls its ambassador to Azerbaijan, accuses Baku of 'damaging' ties",
        date: '2024-04-16',
        url: 'https://uk.news.yahoo.com/france-recalls-ambassador-azerbaijan-accuses-194052870.html',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'nc-congress-azerbaijan-memorandum',
    start: '2024-04-18',
    title: {
      en: 'Memorandum between New Caledonia’s Congress and Azerbaijan’s parliament',
      fr: 'Mémorandum entre le Congrès de la Nouvelle-Calédonie et le Milli Majlis',
    },
    summary: {
      en: 'In Baku, pro-independence Congress member Omayra Naisseline, signing on behalf of Congress president Roch Wamytan, and Milli Majlis speaker Sahiba Gafarova signed an 11-article memorandum of inter-parliamentary cooperation, under which Azerbaijan’s parliament undertakes to raise awareness of the indigenous people’s right to self-determination.',
      fr: 'À Bakou, l’élue indépendantiste Omayra Naisseline, signant « au nom de » Roch Wamytan, président du Congrès, et Sahiba Gafarova, présidente du Milli Majlis, paraphent un mémorandum de coopération interparlementaire en 11 articles : le Parlement azerbaïdjanais s’engage à faire connaître le droit du peuple autochtone à l’autodétermination.',
    },
    category: 'new-caledonia',
    kind: 'fact',
    actors: [
      'omayra-naisseline',
      'roch-wamytan',
      'sahiba-gafarova',
      'milli-majlis',
      'congress-of-new-caledonia',
      'baku-initiative-group',
    ],
    sources: [
      {
        publisher: 'Milli Majlis (meclis.gov.az)',
        title:
          'Speaker of Milli Majlis Sahiba Gafarova Meets with Visiting Delegation of New Caledonian Congress',
        date: '2024-04-18',
        url: 'https://meclis.gov.az/news.php?id=1890&lang=en',
      },
      {
        publisher: 'Tahiti Infos (AFP)',
        title:
          "Nouvelle-Calédonie: le président du Congrès scelle un rapprochement avec l'Azerbaïdjan et fait polémique",
        date: '2024-04-23',
        url: 'https://www.tahiti-infos.com/Nouvelle-Caledonie-le-president-du-Congres-scelle-un-rapprochement-avec-l-Azerbaidjan-et-fait-polemique_a223526.html',
      },
      {
        publisher: 'Nouvelle-Calédonie la 1ère',
        title:
          "Pourquoi la présidente du Congrès calédonien a déclaré 'nul et non avenu' le mémorandum signé avec l'Azerbaïdjan",
        date: '2024-10',
        url: 'https://la1ere.francetvinfo.fr/nouvellecaledonie/pourquoi-la-presidente-du-congres-caledonien-a-declare-nul-et-non-avenu-le-memorandum-signe-avec-l-azerbaidjan-1528606.html',
      },
      {
        publisher: 'AzerNews (via MENAFN)',
        title: 'Azerbaijani Parliament Hosts Scientific Conference On New Caledonia',
        date: '2024-04-19',
        url: 'https://menafn.com/1108114662/Azerbaijani-Parliament-Hosts-Scientific-Conference-On-New-Caledonia',
      },
    ],
    importance: 3,
    confidence: 'high',
  },
  {
    id: 'french-lyceum-baku-closure-announced',
    start: '2024-04-19',
    title: {
      en: 'Closure of the French lycée in Baku announced',
      fr: 'Annonce de la fermeture du lycée français de Bakou',
    },
    summary: {
      en: 'The Lycée français de Bakou, about 200 pupils, said it would stop operating at the end of the 2023–24 school year. Its Azerbaijani founding body cited low enrolment and upkeep costs, while a school adviser pointed to an Education Ministry order; coming three days after the ambassador’s recall, the move was widely linked by the press to the bilateral crisis.',
      fr: 'Le lycée français de Bakou (environ 200 élèves) annonce qu’il cessera ses activités à la fin de l’année scolaire 2023-2024. Son fondateur azerbaïdjanais invoque la faiblesse des effectifs et les frais d’entretien, un conseiller de l’établissement évoque une injonction du ministère de l’Éducation ; trois jours après le rappel de l’ambassadrice, la presse y voit un effet de la crise.',
    },
    category: 'diplomacy',
    kind: 'fact',
    actors: [
      'lycee-francais-de-bakou',
      'azerbaijan-international-education-centre',
      'azerbaijani-education-ministry',
      'mission-laique-francaise',
    ],
    sources: [
      {
        publisher: 'AzerNews',
        title: 'Reasons given for suspending the Baku French High School',
        date: '2024-04-19',
        url: 'https://www.azernews.az/nation/224881.html',
      },
      {
        publisher: 'Turan',
        title: 'The French Lyceum in Baku to be closed',
        date: '2024-04-19',
        url: 'https://turan.az/en/politics/the-french-lyceum-in-baku-to-be-closed',
      },
      {
        publisher: 'OC Media',
        title: 'French school to close in Baku amidst diplomatic tensions',
        date: '2024-04',
        url: 'https://ocmediatest.fourthestate.app/french-school-to-close-in-baku-amidst-diplomatic-tensions',
      },
      {
        publisher: 'Wikipedia',
        title: 'Lycée français de Bakou',
        url: 'https://en.wikipedia.org/wiki/Lyc%C3%A9e_fran%C3%A7ais_de_Bakou',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'memorandum-outcry-noumea',
    start: '2024-04-23',
    title: {
      en: 'Non-independence parties denounce the Baku memorandum; prosecutor alerted',
      fr: 'Les non-indépendantistes dénoncent une « honte » ; le parquet saisi',
    },
    summary: {
      en: 'Roch Wamytan confirmed the memorandum, saying Azerbaijan “helps the FLNKS”. Les Loyalistes and Rassemblement denounced an unmandated trip and agreement and alerted the prosecutor, who confirmed receiving a report on possible misuse of public funds; Calédonie ensemble called it “une honte absolue” (“an absolute shame”) and asked for it to be declared null.',
      fr: 'Roch Wamytan confirme le mémorandum, affirmant que l’Azerbaïdjan aide le FLNKS. Les Loyalistes et le Rassemblement dénoncent un voyage et un accord sans mandat et saisissent le parquet, qui confirme avoir reçu un signalement pour possible détournement de fonds publics ; Calédonie ensemble parle d’« une honte absolue » et réclame l’annulation du texte.',
    },
    category: 'new-caledonia',
    kind: 'fact',
    actors: [
      'roch-wamytan',
      'les-loyalistes',
      'rassemblement',
      'caledonie-ensemble',
      'sonia-backes',
      'yves-dupas',
    ],
    sources: [
      {
        publisher: 'Tahiti Infos (AFP)',
        title:
          "Nouvelle-Calédonie: le président du Congrès scelle un rapprochement avec l'Azerbaïdjan et fait polémique",
        date: '2024-04-23',
        url: 'https://www.tahiti-infos.com/Nouvelle-Caledonie-le-president-du-Congres-scelle-un-rapprochement-avec-l-Azerbaidjan-et-fait-polemique_a223526.html',
      },
      {
        publisher: 'DNC (Demain en Nouvelle-Calédonie)',
        title: "L'Azerbaïdjan si proche",
        date: '2024-04',
        url: 'https://www.dnc.nc/lazerbai%CC%88djan-si-proche/',
      },
      {
        publisher: 'Radio 1 Tahiti (Outremers360)',
        title: "Le Congrès calédonien scelle un rapprochement polémique avec l'Azerbaïdjan",
        date: '2024-04',
        url: 'https://www.radio1.pf/le-congres-caledonien-scelle-un-rapprochement-polemique-avec-lazerbaidjan/',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'darmanin-law-committee-apr-2024',
    start: '2024-04-29',
    title: {
      en: 'Darmanin denounces Azerbaijan’s “extremely harmful interference”',
      fr: 'Darmanin dénonce « l’ingérence extrêmement néfaste » de Bakou',
    },
    summary: {
      en: 'Before the National Assembly’s law committee, Gérald Darmanin denounced Azerbaijan’s “extremely harmful interference” after the memorandum, saying Baku was using New Caledonia to retaliate for France’s defence of Armenians. On 30 April Baku’s foreign ministry spokesman Aykhan Hajizada called the claims groundless and accused France of colonial crimes.',
      fr: 'Devant la commission des lois de l’Assemblée, Gérald Darmanin dénonce « l’ingérence extrêmement néfaste » de l’Azerbaïdjan après le mémorandum, accusant Bakou d’utiliser la Nouvelle-Calédonie pour se venger du soutien français aux Arméniens. Le 30 avril, le porte-parole de la diplomatie azerbaïdjanaise, Aykhan Hajizada, juge ces propos infondés et accuse la France de crimes coloniaux.',
    },
    category: 'diplomacy',
    kind: 'statement',
    claimedBy: ['gerald-darmanin', 'azerbaijani-mfa'],
    actors: ['gerald-darmanin', 'aykhan-hajizada', 'azerbaijani-mfa'],
    sources: [
      {
        publisher: 'Nouvelles Haratch (citing Le Figaro)',
        title:
          "Darmanin dénonce « l'ingérence extrêmement néfaste » de Bakou en Nouvelle-Calédonie",
        date: '2024-04',
        url: 'https://www.norharatch.com/archives/news/darmanin-denonce-lingerence-extremement-nefaste-de-bakou-en-nouvelle-caledonie',
      },
      {
        publisher: 'Polynésie la 1ère (AFP quote)',
        title: "Le Tavini Huiraatira et l'Azerbaïdjan signent un mémorandum",
        date: '2024-04',
        url: 'https://la1ere.francetvinfo.fr/polynesie/tahiti/polynesie-francaise/le-tavini-huiraatira-et-l-azerbaidjan-signe-un-memorandum-1484711.html',
      },
      {
        publisher: 'AzerNews',
        title: "MFA commentary on Darmanin's remarks",
        date: '2024-04-30',
        url: 'https://www.azernews.az/nation/225375.html',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'big-vienna-tavini-memorandum',
    start: '2024-04-30',
    title: {
      en: 'BIG conference at UN Vienna; Tavini party signs memorandum with BIG',
      fr: 'Conférence du GIB à Vienne ; mémorandum Tavini–GIB',
    },
    summary: {
      en: 'BIG held a conference at the UN Office in Vienna on the “consequences of assimilation”, with movements from New Caledonia, French Polynesia, French Guiana, Martinique, Guadeloupe, Wallis and Futuna and Corsica. French Polynesia’s pro-independence Tavini Huiraatira concluded a cooperation memorandum with BIG, signed by Oscar Temaru.',
      fr: 'Le GIB organise à l’Office des Nations unies à Vienne une conférence sur les « conséquences de l’assimilation », avec des mouvements de Nouvelle-Calédonie, de Polynésie, de Guyane, de Martinique, de Guadeloupe, de Wallis-et-Futuna et de Corse. Le Tavini Huiraatira, parti indépendantiste polynésien, conclut avec le GIB un mémorandum de coopération signé par Oscar Temaru.',
    },
    category: 'influence-network',
    kind: 'fact',
    actors: [
      'baku-initiative-group',
      'tavini-huiraatira',
      'oscar-temaru',
      'vito-maamaatuaiahutapu',
      'richard-tuheiava',
    ],
    sources: [
      {
        publisher: 'Trend',
        title: 'Baku Initiative Group organizes conference on decolonization at UN Vienna Office',
        date: '2024-04-30',
        url: 'https://en.trend.az/azerbaijan/politics/3892840.html',
      },
      {
        publisher: 'Radio 1 Tahiti',
        title: "Le Tavini signe un partenariat avec l'Azerbaïdjan",
        date: '2024-04',
        url: 'https://www.radio1.pf/le-tavini-signe-un-partenariat-avec-lazerbaidjan/',
      },
      {
        publisher: 'Polynésie la 1ère',
        title: "Le Tavini Huiraatira et l'Azerbaïdjan signent un mémorandum",
        date: '2024-04',
        url: 'https://la1ere.francetvinfo.fr/polynesie/tahiti/polynesie-francaise/le-tavini-huiraatira-et-l-azerbaidjan-signe-un-memorandum-1484711.html',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
];
