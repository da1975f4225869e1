// Public server-rendered pages of the foundation, and the static files they use.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { App } from '../types.js';
import { registerWithAction } from '../access/plugin.js';
import type { Lang } from '../../shared/i18n.js';
import { accessibilityText } from './accessibility.js';
import { ACCESSIBILITY_PATHS, html, page } from './html.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export default async function pageRoutes(app: App) {
  await registerWithAction(app, 'publicAsset.read', async (assets) => {
    await assets.register(fastifyStatic, {
      root: path.join(here, 'static'),
      prefix: '/public/',
      decorateReply: false,
      maxAge: '1h',
    });
    await assets.register(fastifyStatic, {
      root: path.join(path.dirname(require.resolve('@fontsource/source-sans-pro/package.json')), 'files'),
      prefix: '/public/fonts/',
      decorateReply: false,
      maxAge: '30d',
      immutable: true,
    });
  });

  for (const lang of ['fi', 'sv', 'en'] as Lang[]) {
    app.get(
      ACCESSIBILITY_PATHS[lang],
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (_request, reply) => {
        const t = accessibilityText[lang];
        const body = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<h2>${t.statusTitle}</h2>
<p>${t.status}</p>
<h2>${t.knownTitle}</h2>
<ul>${t.known.map((k) => html`<li>${k}</li>`)}</ul>
<h2>${t.feedbackTitle}</h2>
<p>${t.feedback}</p>
<h2>${t.authorityTitle}</h2>
<p>${t.authority}</p>
<p>${t.updated}</p>`;
        reply.type('text/html; charset=utf-8');
        return page({ lang, title: t.title, alternates: ACCESSIBILITY_PATHS, body });
      },
    );
  }
}
