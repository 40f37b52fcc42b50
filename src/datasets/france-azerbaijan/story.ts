import type { TimelineStory } from '../../model/story.js';

/** A guided reading of the dataset, step by step, for `TimelineStory` and `NewsTimeline`. */
export const franceAzerbaijanStory: TimelineStory = {
  id: 'france-azerbaijan-strain',
  title: {
    en: 'How relations between Paris and Baku soured, from Karabakh to New Caledonia',
    fr: 'Comment les relations entre Paris et Bakou se sont dégradées, du Karabakh à la Nouvelle-Calédonie',
  },
  steps: [
    {
      eventId: 'denigration-campaigns-from-2022',
      narration: {
        en: 'According to Le Monde, Azerbaijan’s denigration campaigns against France began in 2022, as Paris sided with Armenia. The French government’s own count of documented manoeuvres starts in January 2023.',
        fr: 'Selon Le Monde, les campagnes de dénigrement de l’Azerbaïdjan contre la France commencent en 2022, quand Paris prend le parti de l’Arménie. Le décompte officiel français des manœuvres documentées débute, lui, en janvier 2023.',
      },
    },
    {
      eventId: 'lachin-corridor-blockade',
      narration: {
        en: 'From December 2022, the only road linking Nagorno-Karabakh to Armenia is blocked by Azerbaijanis presenting themselves as environmental activists, cutting off some 120,000 Armenians.',
        fr: 'Dès décembre 2022, la seule route reliant le Haut-Karabakh à l’Arménie est bloquée par des Azerbaïdjanais se présentant comme des militants écologistes, isolant quelque 120 000 Arméniens.',
      },
    },
    {
      eventId: 'azerbaijan-offensive-karabakh-sept-2023',
      narration: {
        en: 'In September 2023 Azerbaijan launches what it calls “local anti-terrorist measures”; within a day the Karabakh authorities agree to disarm. France condemns the offensive and takes it to the UN Security Council.',
        fr: 'En septembre 2023, l’Azerbaïdjan lance ce qu’il appelle des « mesures antiterroristes locales » ; dès le lendemain, les autorités du Karabakh acceptent de désarmer. La France condamne l’offensive et saisit le Conseil de sécurité.',
      },
    },
    {
      eventId: 'karabakh-armenians-exodus',
      narration: {
        en: 'More than 100,000 Armenians leave Nagorno-Karabakh. Armenia speaks of ethnic cleansing, French officials of forced displacement; Baku rejects both charges.',
        fr: 'Plus de 100 000 Arméniens quittent le Haut-Karabakh. Erevan parle de nettoyage ethnique, des responsables français de déplacement forcé ; Bakou rejette ces accusations.',
      },
    },
    {
      eventId: 'baku-initiative-group-founded',
      narration: {
        en: 'In July 2023 the Baku Initiative Group is founded to “support the fight against colonialism and neocolonialism”, with activists from French overseas territories in the room. BIG calls itself an NGO; Viginum ties it to a think tank created by presidential decree.',
        fr: 'En juillet 2023 naît le Groupe d’initiative de Bakou, pour « soutenir la lutte contre le colonialisme et le néocolonialisme », en présence d’indépendantistes ultramarins. Le GIB se dit ONG ; Viginum le rattache à un think tank créé par décret présidentiel.',
      },
    },
    {
      eventId: 'big-neocolonialism-conference-baku',
      narration: {
        en: 'In October 2023 BIG brings movements from New Caledonia, French Polynesia, the Caribbean territories, French Guiana and Corsica to Baku, where Aliyev’s message names France as the foremost colonial power.',
        fr: 'En octobre 2023, le GIB réunit à Bakou des mouvements de Nouvelle-Calédonie, de Polynésie, des Antilles, de Guyane et de Corse ; le message d’Ilham Aliev désigne la France comme la première puissance coloniale.',
      },
    },
    {
      eventId: 'big-istanbul-conference-feb-2024',
      narration: {
        en: 'In Istanbul in February 2024, a New Caledonian delegation joins BIG’s “Decolonization” conference; BIG says the Kanak delegates condemned the planned enlargement of the electorate.',
        fr: 'À Istanbul, en février 2024, une délégation calédonienne participe à la conférence du GIB sur la « décolonisation » ; selon le GIB, les délégués kanak y condamnent le projet d’élargissement du corps électoral.',
      },
    },
    {
      eventId: 'nc-congress-azerbaijan-memorandum',
      narration: {
        en: 'On 18 April 2024, a pro-independence Congress member signs in Baku, on behalf of Congress president Roch Wamytan, a cooperation memorandum with Azerbaijan’s parliament.',
        fr: 'Le 18 avril 2024, une élue indépendantiste signe à Bakou, « au nom de » Roch Wamytan, président du Congrès, un mémorandum de coopération avec le Parlement azerbaïdjanais.',
      },
    },
    {
      eventId: 'memorandum-outcry-noumea',
      narration: {
        en: 'In Nouméa, non-independence parties denounce a trip and an agreement made without a mandate; Calédonie ensemble calls it “une honte absolue” and the prosecutor is alerted.',
        fr: 'À Nouméa, les non-indépendantistes dénoncent un voyage et un accord sans mandat ; Calédonie ensemble parle d’« une honte absolue » et le parquet est saisi.',
      },
    },
    {
      eventId: 'darmanin-azerbaijan-not-a-fantasy',
      narration: {
        en: 'On 16 May 2024, as riots shake New Caledonia, Interior and Overseas Minister Gérald Darmanin says Azerbaijan’s involvement is “not a fantasy” but a reality, without presenting evidence on air.',
        fr: 'Le 16 mai 2024, alors que la Nouvelle-Calédonie est en proie aux émeutes, le ministre de l’Intérieur et des Outre-mer, Gérald Darmanin, affirme que l’ingérence azerbaïdjanaise n’est « pas un fantasme » mais « une réalité », sans présenter de preuves à l’antenne.',
      },
    },
    {
      eventId: 'baku-rejects-darmanin-accusation',
      narration: {
        en: 'The same day Baku “completely” rejects the accusations, denies any link with New Caledonian independence leaders and denounces a “smear campaign”.',
        fr: 'Le jour même, Bakou rejette « complètement » ces accusations, nie tout lien avec les dirigeants indépendantistes calédoniens et dénonce une « campagne de dénigrement ».',
      },
    },
  ],
};
