import type { TimelineEvent } from '../../model/event.js';

export const events2023MarToSep: readonly TimelineEvent[] = [
  {
    id: 'aliyev-nam-colonial-remarks-mar-2023',
    start: '2023-03-02',
    title: {
      en: 'Aliyev calls French overseas territories colonial “remains” at NAM summit',
      fr: 'Aliev qualifie l’outre-mer français de « restes » de l’empire colonial',
    },
    summary: {
      en: 'Speaking as chair of a Non-Aligned Movement summit in Baku, Aliyev called France’s territories outside Europe “nasty remains of the French colonial empire”, backed the Comoros’ claim to Mayotte and urged France to respect New Caledonians’ rights. New Caledonia’s Mickaël Forrest attended and met Azerbaijani MPs.',
      fr: 'Devant un sommet du Mouvement des non-alignés qu’il préside à Bakou, Ilham Aliev qualifie les territoires français hors d’Europe de « vilains restes de l’empire colonial français », soutient la revendication des Comores sur Mayotte et appelle la France à respecter les droits des Calédoniens. Présent, le Calédonien Mickaël Forrest rencontre des députés azerbaïdjanais.',
    },
    category: 'influence-network',
    kind: 'statement',
    claimedBy: ['ilham-aliyev'],
    actors: ['ilham-aliyev', 'non-aligned-movement', 'mickael-forrest'],
    sources: [
      {
        publisher: 'Trend',
        title: 'Today we observe rise of neo-colonialism tendencies - President Ilham Aliyev',
        date: '2023-03-02',
        url: 'https://en.trend.az/azerbaijan/politics/3717406.html',
      },
      {
        publisher: 'teleSUR',
        title: 'Azerbaijan Rejects French Presence in Non-European Territories',
        date: '2023-03-02',
        url: 'https://www.telesurenglish.net/news/Azerbaijan-Rejects-French-Presence-in-Non-European-Territories-20230302-0014.html',
      },
      {
        publisher: 'AzerNews',
        title: 'MPs meet Mikael Forrest',
        date: '2023-03-04',
        url: 'https://www.azernews.az/nation/207052.html',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
  {
    id: 'baku-initiative-group-founded',
    start: '2023-07-06',
    title: {
      en: 'Baku Initiative Group (BIG) founded on the sidelines of a NAM meeting',
      fr: 'Création du Groupe d’initiative de Bakou (GIB)',
    },
    summary: {
      en: 'A Baku round table held during a NAM ministerial meeting, with independence activists from French overseas territories, set up BIG to “support the fight against colonialism and neocolonialism”. The day before, Aliyev had accused France of neo-colonialism. BIG calls itself an NGO; Viginum later said it was created at the initiative of the AIR Center, set up by presidential decree.',
      fr: 'Une table ronde organisée à Bakou en marge d’une réunion ministérielle des non-alignés, avec des indépendantistes ultramarins, crée le GIB pour « soutenir la lutte contre le colonialisme et le néocolonialisme ». La veille, Ilham Aliev accusait la France de néocolonialisme. Le GIB se dit ONG ; selon Viginum, il est né à l’initiative de l’AIR Center, créé par décret présidentiel.',
    },
    category: 'influence-network',
    kind: 'fact',
    actors: [
      'baku-initiative-group',
      'abbas-abbasov',
      'air-center',
      'azerbaijani-government',
      'non-aligned-movement',
      'overseas-independence-movements',
      'flnks',
      'tavini-huiraatira',
    ],
    sources: [
      {
        publisher: 'AzerNews',
        title: 'BIG background (founded 6 July 2023)',
        date: '2024-02-27',
        url: 'https://www.azernews.az/nation/222472.html',
      },
      {
        publisher: 'JAMnews',
        title: 'Aliyev speech at NAM ministerial ("France continues a policy of neo-colonialism")',
        date: '2023-07-05',
        url: 'https://jam-news.net/ilham-aliyev-armenian-military-formations-on-the-ground-must-be-disarmed/',
      },
      {
        publisher: 'vie-publique.fr',
        title:
          "Ingérence étrangère : la France ciblée par une campagne numérique lancée depuis l'Azerbaïdjan",
        date: '2024-12',
        url: 'https://www.vie-publique.fr/en-bref/296440-viginum-denonce-une-campagne-numerique-venant-dazerbaidjan',
      },
      {
        publisher: 'Tahiti Infos (AFP)',
        title: "Valls letter story recapping BIG's founding conference attendees",
        date: '2025-04-03',
        url: 'https://www.tahiti-infos.com/Nouvelle-Caledonie-Valls-denonce-de-nouvelles-tentatives-de-destabilisation-venues-d-Azerbaidjan_a229824.html',
      },
    ],
    importance: 3,
    confidence: 'high',
  },
  {
    id: 'boycott-paris-2024-campaign',
    start: '2023-07-26',
    end: '2023-07-27',
    title: {
      en: 'Viginum links a #BoycottParis2024 campaign on X to Azerbaijan',
      fr: 'Campagne #BoycottParis2024 : Viginum relève des liens avec l’Azerbaïdjan',
    },
    summary: {
      en: 'According to Viginum, on 26–27 July 2023 about 91 X accounts, 40 created that month, pushed over 1,600 posts pairing riot images or views of Paris with Olympic logos and #BoycottParis2024. The service says many showed links to Azerbaijan (flags, stated locations, pro-Aliyev content, misspellings such as “Bordo”), pointing to coordinated amplification.',
      fr: 'Selon Viginum, les 26 et 27 juillet 2023, quelque 91 comptes X, dont 40 créés le même mois, diffusent plus de 1 600 messages associant images d’émeutes ou de Paris, logos olympiques et #BoycottParis2024. Le service relève chez beaucoup des liens avec l’Azerbaïdjan (drapeaux, localisations, contenus pro-Aliev, fautes comme « Bordo ») et y voit une amplification coordonnée.',
    },
    category: 'information-warfare',
    kind: 'claim',
    claimedBy: ['viginum'],
    actors: ['viginum', 'azerbaijan-linked-accounts', 'paris-2024-olympics'],
    sources: [
      {
        publisher: 'Yahoo Actualités (Le JDD)',
        title:
          "Paris 2024 : l'Azerbaïdjan a tenté de boycotter les Jeux olympiques dans une campagne de désinformation",
        date: '2023-11',
        url: 'https://fr.news.yahoo.com/paris-2024-l-azerba%C3%AFdjan-tent%C3%A9-080218285.html',
      },
      {
        publisher: 'Francs Jeux',
        title: "Une campagne de désinformation liée à l'Azerbaïdjan",
        date: '2023-11-14',
        url: 'https://www.francsjeux.com/breves/une-campagne-de-desinformation-liee-a-lazerbaidjan/',
      },
      {
        publisher: 'Next',
        title:
          "Viginum documente une campagne de déstabilisation des JO de Paris liée à l'Azerbaïdjan",
        date: '2023-11-15',
        url: 'https://next.ink/brief_article/viginum-documente-une-campagne-de-destabilisation-des-jo-de-paris-liee-a-lazerbaidjan',
      },
    ],
    importance: 3,
    confidence: 'high',
  },
  {
    id: 'azerbaijan-offensive-karabakh-sept-2023',
    start: '2023-09-19',
    end: '2023-09-20',
    title: {
      en: 'Azerbaijan’s lightning offensive retakes Nagorno-Karabakh',
      fr: 'Offensive éclair de l’Azerbaïdjan au Haut-Karabakh',
    },
    summary: {
      en: 'On 19 September 2023 Azerbaijan launched what it called “local anti-terrorist measures” in Nagorno-Karabakh; the next day the Karabakh Armenian authorities accepted a ceasefire and disarmament brokered through Russian peacekeepers. France condemned the offensive “in the strongest terms” and requested an emergency Security Council meeting, held on 21 September.',
      fr: 'Le 19 septembre 2023, l’Azerbaïdjan lance au Haut-Karabakh ce qu’il appelle des « mesures antiterroristes locales » ; dès le lendemain, les autorités arméniennes du territoire acceptent un cessez-le-feu et leur désarmement, négociés via les soldats de la paix russes. La France condamne fermement l’offensive et obtient une réunion d’urgence du Conseil de sécurité, tenue le 21.',
    },
    category: 'military-conflict',
    kind: 'fact',
    actors: [
      'azerbaijan',
      'karabakh-de-facto-authorities',
      'russia',
      'france',
      'un-security-council',
    ],
    sources: [
      {
        publisher: 'Massis Post',
        title: 'UN Security Council to convene meeting on Nagorno-Karabakh on September 21',
        date: '2023-09-19',
        url: 'https://massispost.com/2023/09/un-security-council-to-convene-meeting-on-nagorno-karabakh-on-september-21/',
      },
      {
        publisher: 'Asbarez',
        title: 'France to initiate urgent UN Security Council session…',
        date: '2023-09-19',
        url: 'https://asbarez.com/france-to-initiate-urgent-un-security-council-session-after-azerbaijani-attacks-on-artsakh/',
      },
      {
        publisher: 'Wikipedia (mirror)',
        title: '2023 Azerbaijani offensive in Nagorno-Karabakh',
        url: 'https://en.m.wikipedia.org./wiki/2023_Azerbaijani_offensive_in_Nagorno-Karabakh',
      },
    ],
    importance: 3,
    confidence: 'high',
  },
  {
    id: 'karabakh-armenians-exodus',
    start: '2023-09-24',
    end: '2023-10-03',
    title: {
      en: 'Over 100,000 Karabakh Armenians flee; breakaway republic to dissolve',
      fr: 'Exode de plus de 100 000 Arméniens du Haut-Karabakh',
    },
    summary: {
      en: 'From 24 September almost all of Nagorno-Karabakh’s Armenians, over 100,000 people by 3 October, left for Armenia; on 28 September the de facto president signed a decree dissolving all institutions by 1 January 2024. Armenia accused Azerbaijan of ethnic cleansing and French officials spoke of forced displacement; Baku rejected this and said residents could stay.',
      fr: 'Dès le 24 septembre, la quasi-totalité des Arméniens du Haut-Karabakh, plus de 100 000 personnes au 3 octobre, gagne l’Arménie ; le 28, le président de facto décrète la dissolution des institutions au 1er janvier 2024. Erevan accuse Bakou de nettoyage ethnique, des responsables français parlent de déplacement forcé ; Bakou rejette ces accusations et dit que les habitants pouvaient rester.',
    },
    category: 'military-conflict',
    kind: 'fact',
    actors: ['karabakh-armenians', 'samvel-shahramanyan', 'azerbaijan', 'armenia', 'france'],
    sources: [
      {
        publisher: 'OC Media',
        title: 'Nagorno-Karabakh Republic to dissolve by January 2024',
        date: '2023-09-28',
        url: 'https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/',
      },
      {
        publisher: 'Wikipedia (Kiwix, Jan 2024)',
        title: 'Exodus of Armenians from Nagorno-Karabakh',
        url: 'https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/Exodus_of_Armenians_from_Nagorno-Karabakh',
      },
      {
        publisher: 'TRT Afrika (Reuters/AA)',
        title: 'Baku rejects Colonna\'s "forcibly displaced" claim',
        date: '2023-10-04',
        url: 'https://trtafrika.com/turkey/azerbaijan-president-refuses-to-attend-eu-brokered-meet-over-snub-to-turkiye-15250374',
      },
    ],
    importance: 2,
    confidence: 'high',
  },
];
