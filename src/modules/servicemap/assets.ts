// The public pages' own styles and script (the map beside the list) and Leaflet, served as files.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { registerWithAction } from '../../server/access/plugin.js';
import type { App } from '../../server/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const STYLES = ['/servicemap-static/servicemap.css'];
export const MAP_STYLES = ['/servicemap-leaflet/leaflet.css', ...STYLES];
export const MAP_SCRIPTS = ['/servicemap-static/map.js'];

export default async function servicemapAssets(app: App) {
  await registerWithAction(app, 'publicAsset.read', async (assets) => {
    await assets.register(fastifyStatic, {
      root: path.join(here, 'static'),
      prefix: '/servicemap-static/',
      decorateReply: false,
      maxAge: '1h',
    });
    await assets.register(fastifyStatic, {
      root: path.join(path.dirname(require.resolve('leaflet/package.json')), 'dist'),
      prefix: '/servicemap-leaflet/',
      decorateReply: false,
      maxAge: '1d',
    });
  });
}
