/**
 * A small static file server for the built site (dist/), used by `npm start` and by the browser tests. It serves
 * `dir/index.html` for directory paths, answers 404 with the site's 404 page, and sends the headers from the build's
 * `_headers` file, as a static host would.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeadersFile } from '../src/lib/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  server: Server;
}

/** Resolves a URL path to a file inside root, or null (never outside root). */
export function resolveFile(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(full) ? full : null;
}

export function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const root = resolve(dir);
  // Send the headers the build wrote for static hosts, so local use and the browser tests run under the same CSP.
  const headersPath = join(root, '_headers');
  const siteHeaders = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : {};
  const server = createServer((req, res) => {
    const urlPath = req.url ?? '/';
    // Directory URLs without the trailing slash redirect, as static hosts do.
    const bare = urlPath.split('?')[0]!;
    if (!bare.endsWith('/') && !extname(bare) && existsSync(join(root, bare, 'index.html'))) {
      res.writeHead(301, { Location: `${bare}/` });
      res.end();
      return;
    }
    const file = resolveFile(root, urlPath);
    const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...siteHeaders };
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { ...headers, 'Content-Type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as static hosts do, so that local measurements (Lighthouse, the benchmark) match production.
    if (/^(text\/|application\/(json|xml))/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      ok({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
