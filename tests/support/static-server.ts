/**
 * A small static file server for browser tests: serves a built dist/ under the
 * site's base path, with the right MIME types (Pagefind needs application/wasm)
 * and the 404 page, like a static host would.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(distDir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticSite> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = async (file: string, status = 200) => {
      const body = await readFile(file);
      res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    };
    try {
      if (!url.pathname.startsWith(prefix)) throw new Error('outside base');
      let file = path.join(distDir, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (!file.startsWith(distDir)) throw new Error('outside dist');
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        file = path.join(file, 'index.html');
      }
      await send(file);
    } catch {
      await send(path.join(distDir, '404.html'), 404).catch(() => {
        res.writeHead(404);
        res.end('not found');
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
