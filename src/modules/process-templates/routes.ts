import type { App } from '../../server/types.js';
export default async function routes(_app: App) {}
