// Serves the built web apps (npm run build:web → dist/web): the employee app with the login page at
// `/` and `/app/*`, the client portal at `/oma/*`. Client-side routes fall back to their index.html.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './types.js';
import { registerWithAction } from './access/plugin.js';

export default async function webRoutes(app: App) {
  const root = app.config.webDir;
  if (!existsSync(path.join(root, 'index.html'))) {
    app.get('/', { config: { action: 'publicPage.read' }, schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .status(503)
        .send(
          '<!doctype html><html lang="fi"><meta charset="utf-8"><title>Osallinen</title>' +
            '<p>Käyttöliittymää ei ole käännetty. Aja <code>npm run build:web</code> tai <code>npm start</code>.</p>' +
            '<p lang="en">The web app has not been built. Run <code>npm run build:web</code> or <code>npm start</code>.</p></html>',
        ),
    );
    return;
  }
  // The static files' own routes are public assets; the app's entry pages below name their action.
  await registerWithAction(app, 'publicAsset.read', async (web) => {
    await web.register(fastifyStatic, {
      root,
      prefix: '/',
      // A wildcard route (not one route per file) so a rebuilt dist/web is served without a restart.
      wildcard: true,
      index: false,
      decorateReply: true,
      // Hashed asset names never change; index.html must always be fresh.
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    const sendIndex = (file: string) => async (_req: unknown, reply: import('fastify').FastifyReply) =>
      reply.header('cache-control', 'no-cache').sendFile(file);
    const opts = { config: { action: 'publicPage.read' as const }, schema: { hide: true } };
    web.get('/', opts, sendIndex('index.html'));
    web.get('/app', opts, sendIndex('index.html'));
    web.get('/app/*', opts, sendIndex('index.html'));
    web.get('/oma', opts, sendIndex('oma/index.html'));
    web.get('/oma/*', opts, sendIndex('oma/index.html'));
  });
}
