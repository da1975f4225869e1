// What a survey asks: sections of items, each text in Finnish, Swedish and English (plain Finnish
// optional). Kept as one JSON document per survey; validated here on every save.
import { z } from 'zod';

export const localizedText = z.object({
  fi: z.string().trim().min(1).max(1000),
  sv: z.string().trim().min(1).max(1000),
  en: z.string().trim().min(1).max(1000),
  selko: z.string().trim().max(1000).optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

const option = z.object({ value: z.string().regex(/^[a-z0-9_-]{1,40}$/), label: localizedText });
const key = z.string().regex(/^[a-z0-9_]{1,40}$/);

export const itemSchema = z.discriminatedUnion('kind', [
  /** 1–5: `agree` = completely disagree … completely agree; `grade` = very poor … very good. */
  z.object({
    kind: z.literal('rating'),
    key,
    text: localizedText,
    scale: z.enum(['agree', 'grade']).default('agree'),
    required: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('single'),
    key,
    text: localizedText,
    options: z.array(option).min(2).max(20),
    background: z.boolean().default(false),
    required: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('multiple'),
    key,
    text: localizedText,
    options: z.array(option).min(2).max(20),
    required: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('year'),
    key,
    text: localizedText,
    background: z.boolean().default(true),
    required: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('text'), key, text: localizedText, required: z.boolean().default(false) }),
]);
export type SurveyItem = z.infer<typeof itemSchema>;

export const definitionSchema = z
  .object({
    sections: z
      .array(
        z.object({ key, title: localizedText, intro: localizedText.optional(), items: z.array(itemSchema).max(60) }),
      )
      .min(1)
      .max(20),
    /** Ends the form with the optional "I would like to take part in development work" block. */
    contactBlock: z.boolean().default(false),
  })
  .refine(
    (d) =>
      new Set(d.sections.flatMap((s) => s.items.map((i) => i.key))).size === d.sections.flatMap((s) => s.items).length,
    {
      message: JSON.stringify({
        fi: 'Kysymysten tunnisteiden on oltava yksilöllisiä.',
        sv: 'Frågornas nycklar måste vara unika.',
        en: 'Item keys must be unique.',
      }),
    },
  );
export type SurveyDefinition = z.infer<typeof definitionSchema>;

export function allItems(def: SurveyDefinition): SurveyItem[] {
  return def.sections.flatMap((s) => s.items);
}

export const AGREE_LABELS: LocalizedText[] = [
  { fi: 'Täysin eri mieltä', sv: 'Helt av annan åsikt', en: 'Completely disagree' },
  { fi: 'Osittain eri mieltä', sv: 'Delvis av annan åsikt', en: 'Partly disagree' },
  { fi: 'Ei samaa eikä eri mieltä', sv: 'Varken av samma eller annan åsikt', en: 'Neither agree nor disagree' },
  { fi: 'Osittain samaa mieltä', sv: 'Delvis av samma åsikt', en: 'Partly agree' },
  { fi: 'Täysin samaa mieltä', sv: 'Helt av samma åsikt', en: 'Completely agree' },
];
export const GRADE_LABELS: LocalizedText[] = [
  { fi: 'Erittäin huono', sv: 'Mycket dålig', en: 'Very poor' },
  { fi: 'Huono', sv: 'Dålig', en: 'Poor' },
  { fi: 'Kohtalainen', sv: 'Nöjaktig', en: 'Fair' },
  { fi: 'Hyvä', sv: 'Bra', en: 'Good' },
  { fi: 'Erittäin hyvä', sv: 'Mycket bra', en: 'Very good' },
];

const L = (fi: string, sv: string, en: string, selko?: string): LocalizedText => ({
  fi,
  sv,
  en,
  ...(selko ? { selko } : {}),
});
const rating = (k: string, text: LocalizedText): SurveyItem => ({
  kind: 'rating',
  key: k,
  text,
  scale: 'agree',
  required: false,
});

/**
 * The annual client-satisfaction model survey ("Asiakastyytyväisyyskyselyn mallilomake", Ideakirja
 * 2015): background, eleven agree-scale items in four groups, an overall rating and free text.
 * The model form asks the time as a client as free text ("1 v 2 kk"); here it is a choice of bands
 * so results can be broken down by it without identifying anyone.
 */
export function clientSatisfactionTemplate(): {
  title: LocalizedText;
  intro: LocalizedText;
  definition: SurveyDefinition;
} {
  return {
    title: L('Asiakastyytyväisyyskysely', 'Klientnöjdhetsenkät', 'Client satisfaction survey', 'Kysely asiakkaille'),
    intro: L(
      'Miten olet kokenut aikuissosiaalityön palvelut? Valitse sopivin vaihtoehto. Vastaat nimettömänä.',
      'Hur har du upplevt socialt arbete för vuxna? Välj det alternativ som passar bäst. Du svarar anonymt.',
      'How have you experienced adult social work services? Choose the most suitable option. You answer anonymously.',
      'Millaista palvelu on ollut? Valitse sopivin vaihtoehto. Älä kirjoita nimeäsi.',
    ),
    definition: {
      contactBlock: true,
      sections: [
        {
          key: 'background',
          title: L('Taustatiedot', 'Bakgrundsuppgifter', 'Background'),
          items: [
            {
              kind: 'single',
              key: 'gender',
              text: L('Sukupuoli', 'Kön', 'Gender'),
              background: true,
              required: false,
              options: [
                { value: 'woman', label: L('Nainen', 'Kvinna', 'Woman') },
                { value: 'man', label: L('Mies', 'Man', 'Man') },
                {
                  value: 'other',
                  label: L('Muu tai en halua sanoa', 'Annat eller vill inte säga', 'Other or prefer not to say'),
                },
              ],
            },
            {
              kind: 'year',
              key: 'birth_year',
              text: L('Syntymävuosi (esim. 1973)', 'Födelseår (t.ex. 1973)', 'Year of birth (e.g. 1973)'),
              background: true,
              required: false,
            },
            {
              kind: 'single',
              key: 'client_time',
              text: L(
                'Kuinka kauan olet ollut sosiaalityön asiakkaana?',
                'Hur länge har du varit klient inom socialt arbete?',
                'How long have you been a social work client?',
              ),
              background: true,
              required: false,
              options: [
                { value: 'under1', label: L('Alle vuoden', 'Under ett år', 'Less than a year') },
                { value: '1to3', label: L('1–3 vuotta', '1–3 år', '1–3 years') },
                { value: 'over3', label: L('Yli 3 vuotta', 'Över 3 år', 'Over 3 years') },
              ],
            },
          ],
        },
        {
          key: 'accessibility',
          title: L('Palveluiden saavutettavuus', 'Tjänsternas tillgänglighet', 'Access to services'),
          items: [
            rating(
              'q1',
              L(
                'Aukioloajat ovat riittävät ja minulle sopivat.',
                'Öppettiderna är tillräckliga och passar mig.',
                'Opening hours are sufficient and suit me.',
                'Aukioloajat sopivat minulle.',
              ),
            ),
            rating(
              'q2',
              L(
                'Työntekijä on helposti tavoitettavissa.',
                'Arbetstagaren är lätt att nå.',
                'The worker is easy to reach.',
                'Saan työntekijän helposti kiinni.',
              ),
            ),
            rating(
              'q3',
              L(
                'Sain vastaanottoajan riittävän nopeasti.',
                'Jag fick en mottagningstid tillräckligt snabbt.',
                'I got an appointment quickly enough.',
                'Sain ajan tarpeeksi nopeasti.',
              ),
            ),
          ],
        },
        {
          key: 'encounter',
          title: L('Kohtaaminen ja vuorovaikutus', 'Bemötande och växelverkan', 'Encounter and interaction'),
          items: [
            rating(
              'q4',
              L(
                'Olen saanut asiallista kohtelua.',
                'Jag har blivit sakligt bemött.',
                'I have been treated properly.',
                'Minua on kohdeltu hyvin.',
              ),
            ),
            rating(
              'q5',
              L(
                'Koen, että olen tullut kuulluksi.',
                'Jag upplever att jag har blivit hörd.',
                'I feel I have been heard.',
                'Minua on kuunneltu.',
              ),
            ),
          ],
        },
        {
          key: 'quality',
          title: L('Palvelun laatu ja vaikuttavuus', 'Tjänstens kvalitet och resultat', 'Quality and effectiveness'),
          items: [
            rating(
              'q6',
              L(
                'Olen saanut riittävästi tietoa ja neuvontaa.',
                'Jag har fått tillräckligt med information och rådgivning.',
                'I have received enough information and advice.',
                'Olen saanut tarpeeksi tietoa ja neuvoja.',
              ),
            ),
            rating(
              'q7',
              L(
                'Työntekijä esitti asiat ymmärrettävällä tavalla.',
                'Arbetstagaren förklarade saker på ett begripligt sätt.',
                'The worker explained things understandably.',
                'Ymmärsin, mitä työntekijä sanoi.',
              ),
            ),
            rating(
              'q8',
              L(
                'Saamani palvelu on ollut asiantuntevaa.',
                'Tjänsten jag fått har varit sakkunnig.',
                'The service I received has been competent.',
                'Työntekijä osasi asiansa.',
              ),
            ),
            rating(
              'q9',
              L(
                'Olen saanut apua tilanteeseeni.',
                'Jag har fått hjälp i min situation.',
                'I have received help for my situation.',
                'Sain apua.',
              ),
            ),
            rating(
              'q10',
              L(
                'Työntekijällä oli riittävästi aikaa paneutua asiani käsittelyyn.',
                'Arbetstagaren hade tillräckligt med tid för mitt ärende.',
                'The worker had enough time to go into my matter.',
                'Työntekijällä oli tarpeeksi aikaa minulle.',
              ),
            ),
          ],
        },
        {
          key: 'participation',
          title: L('Asiakkaiden osallisuus', 'Klienternas delaktighet', 'Client participation'),
          items: [
            rating(
              'q11',
              L(
                'Mielipiteeni otetaan huomioon minua tai perhettäni koskevissa asioissa.',
                'Min åsikt beaktas i frågor som gäller mig eller min familj.',
                'My opinion is taken into account in matters concerning me or my family.',
                'Mielipiteeni otetaan huomioon.',
              ),
            ),
          ],
        },
        {
          key: 'overall',
          title: L('Yleisarvio', 'Allmän uppfattning', 'Overall rating'),
          items: [
            {
              kind: 'rating',
              key: 'q12',
              text: L(
                'Yleisarvio palvelusta',
                'Allmän uppfattning om tjänsten',
                'Overall rating of the service',
                'Millainen palvelu oli kaiken kaikkiaan?',
              ),
              scale: 'grade',
              required: false,
            },
          ],
        },
        {
          key: 'free',
          title: L('Vapaa palaute', 'Fritt formulerad respons', 'Free feedback'),
          items: [
            {
              kind: 'text',
              key: 'free_text',
              text: L(
                'Vapaa sana tai terveisiä työntekijöille',
                'Fritt ord eller hälsningar till arbetstagarna',
                'Free comments or greetings to the workers',
                'Mitä muuta haluat sanoa?',
              ),
              required: false,
            },
          ],
        },
      ],
    },
  };
}
