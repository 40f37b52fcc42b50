import type { TimelineEvent } from '../../model/event.js';

export const events2023OctToDec: readonly TimelineEvent[] = [
  {
    id: 'france-agrees-arms-armenia-colonna',
    start: '2023-10-03',
    title: {
      en: 'France agrees to future arms deliveries to Armenia; Aliyev skips Granada',
      fr: 'La France donne son accord à des livraisons d’armes à l’Arménie',
    },
    summary: {
      en: 'In Yerevan, Catherine Colonna said France had agreed to future contracts for military equipment to help Armenia defend itself, without giving details. Citing this and “pro-Armenian” French statements, Azerbaijani state media said Aliyev would skip the 5 October Granada meeting with Macron, Scholz, Michel and Pashinyan and avoid formats including France.',
      fr: 'À Erevan, Catherine Colonna annonce l’accord de la France à de futurs contrats de livraison de matériel militaire pour la défense de l’Arménie, sans préciser lequel. Invoquant cette décision et des déclarations françaises « pro-arméniennes », les médias d’État azerbaïdjanais annoncent qu’Ilham Aliev ne se rendra pas à la réunion de Grenade du 5 octobre et évitera les formats incluant la France.',
    },
    category: 'diplomacy',
    kind: 'fact',
    actors: ['catherine-colonna', 'armenia', 'ilham-aliyev', 'emmanuel-macron', 'european-union'],
    sources: [
      {
        publisher: 'Le Monde (with AFP, via limportant.fr)',
        title:
          "La France a « donné son accord » à l'Arménie en vue de livraison de matériel militaire",
        date: '2023-10-03',
        url: 'https://limportant.fr/580260',
      },
      {
        publisher: 'La Tribune',
        title: "La France donne son accord pour livrer du matériel militaire à l'Arménie",
        date: '2023-10',
        url: 'https://www.latribune.fr/economie/international/la-france-donne-son-accord-pour-livrer-du-materiel-militaire-a-l-armenie-978631.html',
      },
      {
        publisher: 'The Straits Times (Reuters)',
        title: "Azerbaijan's Aliyev to skip EU talks with Armenia, angry with France: state media",
        date: '2023-10-04',
        url: 'https://www.straitstimes.com/asia/azerbaijans-aliyev-to-skip-eu-talks-with-armenia-angry-with-france-state-media',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'big-neocolonialism-conference-baku',
    start: '2023-10-20',
    end: '2023-10-21',
    title: {
      en: 'BIG conference in Baku gathers French overseas independence activists',
      fr: 'Conférence du GIB à Bakou avec des indépendantistes ultramarins',
    },
    summary: {
      en: 'BIG’s conference “Neocolonialism: Violation of Human Rights and Injustice” drew representatives of 14 countries and of movements from New Caledonia, French Polynesia, French Guiana, Martinique, Guadeloupe and Corsica; Aliyev’s written greeting named France as the foremost colonial power. BIG opened its Baku office the next day.',
      fr: 'La conférence du GIB « Néocolonialisme : violation des droits de l’homme et injustice » réunit des représentants de 14 pays et de mouvements de Nouvelle-Calédonie, de Polynésie, de Guyane, de Martinique, de Guadeloupe et de Corse ; le message écrit d’Ilham Aliev désigne la France comme la première puissance coloniale. Le GIB ouvre son bureau à Bakou le lendemain.',
    },
    category: 'influence-network',
    kind: 'fact',
    actors: [
      'baku-initiative-group',
      'abbas-abbasov',
      'ilham-aliyev',
      'jean-jacob-bicep',
      'luc-carole',
      'overseas-independence-movements',
    ],
    sources: [
      {
        publisher: 'Trend',
        title: 'BIG conference/office report',
        date: '2023-10-21',
        url: 'https://en.trend.az/azerbaijan/politics/3815260.html',
      },
      {
        publisher: 'AzerNews',
        title: 'Conference report',
        date: '2023-10-21',
        url: 'https://www.azernews.az/nation/216401.html',
      },
      {
        publisher: 'President of Azerbaijan (president.az)',
        title: 'Address to the "Neocolonialism: Human Rights Violations and Injustice" conference',
        date: '2023-10-20',
        url: 'https://president.az/en/articles/view/61823',
      },
      {
        publisher: 'Vestnik Kavkaza',
        title: 'BIG office opening',
        date: '2023-10-21',
        url: 'https://en.vestikavkaza.ru/material/164223',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'france-armenia-defence-contracts',
    start: '2023-10-23',
    title: {
      en: 'France and Armenia sign radar contract and air-defence letter of intent',
      fr: 'Contrats de défense franco-arméniens (radars GM200, intention Mistral)',
    },
    summary: {
      en: 'In Paris, Sébastien Lecornu and Suren Papikyan oversaw contracts for three Thales GM200 air-surveillance radars and Safran night-vision gear, plus a letter of intent with MBDA on ground-based air defence. France stressed the equipment was strictly defensive; in November Aliyev accused Paris of arming Armenia and preparing the ground for new wars.',
      fr: 'À Paris, Sébastien Lecornu et Suren Papikyan supervisent la signature de contrats pour trois radars de surveillance aérienne GM200 de Thales et des équipements de vision nocturne Safran, et d’une lettre d’intention avec MBDA sur la défense sol-air. Paris souligne leur caractère strictement défensif ; en novembre, Ilham Aliev accuse la France d’armer l’Arménie et de préparer de nouvelles guerres.',
    },
    category: 'diplomacy',
    kind: 'fact',
    actors: ['sebastien-lecornu', 'suren-papikyan', 'thales', 'safran', 'mbda', 'ilham-aliyev'],
    sources: [
      {
        publisher: 'Marine & Océans (French defence ministry communiqué)',
        title: 'Entretien entre Sébastien Lecornu… et … Suren Papikyan',
        date: '2023-10-23',
        url: 'https://marine-oceans.com/les-infos-mer-de-mo/entretien-entre-sebastien-lecornu-ministre-des-armees-et-son-homologue-armenien-suren-papikyan-ministre-de-la-defense',
      },
      {
        publisher: 'Nouvelles Haratch',
        title: "La France vend des systèmes de défense aérienne à l'Arménie",
        date: '2023-10',
        url: 'https://norharatch.com/archives/news/la-france-vend-des-systemes-de-defense-aerienne-a-larmenie',
      },
      {
        publisher: 'Caspian News',
        title: 'President Aliyev Blames France for Destructive Policy in South Caucasus',
        date: '2023-11-21',
        url: 'https://caspiannews.com/news-detail/president-aliyev-blames-france-for-destructive-policy-in-south-caucasus-2023-11-21-21/',
      },
      {
        publisher: 'Agenzia Nova',
        title: 'Aliyev accuses France of inciting wars',
        date: '2023-11-21',
        url: 'https://www.agenzianova.com/a/655c6542db3596.23765541/4673351/2023-11-21/azerbaigian-aliyev-accusa-francia-di-incitare-guerre-nel-caucaso-meridionale',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'viginum-olympics-report-disclosed',
    start: '2023-11-13',
    title: {
      en: 'Paris publicly links Azerbaijan-related actors to the anti-Olympics campaign',
      fr: 'Paris accuse des acteurs liés à l’Azerbaïdjan d’une campagne contre les JO',
    },
    summary: {
      en: 'A Viginum report shared with AFP and other media on 13 November 2023 attributed the July #BoycottParis2024 operation to actors linked to Azerbaijan. French authorities describe it as an attempt to damage France’s image as Olympic host, amid tensions over Paris’s support for Armenia.',
      fr: 'Un rapport de Viginum transmis à l’AFP et à d’autres médias le 13 novembre 2023 attribue l’opération #BoycottParis2024 de juillet à des acteurs liés à l’Azerbaïdjan. Les autorités françaises y voient une tentative de nuire à l’image de la France, pays hôte des Jeux, sur fond de tensions liées à son soutien à l’Arménie.',
    },
    category: 'information-warfare',
    kind: 'claim',
    claimedBy: ['viginum', 'french-government'],
    actors: ['viginum', 'french-government', 'azerbaijan-linked-accounts'],
    sources: [
      {
        publisher: 'Headtopics (AFP dispatch)',
        title: 'AFP dispatch on the Viginum report',
        date: '2023-11',
        url: 'https://headtopics.com/fr/la-france-accuse-des-acteurs-lies-a-l-azerba-djan-de-48979582',
      },
      {
        publisher: 'Media24',
        title: 'JO 2024 : une tentative de sabotage des Jeux démasquée par la France',
        date: '2023-11-14',
        url: 'https://media24.fr/2023/11/14/jo-2024-une-tentative-de-sabotage-des-jeux-demasquee-par-la-france/',
      },
      {
        publisher: 'Francs Jeux',
        title: "Une campagne de désinformation liée à l'Azerbaïdjan",
        date: '2023-11-14',
        url: 'https://www.francsjeux.com/breves/une-campagne-de-desinformation-liee-a-lazerbaidjan/',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'azerbaijani-journalists-lecornu-noumea',
    start: '2023-12',
    title: {
      en: 'Europe 1: Azerbaijani “journalists” flagged during Lecornu’s New Caledonia visit',
      fr: 'Selon Europe 1, des « journalistes » azerbaïdjanaises ont été repérées lors de la visite de Lecornu à Nouméa',
    },
    summary: {
      en: 'Europe 1, citing French intelligence sources, reported that two Azerbaijani women presenting themselves as journalists came to cover Lecornu’s visit to Nouméa in early December 2023. One was refused entry, which Azertac confirmed, saying its journalist was held for a day and deported; the other attended an independence rally. Europe 1 said at least one was known to counter-intelligence.',
      fr: 'Selon Europe 1, qui cite des sources du renseignement, deux Azerbaïdjanaises se présentant comme journalistes sont venues couvrir la visite de Sébastien Lecornu à Nouméa début décembre 2023. L’une a été refoulée – l’agence Azertac confirme que sa journaliste a été retenue un jour puis expulsée –, l’autre a suivi un rassemblement indépendantiste. L’une au moins serait connue du contre-espionnage.',
    },
    category: 'information-warfare',
    kind: 'claim',
    claimedBy: ['europe-1', 'azertac'],
    actors: [
      'azertac',
      'french-counter-intelligence',
      'sebastien-lecornu',
      'ccat',
      'union-caledonienne',
    ],
    sources: [
      {
        publisher: 'Radio 1 Tahiti (with Europe 1)',
        title:
          "Indopacifique : l'Azerbaïdjan a tenté une opération de déstabilisation en Nouvelle-Calédonie",
        date: '2023-12',
        url: 'https://www.radio1.pf/indopacifique-lazerbaidjan-a-tente-une-operation-de-destabilisation-en-nouvelle-caledonie/',
      },
      {
        publisher: 'Nouvelle-Calédonie la 1ère',
        title:
          "Des espionnes d'Azerbaïdjan en Nouvelle-Calédonie lors de la venue de Sébastien Lecornu",
        date: '2023-12',
        url: 'https://la1ere.francetvinfo.fr/des-espionnes-d-azerbaidjan-en-nouvelle-caledonie-lors-de-la-venue-de-sebastien-lecornu-1450313.html',
      },
      {
        publisher: 'Les Nouvelles calédoniennes',
        title: 'Dans les rues de Nouméa, une mobilisation contre la militarisation du pays',
        date: '2023-12-05',
        url: 'http://www.lnc.nc/article/societe/grand-noumea/noumea/dans-les-rues-de-noumea-une-mobilisation-contre-la-militarisation-du-pays',
      },
    ],
    importance: 2,
    confidence: 'medium',
  },
  {
    id: 'martin-ryan-arrest-baku',
    start: '2023-12-04',
    title: {
      en: 'Frenchman Martin Ryan arrested in Baku; Azerbaijan accuses him of spying',
      fr: 'Le Français Martin Ryan arrêté à Bakou, accusé d’« espionnage »',
    },
    summary: {
      en: 'Azerbaijan detained Martin Ryan, a French national running a wine-trading firm in Baku, on 4 December 2023; the Azerbaijani authorities accuse him of espionage. The arrest became public on 9 January 2024 through Azerbaijan’s ambassador in Paris. His lawyer said he risked up to 15 years; his father said he felt used as a “pawn” in bilateral tensions.',
      fr: 'Martin Ryan, un Français qui dirige une société de négoce de vin à Bakou, est arrêté le 4 décembre 2023 ; les autorités azerbaïdjanaises l’accusent d’espionnage. L’affaire n’est révélée que le 9 janvier 2024 par l’ambassadrice d’Azerbaïdjan à Paris. Il encourt jusqu’à 15 ans de prison selon son avocat ; son père dit qu’il se sent utilisé comme un « pion ».',
    },
    category: 'legal-political',
    kind: 'claim',
    claimedBy: ['azerbaijani-authorities'],
    actors: [
      'martin-ryan',
      'azerbaijani-state-security-service',
      'azerbaijani-judiciary',
      'leyla-abdullayeva',
      'france',
    ],
    sources: [
      {
        publisher: 'Armenpress (citing AFP)',
        title: 'Report on the arrest, citing AFP',
        date: '2024-01-09',
        url: 'https://armenpress.am/eng/news/1127650/',
      },
      {
        publisher: 'UrduPoint (AFP)',
        title: 'Frenchman arrested in Azerbaijan for espionage',
        date: '2024-01-09',
        url: 'https://www.urdupoint.com/en/world/frenchman-arrested-in-azerbaijan-for-espiona-1783947.html',
      },
      {
        publisher: 'Caliber.az',
        title: 'Envoy: Azerbaijan arrests French citizen accused of espionage for 4 months',
        date: '2024-01',
        url: 'https://caliber.az/en/post/envoy-azerbaijan-arrests-french-citizen-accused-of-espionage-for-4-months',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'diplomat-expulsions-dec-2023',
    start: '2023-12-26',
    end: '2023-12-27',
    title: {
      en: 'Tit-for-tat expulsions of French and Azerbaijani diplomats',
      fr: 'Expulsions réciproques de diplomates français et azerbaïdjanais',
    },
    summary: {
      en: 'On 26 December 2023 Azerbaijan summoned French Ambassador Anne Boillon and gave two French embassy staff 48 hours to leave, accusing them of acts “incompatible with their diplomatic status”. The next day France “categorically” rejected the allegations and expelled two Azerbaijani embassy staff in return.',
      fr: 'Le 26 décembre 2023, Bakou convoque l’ambassadrice de France, Anne Boillon, et donne 48 heures à deux agents de l’ambassade pour partir, leur reprochant des actes « incompatibles avec leur statut diplomatique ». Le lendemain, Paris rejette catégoriquement ces accusations et déclare à son tour deux diplomates azerbaïdjanais persona non grata.',
    },
    category: 'diplomacy',
    kind: 'fact',
    actors: ['azerbaijani-mfa', 'french-mfa', 'anne-boillon', 'azerbaijani-embassy-paris'],
    sources: [
      {
        publisher: 'Massis Post (AFP)',
        title: 'Azerbaijan expels two French diplomats',
        date: '2023-12-27',
        url: 'https://massispost.com/2023/12/azerbaijan-expels-two-french-diplomats/',
      },
      {
        publisher: 'Boursier.com (Reuters)',
        title: 'La France expulse par réciprocité deux diplomates azerbaïdjanais',
        date: '2023-12-27',
        url: 'https://www.boursier.com/actualites/reuters/la-france-expulse-par-reciprocite-deux-diplomates-azerbaidjanais-351173.html',
      },
      {
        publisher: 'Boursorama (AFP)',
        title: "Arménie : les relations diplomatiques entre la France et l'Azerbaïdjan se tendent",
        date: '2023-12-27',
        url: 'https://www.boursorama.com/actualite-economique/actualites/armenie-les-relations-diplomatiques-entre-la-france-et-l-azerbaidjan-se-tendent-dba6d7df05a7700f63120bc2f7c74d84',
      },
    ],
    importance: 3,
    confidence: 'high',
  },
];
