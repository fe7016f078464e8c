/** `npm start` serves the built site on http://localhost:4321/ (after `npm run build`). */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site: run `npm run build` first (npm start does this for you).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer('dist', port, '127.0.0.1');
console.log(`Serving the site at ${url}/  (Ctrl+C to stop)`);
