// The client's copy of the plan: a clean printable page and a PDF, in the client's language and in
// plain language (selkosuomi for Finnish). Goals, agreed actions (who does what), the next meeting
// and the named worker's contact details — something to reread at home. Printing only: the service
// gathers the PrintData; nothing here reads the database.
import PDFDocument from 'pdfkit';
import { defineMessages, messagesFor, isLang, LANGUAGES, type Lang } from '../../../shared/i18n.js';
import { html, page, type Alternates, type RawHtml } from '../../../server/pages/html.js';
import type { MeetingKind } from '../../../domain/deadlines/index.js';
import type { PlanContent } from '../../../shared/contracts/client-work/plan.js';

export const printText = defineMessages({
  fi: {
    title: 'Asiakassuunnitelma',
    forClient: (name: string) => `Asiakas: ${name}`,
    versionLine: (n: number, date: string) => `Versio ${n}, hyväksytty ${date}`,
    draftLine: (n: number) => `Versio ${n} (luonnos, ei vielä hyväksytty)`,
    reviewLine: (date: string) => `Suunnitelma tarkistetaan viimeistään ${date}.`,
    goals: 'Tavoitteet',
    noGoals: 'Tavoitteita ei ole vielä kirjattu.',
    goalStatus: { open: 'Aloittamatta', 'in-progress': 'Työn alla', reached: 'Saavutettu', dropped: 'Luovuttu' },
    yourView: 'Oma näkemyksesi',
    actions: 'Mitä on sovittu – kuka tekee mitä',
    noActions: 'Sovittuja tehtäviä ei ole kirjattu.',
    owner: { client: 'Sinä', worker: 'Työntekijä', partner: 'Yhteistyötaho', together: 'Yhdessä' },
    by: (date: string) => `viimeistään ${date}`,
    services: 'Palvelut',
    serviceStart: (date: string) => `alkaa ${date}`,
    partners: 'Muut tahot ja niiden vastuut',
    nextMeeting: 'Seuraava tapaaminen',
    noMeeting: 'Seuraavaa tapaamista ei ole vielä sovittu.',
    meetingKind: {
      'face-to-face': 'tapaaminen',
      phone: 'puhelu',
      video: 'videotapaaminen',
      'home-visit': 'kotikäynti',
      'network-meeting': 'verkostotapaaminen',
    },
    frequency: (weeks: number) => `Tapaamme noin ${weeks} viikon välein.`,
    worker: 'Omatyöntekijäsi',
    noWorker: 'Omatyöntekijää ei ole vielä nimetty. Soita toimistoon.',
    phone: 'Puhelin',
    email: 'Sähköposti',
    unit: 'Toimipaikka',
    consents: 'Lupa tietojen vaihtoon',
    consentLine: (partner: string, scope: string, date: string) => `${partner}: ${scope} (annettu ${date})`,
    withdrawn: (date: string) => `peruttu ${date}`,
    help: 'Jos jokin on epäselvää, ota yhteyttä omatyöntekijääsi. Voit pyytää suunnitelmaan muutoksia.',
    printButton: 'Tulosta',
    pdf: 'Lataa PDF',
  },
  sv: {
    title: 'Klientplan',
    forClient: (name: string) => `Klient: ${name}`,
    versionLine: (n: number, date: string) => `Version ${n}, godkänd ${date}`,
    draftLine: (n: number) => `Version ${n} (utkast, inte ännu godkänt)`,
    reviewLine: (date: string) => `Planen ses över senast ${date}.`,
    goals: 'Mål',
    noGoals: 'Inga mål har ännu antecknats.',
    goalStatus: { open: 'Inte påbörjat', 'in-progress': 'Pågår', reached: 'Uppnått', dropped: 'Slopat' },
    yourView: 'Din egen syn',
    actions: 'Vad vi har kommit överens om – vem gör vad',
    noActions: 'Inga uppgifter har antecknats.',
    owner: { client: 'Du', worker: 'Anställd', partner: 'Samarbetspart', together: 'Tillsammans' },
    by: (date: string) => `senast ${date}`,
    services: 'Tjänster',
    serviceStart: (date: string) => `börjar ${date}`,
    partners: 'Andra parter och deras ansvar',
    nextMeeting: 'Nästa möte',
    noMeeting: 'Nästa möte har inte ännu bokats.',
    meetingKind: {
      'face-to-face': 'möte',
      phone: 'telefonsamtal',
      video: 'videomöte',
      'home-visit': 'hembesök',
      'network-meeting': 'nätverksmöte',
    },
    frequency: (weeks: number) => `Vi träffas ungefär var ${weeks}:e vecka.`,
    worker: 'Din egen kontaktperson',
    noWorker: 'Ingen egen kontaktperson har ännu utsetts. Ring byrån.',
    phone: 'Telefon',
    email: 'E-post',
    unit: 'Verksamhetsställe',
    consents: 'Samtycke till informationsutbyte',
    consentLine: (partner: string, scope: string, date: string) => `${partner}: ${scope} (givet ${date})`,
    withdrawn: (date: string) => `återkallat ${date}`,
    help: 'Om något är oklart, kontakta din kontaktperson. Du kan be om ändringar i planen.',
    printButton: 'Skriv ut',
    pdf: 'Ladda ner PDF',
  },
  en: {
    title: 'Client plan',
    forClient: (name: string) => `Client: ${name}`,
    versionLine: (n: number, date: string) => `Version ${n}, accepted ${date}`,
    draftLine: (n: number) => `Version ${n} (draft, not yet accepted)`,
    reviewLine: (date: string) => `The plan will be reviewed by ${date} at the latest.`,
    goals: 'Goals',
    noGoals: 'No goals have been written down yet.',
    goalStatus: { open: 'Not started', 'in-progress': 'In progress', reached: 'Reached', dropped: 'Dropped' },
    yourView: 'Your own view',
    actions: 'What we agreed – who does what',
    noActions: 'No agreed actions have been written down.',
    owner: { client: 'You', worker: 'Worker', partner: 'Partner', together: 'Together' },
    by: (date: string) => `by ${date}`,
    services: 'Services',
    serviceStart: (date: string) => `starts ${date}`,
    partners: 'Other partners and what they do',
    nextMeeting: 'Next meeting',
    noMeeting: 'The next meeting has not been booked yet.',
    meetingKind: {
      'face-to-face': 'meeting',
      phone: 'phone call',
      video: 'video meeting',
      'home-visit': 'home visit',
      'network-meeting': 'network meeting',
    },
    frequency: (weeks: number) => `We meet about every ${weeks} weeks.`,
    worker: 'Your named worker',
    noWorker: 'No named worker has been assigned yet. Please call the office.',
    phone: 'Phone',
    email: 'Email',
    unit: 'Office',
    consents: 'Permission to share information',
    consentLine: (partner: string, scope: string, date: string) => `${partner}: ${scope} (given ${date})`,
    withdrawn: (date: string) => `withdrawn ${date}`,
    help: 'If something is unclear, contact your named worker. You can ask for changes to the plan.',
    printButton: 'Print',
    pdf: 'Download PDF',
  },
  selko: {
    title: 'Sinun suunnitelmasi',
    forClient: (name: string) => `Nimi: ${name}`,
    versionLine: (n: number, date: string) => `Teimme tämän suunnitelman yhdessä ${date}. (Versio ${n})`,
    reviewLine: (date: string) => `Katsomme suunnitelman uudelleen viimeistään ${date}.`,
    goals: 'Mitä tavoittelet',
    noGoals: 'Tavoitteita ei ole vielä kirjoitettu.',
    goalStatus: {
      open: 'Ei vielä aloitettu',
      'in-progress': 'Teemme tätä nyt',
      reached: 'Onnistui',
      dropped: 'Tästä luovuttiin',
    },
    yourView: 'Mitä sinä ajattelet',
    actions: 'Mitä sovimme. Kuka tekee mitä.',
    services: 'Palvelut, joita saat',
    partners: 'Muut, jotka auttavat sinua',
    noMeeting: 'Seuraavaa tapaamista ei ole vielä sovittu.',
    frequency: (weeks: number) => `Tapaamme noin ${weeks} viikon välein.`,
    worker: 'Sinun työntekijäsi',
    noWorker: 'Sinulla ei ole vielä omaa työntekijää. Soita toimistoon.',
    consents: 'Saamme puhua asioistasi näiden kanssa',
    help: 'Jos et ymmärrä jotain, kysy työntekijältäsi. Voit pyytää muutoksia suunnitelmaan.',
  },
});

export interface PrintData {
  clientName: string;
  lang: Lang;
  plain: boolean;
  version: { number: number; status: string; acceptedOn: string | null; reviewDate: string; content: PlanContent };
  worker: { name: string; phone: string | null; email: string | null; unitName: string } | null;
  nextMeeting: { date: string; time: string | null; kind: MeetingKind; location: string | null } | null;
}

/** Finnish date format d.m.yyyy in every language (as on Finnish official letters). */
export function fiDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** The client's preferred language when it is one we write in, else the fallback. */
export function clientLang(preferred: string, fallback: Lang): Lang {
  return isLang(preferred) ? preferred : fallback;
}

/** The plan as sections of plain text, shared by the HTML and the PDF so both say the same. */
export function planSections(d: PrintData) {
  const t = messagesFor(printText, d.lang, d.plain);
  const c = d.version.content;
  const meeting = d.nextMeeting
    ? [
        `${fiDate(d.nextMeeting.date)}${d.nextMeeting.time ? ` ${d.nextMeeting.time}` : ''}, ${t.meetingKind[d.nextMeeting.kind]}${d.nextMeeting.location ? `, ${d.nextMeeting.location}` : ''}`,
      ]
    : [t.noMeeting];
  if (c.meetingFrequency.intervalWeeks) meeting.push(t.frequency(c.meetingFrequency.intervalWeeks));
  const sections: { title: string; items: { head: string; lines: string[] }[]; empty?: string }[] = [
    {
      title: t.goals,
      empty: t.noGoals,
      items: c.goals
        .filter((g) => g.status !== 'dropped')
        .map((g) => ({
          head: g.title,
          lines: [t.goalStatus[g.status], ...(g.clientView ? [`${t.yourView}: ${g.clientView}`] : [])],
        })),
    },
    {
      title: t.actions,
      empty: t.noActions,
      items: c.agreedActions.map((a) => ({
        head: a.action,
        lines: [
          `${t.owner[a.owner]}${a.ownerName ? ` (${a.ownerName})` : ''}${a.due ? `, ${t.by(fiDate(a.due))}` : ''}`,
        ],
      })),
    },
  ];
  if (c.essentialServices.length)
    sections.push({
      title: t.services,
      items: c.essentialServices.map((s) => ({
        head: s.service,
        lines: [[s.startDate ? t.serviceStart(fiDate(s.startDate)) : '', s.duration].filter(Boolean).join(', ')].filter(
          Boolean,
        ),
      })),
    });
  if (c.partners.length)
    sections.push({
      title: t.partners,
      items: c.partners.map((p) => ({ head: p.name, lines: [p.responsibility, p.contact].filter(Boolean) })),
    });
  sections.push({ title: t.nextMeeting, items: [{ head: '', lines: meeting }] });
  sections.push({
    title: t.worker,
    items: [
      d.worker
        ? {
            head: d.worker.name,
            lines: [
              `${t.unit}: ${d.worker.unitName}`,
              ...(d.worker.phone ? [`${t.phone}: ${d.worker.phone}`] : []),
              ...(d.worker.email ? [`${t.email}: ${d.worker.email}`] : []),
            ],
          }
        : { head: '', lines: [t.noWorker] },
    ],
  });
  if (c.consents.length)
    sections.push({
      title: t.consents,
      items: c.consents.map((k) => ({
        head: '',
        lines: [
          t.consentLine(k.partnerName, k.scope, fiDate(k.givenOn)) +
            (k.withdrawnOn ? ` – ${t.withdrawn(fiDate(k.withdrawnOn))}` : ''),
        ],
      })),
    });
  const header = [
    t.forClient(d.clientName),
    d.version.acceptedOn
      ? t.versionLine(d.version.number, fiDate(d.version.acceptedOn))
      : t.draftLine(d.version.number),
    t.reviewLine(fiDate(d.version.reviewDate)),
  ];
  return { t, header, sections };
}

/** The printable page body (used inside `page()`). */
export function planHtml(d: PrintData, links: { pdf?: string } = {}): RawHtml {
  const { t, header, sections } = planSections(d);
  return html`<article class="plan-print" data-qa="plan-copy">
<h1>${t.title}</h1>
${header.map((l) => html`<p>${l}</p>`)}
<p class="no-print">${links.pdf ? html`<a class="button secondary" href="${links.pdf}">${t.pdf}</a>` : ''}</p>
${sections.map(
  (s) => html`<section><h2>${s.title}</h2>
${s.items.length === 0 ? html`<p>${s.empty ?? ''}</p>` : html`<ul>${s.items.map((i) => html`<li>${i.head ? html`<strong>${i.head}</strong>` : ''}${i.lines.map((l, n) => html`${i.head || n > 0 ? html`<br>` : ''}${l}`)}</li>`)}</ul>`}
</section>`,
)}
<p>${t.help}</p>
</article>`;
}

/**
 * The whole printable page at `path` (UUIDs only in the URL; language and plain language as
 * options), with the PDF link and the same page in the other languages.
 */
export function printPage(d: PrintData, path: string): string {
  const plain = d.plain ? '1' : '0';
  const at = (base: string, lang: Lang) => `${base}?lang=${lang}&plain=${plain}`;
  const alternates = Object.fromEntries(LANGUAGES.map((l) => [l, at(path, l)])) as Alternates;
  return page({
    lang: d.lang,
    title: 'Osallinen',
    alternates,
    body: planHtml(d, { pdf: at(path.replace(/\/print$/, '/pdf'), d.lang) }),
    noStore: true,
  });
}

export function planPdf(d: PrintData): Promise<Buffer> {
  const { t, header, sections } = planSections(d);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: t.title, Producer: 'Osallinen' },
      lang: d.lang,
      displayTitle: true,
    } as PDFKit.PDFDocumentOptions);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(22).text(t.title);
    doc.moveDown(0.5).font('Helvetica').fontSize(12);
    for (const l of header) doc.text(l);
    for (const s of sections) {
      doc.moveDown(1).font('Helvetica-Bold').fontSize(15).text(s.title);
      doc.moveDown(0.3).fontSize(12);
      if (s.items.length === 0) doc.font('Helvetica').text(s.empty ?? '');
      for (const i of s.items) {
        if (i.head) doc.font('Helvetica-Bold').text(`• ${i.head}`);
        doc.font('Helvetica');
        for (const l of i.lines) doc.text(i.head ? `   ${l}` : l);
        doc.moveDown(0.3);
      }
    }
    doc.moveDown(1).font('Helvetica').fontSize(12).text(t.help);
    doc.end();
  });
}
