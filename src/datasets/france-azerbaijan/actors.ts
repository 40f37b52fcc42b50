import type { Actor } from '../../model/event.js';

/** Everyone the events involve or quote: states, leaders, institutions, groups. */
export const actors: readonly Actor[] = [
  { id: 'azerbaijan', name: { en: 'Azerbaijan', fr: 'Azerbaïdjan' } },
  {
    id: 'azerbaijani-government',
    name: { en: 'Government of Azerbaijan', fr: 'Gouvernement azerbaïdjanais' },
  },
  { id: 'armenia', name: { en: 'Armenia', fr: 'Arménie' } },
  { id: 'france', name: { en: 'France', fr: 'France' } },
  { id: 'russia', name: { en: 'Russia', fr: 'Russie' } },
  { id: 'turkey', name: { en: 'Turkey', fr: 'Turquie' } },
  { id: 'european-union', name: { en: 'European Union', fr: 'Union européenne' } },
  {
    id: 'un-security-council',
    name: { en: 'UN Security Council', fr: 'Conseil de sécurité de l’ONU' },
  },
  {
    id: 'non-aligned-movement',
    name: { en: 'Non-Aligned Movement', fr: 'Mouvement des non-alignés' },
  },

  { id: 'ilham-aliyev', name: { en: 'Ilham Aliyev', fr: 'Ilham Aliev' } },
  {
    id: 'azerbaijani-authorities',
    name: { en: 'Azerbaijani authorities', fr: 'Autorités azerbaïdjanaises' },
  },
  {
    id: 'azerbaijani-mfa',
    name: {
      en: 'Azerbaijani Ministry of Foreign Affairs',
      fr: 'Ministère azerbaïdjanais des Affaires étrangères',
    },
  },
  { id: 'aykhan-hajizada', name: { en: 'Aykhan Hajizada', fr: 'Aykhan Hajizada' } },
  {
    id: 'milli-majlis',
    name: {
      en: 'Milli Majlis (Azerbaijani parliament)',
      fr: 'Milli Majlis (Parlement azerbaïdjanais)',
    },
  },
  { id: 'sahiba-gafarova', name: { en: 'Sahiba Gafarova', fr: 'Sahiba Gafarova' } },
  {
    id: 'azerbaijani-state-security-service',
    name: {
      en: 'Azerbaijani State Security Service',
      fr: 'Service de sécurité de l’État azerbaïdjanais',
    },
  },
  {
    id: 'azerbaijani-judiciary',
    name: { en: 'Azerbaijani judiciary', fr: 'Justice azerbaïdjanaise' },
  },
  { id: 'leyla-abdullayeva', name: { en: 'Leyla Abdullayeva', fr: 'Leyla Abdullayeva' } },
  {
    id: 'azerbaijani-embassy-paris',
    name: { en: 'Azerbaijani embassy in Paris', fr: 'Ambassade d’Azerbaïdjan à Paris' },
  },
  {
    id: 'azerbaijani-education-ministry',
    name: { en: 'Azerbaijani Education Ministry', fr: 'Ministère azerbaïdjanais de l’Éducation' },
  },
  {
    id: 'azerbaijan-international-education-centre',
    name: {
      en: 'Azerbaijan International Education Centre',
      fr: 'Azerbaijan International Education Centre',
    },
  },
  { id: 'azertac', name: { en: 'Azertac', fr: 'Azertac' } },
  {
    id: 'azerbaijani-state-media-itv',
    name: {
      en: 'Azerbaijani state-aligned media (ITV)',
      fr: 'Médias azerbaïdjanais proches du pouvoir (ITV)',
    },
  },
  {
    id: 'pro-government-online-accounts',
    name: { en: 'Pro-government online accounts', fr: 'Comptes en ligne progouvernementaux' },
  },
  {
    id: 'azerbaijan-linked-accounts',
    name: { en: 'Azerbaijan-linked X accounts', fr: 'Comptes X liés à l’Azerbaïdjan' },
  },
  {
    id: 'yap-linked-accounts',
    name: { en: 'YAP-linked X/Facebook accounts', fr: 'Comptes X/Facebook liés au YAP' },
  },
  {
    id: 'azerbaijani-eco-activists',
    name: { en: 'Azerbaijani “eco-activists”', fr: '« Éco-activistes » azerbaïdjanais' },
  },
  { id: 'air-center', name: { en: 'AIR Center', fr: 'AIR Center' } },
  {
    id: 'baku-initiative-group',
    name: { en: 'Baku Initiative Group (BIG)', fr: 'Groupe d’initiative de Bakou (GIB)' },
  },
  { id: 'abbas-abbasov', name: { en: 'Abbas Abbasov', fr: 'Abbas Abbasov' } },

  { id: 'nikol-pashinyan', name: { en: 'Nikol Pashinyan', fr: 'Nikol Pachinian' } },
  { id: 'suren-papikyan', name: { en: 'Suren Papikyan', fr: 'Suren Papikyan' } },
  {
    id: 'karabakh-de-facto-authorities',
    name: {
      en: 'Nagorno-Karabakh (Artsakh) de facto authorities',
      fr: 'Autorités de facto du Haut-Karabakh (Artsakh)',
    },
  },
  {
    id: 'karabakh-armenians',
    name: { en: 'Karabakh Armenians', fr: 'Arméniens du Haut-Karabakh' },
  },
  { id: 'samvel-shahramanyan', name: { en: 'Samvel Shahramanyan', fr: 'Samvel Chahramanian' } },
  { id: 'vladimir-putin', name: { en: 'Vladimir Putin', fr: 'Vladimir Poutine' } },
  {
    id: 'russian-peacekeepers',
    name: { en: 'Russian peacekeeping contingent', fr: 'Contingent russe de maintien de la paix' },
  },
  { id: 'charles-michel', name: { en: 'Charles Michel', fr: 'Charles Michel' } },

  { id: 'emmanuel-macron', name: { en: 'Emmanuel Macron', fr: 'Emmanuel Macron' } },
  { id: 'french-government', name: { en: 'French government', fr: 'Gouvernement français' } },
  { id: 'council-of-ministers', name: { en: 'Council of Ministers', fr: 'Conseil des ministres' } },
  { id: 'gabriel-attal', name: { en: 'Gabriel Attal', fr: 'Gabriel Attal' } },
  { id: 'gerald-darmanin', name: { en: 'Gérald Darmanin', fr: 'Gérald Darmanin' } },
  { id: 'sebastien-lecornu', name: { en: 'Sébastien Lecornu', fr: 'Sébastien Lecornu' } },
  { id: 'catherine-colonna', name: { en: 'Catherine Colonna', fr: 'Catherine Colonna' } },
  { id: 'franck-riester', name: { en: 'Franck Riester', fr: 'Franck Riester' } },
  {
    id: 'agnes-pannier-runacher',
    name: { en: 'Agnès Pannier-Runacher', fr: 'Agnès Pannier-Runacher' },
  },
  {
    id: 'french-mfa',
    name: {
      en: 'French Ministry for Europe and Foreign Affairs',
      fr: 'Ministère de l’Europe et des Affaires étrangères',
    },
  },
  { id: 'anne-boillon', name: { en: 'Anne Boillon', fr: 'Anne Boillon' } },
  { id: 'french-senate', name: { en: 'French Senate', fr: 'Sénat français' } },
  {
    id: 'french-national-assembly',
    name: { en: 'French National Assembly', fr: 'Assemblée nationale' },
  },
  { id: 'bruno-retailleau', name: { en: 'Bruno Retailleau', fr: 'Bruno Retailleau' } },
  { id: 'philippe-bas', name: { en: 'Philippe Bas', fr: 'Philippe Bas' } },
  { id: 'lana-tetuanui', name: { en: 'Lana Tetuanui', fr: 'Lana Tetuanui' } },
  { id: 'viginum', name: { en: 'Viginum (SGDSN)', fr: 'Viginum (SGDSN)' } },
  {
    id: 'french-counter-intelligence',
    name: { en: 'French counter-intelligence', fr: 'Contre-espionnage français' },
  },
  {
    id: 'french-armed-forces',
    name: { en: 'French armed forces', fr: 'Forces armées françaises' },
  },
  {
    id: 'police-and-gendarmerie',
    name: { en: 'Police and gendarmerie', fr: 'Police et gendarmerie' },
  },
  { id: 'french-judiciary', name: { en: 'French judiciary', fr: 'Justice française' } },
  { id: 'conseil-d-etat', name: { en: 'Conseil d’État', fr: 'Conseil d’État' } },
  {
    id: 'high-commission',
    name: {
      en: 'French High Commission in New Caledonia',
      fr: 'Haut-commissariat de la République en Nouvelle-Calédonie',
    },
  },
  { id: 'louis-le-franc', name: { en: 'Louis Le Franc', fr: 'Louis Le Franc' } },
  { id: 'yves-dupas', name: { en: 'Yves Dupas', fr: 'Yves Dupas' } },

  {
    id: 'congress-of-new-caledonia',
    name: { en: 'Congress of New Caledonia', fr: 'Congrès de la Nouvelle-Calédonie' },
  },
  { id: 'roch-wamytan', name: { en: 'Roch Wamytan', fr: 'Roch Wamytan' } },
  { id: 'omayra-naisseline', name: { en: 'Omayra Naisseline', fr: 'Omayra Naisseline' } },
  { id: 'veylma-falaeo', name: { en: 'Veylma Falaeo', fr: 'Veylma Falaeo' } },
  { id: 'mickael-forrest', name: { en: 'Mickaël Forrest', fr: 'Mickaël Forrest' } },
  { id: 'flnks', name: { en: 'FLNKS', fr: 'FLNKS' } },
  { id: 'union-caledonienne', name: { en: 'Union calédonienne', fr: 'Union calédonienne' } },
  { id: 'ccat', name: { en: 'CCAT', fr: 'CCAT' } },
  { id: 'christian-tein', name: { en: 'Christian Tein', fr: 'Christian Tein' } },
  { id: 'kanak-youths', name: { en: 'Kanak youths', fr: 'Jeunes Kanak' } },
  {
    id: 'loyalists',
    name: { en: 'Loyalists (non-independence camp)', fr: 'Loyalistes (non-indépendantistes)' },
  },
  { id: 'les-loyalistes', name: { en: 'Les Loyalistes', fr: 'Les Loyalistes' } },
  { id: 'rassemblement', name: { en: 'Rassemblement', fr: 'Rassemblement' } },
  { id: 'caledonie-ensemble', name: { en: 'Calédonie ensemble', fr: 'Calédonie ensemble' } },
  { id: 'sonia-backes', name: { en: 'Sonia Backès', fr: 'Sonia Backès' } },
  { id: 'caledonian-parties', name: { en: 'Caledonian parties', fr: 'Partis calédoniens' } },
  {
    id: 'caledonian-elected-officials',
    name: { en: 'Caledonian elected officials', fr: 'Élus calédoniens' },
  },
  {
    id: 'opt-new-caledonia',
    name: {
      en: 'OPT (New Caledonia telecoms office)',
      fr: 'OPT (office des télécommunications calédonien)',
    },
  },

  {
    id: 'overseas-independence-movements',
    name: {
      en: 'Independence movements of French overseas territories and Corsica',
      fr: 'Mouvements indépendantistes ultramarins et corses',
    },
  },
  { id: 'tavini-huiraatira', name: { en: 'Tavini Huiraatira', fr: 'Tavini Huiraatira' } },
  { id: 'oscar-temaru', name: { en: 'Oscar Temaru', fr: 'Oscar Temaru' } },
  {
    id: 'vito-maamaatuaiahutapu',
    name: { en: 'Vito Maamaatuaiahutapu', fr: 'Vito Maamaatuaiahutapu' },
  },
  { id: 'richard-tuheiava', name: { en: 'Richard Tuheiava', fr: 'Richard Tuheiava' } },
  { id: 'uplg', name: { en: 'UPLG (Guadeloupe)', fr: 'UPLG (Guadeloupe)' } },
  { id: 'jean-jacob-bicep', name: { en: 'Jean-Jacob Bicep', fr: 'Jean-Jacob Bicep' } },
  { id: 'luc-carole', name: { en: 'Luc Carole', fr: 'Luc Carole' } },
  { id: 'carlyle-corbin', name: { en: 'Carlyle Corbin', fr: 'Carlyle Corbin' } },

  { id: 'martin-ryan', name: { en: 'Martin Ryan', fr: 'Martin Ryan' } },
  { id: 'theo-clerc', name: { en: 'Théo Clerc', fr: 'Théo Clerc' } },
  { id: 'elchin-sadigov', name: { en: 'Elchin Sadigov', fr: 'Elchin Sadigov' } },

  { id: 'thales', name: { en: 'Thales', fr: 'Thales' } },
  { id: 'safran', name: { en: 'Safran', fr: 'Safran' } },
  { id: 'mbda', name: { en: 'MBDA', fr: 'MBDA' } },
  {
    id: 'lycee-francais-de-bakou',
    name: { en: 'French lycée in Baku', fr: 'Lycée français de Bakou' },
  },
  {
    id: 'mission-laique-francaise',
    name: { en: 'Mission laïque française', fr: 'Mission laïque française' },
  },
  { id: 'la-quadrature-du-net', name: { en: 'La Quadrature du Net', fr: 'La Quadrature du Net' } },
  { id: 'ldh', name: { en: 'LDH (Human Rights League)', fr: 'LDH (Ligue des droits de l’homme)' } },
  {
    id: 'paris-2024-olympics',
    name: { en: 'Paris 2024 Olympics', fr: 'Jeux olympiques de Paris 2024' },
  },

  { id: 'le-monde', name: { en: 'Le Monde', fr: 'Le Monde' } },
  { id: 'france-2', name: { en: 'France 2', fr: 'France 2' } },
  { id: 'europe-1', name: { en: 'Europe 1', fr: 'Europe 1' } },
  { id: 'liberation-checknews', name: { en: 'Libération CheckNews', fr: 'Libération CheckNews' } },
  { id: 'rfe-rl', name: { en: 'RFE/RL', fr: 'RFE/RL' } },
  { id: 'dfrlab', name: { en: 'DFRLab', fr: 'DFRLab' } },
  { id: 'ege-infoguerre', name: { en: 'EGE Infoguerre', fr: 'EGE Infoguerre' } },
  { id: 'armenia-peace', name: { en: 'Armenia Peace', fr: 'Armenia Peace' } },
];
