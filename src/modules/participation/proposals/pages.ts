// The public "what we did" page: proposals and what was done with them, filtered by theme and
// status, in fi/sv/en and plain Finnish. Plain HTML that works without JavaScript; no personal data.
import type { App } from '../../../server/types.js';
import { LANGUAGES, messagesFor, type Lang } from '../../../shared/i18n.js';
import { html, page } from '../../../server/pages/html.js';
import { PROPOSAL_STATUSES, WHAT_WE_DID_PATHS, type ProposalStatus } from '../../../shared/participation/proposals.js';
import type { PublicProposal } from '../../../shared/contracts/participation/proposals.js';
import { PROPOSAL_THEMES, SOURCE_LABELS, STATUS_LABELS, THEME_LABELS, whatWeDidText } from './messages.js';
import { publicProposals } from './queries.js';

export function renderWhatWeDid(
  lang: Lang,
  plain: boolean,
  rows: PublicProposal[],
  themeSel: string,
  statusSel: string,
): string {
  const t = messagesFor(whatWeDidText, lang, plain);
  const option = (value: string, label: string, selected: string) =>
    html`<option value="${value}"${selected === value ? html` selected` : ''}>${label}</option>`;
  const body = html`
<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="get" action="${WHAT_WE_DID_PATHS[lang]}" class="filters" data-qa="filters">
  <fieldset>
    <legend>${t.filters}</legend>
    <label for="aihe">${t.theme}</label>
    <select id="aihe" name="aihe" data-qa="filter-theme">${option('', t.all, themeSel)}${PROPOSAL_THEMES.map((k) => option(k, THEME_LABELS[k][lang], themeSel))}</select>
    <label for="tila">${t.status}</label>
    <select id="tila" name="tila" data-qa="filter-status">${option('', t.all, statusSel)}${PROPOSAL_STATUSES.map((k) => option(k, STATUS_LABELS[k][lang], statusSel))}</select>
    <button type="submit" data-qa="filter-apply">${t.apply}</button>
  </fieldset>
</form>
<p role="status">${t.count(rows.length)}</p>
${rows.length === 0 ? html`<p>${t.none}</p>` : ''}
<ul class="proposals" style="list-style:none;padding:0">
${rows.map(
  (r) => html`<li style="border-top:1px solid var(--line);padding:.75rem 0" data-qa="public-proposal">
  <h2 style="margin-top:0">${r.title}</h2>
  <p><strong>${t.status}:</strong> ${STATUS_LABELS[r.status][lang]}${r.statusChangedOn ? html` (${t.updated} ${r.statusChangedOn})` : ''}<br>
  <strong>${t.theme}:</strong> ${THEME_LABELS[r.theme as keyof typeof THEME_LABELS]?.[lang] ?? r.theme}<br>
  <strong>${t.from}:</strong> ${SOURCE_LABELS[r.source][lang]} · ${r.unitName} · ${t.received} ${r.receivedOn}</p>
  ${r.publicResponse ? html`<p><strong>${t.response}:</strong> ${r.publicResponse}</p>` : ''}
  ${r.status === 'rejected' && r.rejectionReason ? html`<p><strong>${t.reason}:</strong> ${r.rejectionReason}</p>` : ''}
</li>`,
)}
</ul>`;
  const qs = new URLSearchParams({
    ...(themeSel ? { aihe: themeSel } : {}),
    ...(statusSel ? { tila: statusSel } : {}),
  }).toString();
  const alt = (p: string) => (qs ? `${p}?${qs}` : p);
  return page({
    lang,
    title: t.title,
    alternates: { fi: alt(WHAT_WE_DID_PATHS.fi), sv: alt(WHAT_WE_DID_PATHS.sv), en: alt(WHAT_WE_DID_PATHS.en) },
    body,
  });
}

/** The page in each language; unknown filter values are ignored rather than refused. */
export async function whatWeDidRoutes(app: App) {
  for (const lang of LANGUAGES) {
    app.get(
      WHAT_WE_DID_PATHS[lang],
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (request, reply) => {
        const q = request.query as Record<string, unknown>;
        const themeSel =
          typeof q.aihe === 'string' && (PROPOSAL_THEMES as readonly string[]).includes(q.aihe) ? q.aihe : '';
        const statusSel =
          typeof q.tila === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(q.tila)
            ? (q.tila as ProposalStatus)
            : '';
        const plain = lang === 'fi' && q.selko === '1';
        const rows = await publicProposals(app.db, { theme: themeSel || undefined, status: statusSel || undefined });
        reply.type('text/html; charset=utf-8');
        return renderWhatWeDid(lang, plain, rows, themeSel, statusSel);
      },
    );
  }
}
