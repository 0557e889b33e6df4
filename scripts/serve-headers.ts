// Serves dist/ the way Netlify or Cloudflare Pages would: static files plus the headers of dist/_headers, text
// gzip-compressed, so the browser tests can prove the header policy blocks nothing the pages' own policies allow
// and `npm run bench` can time search as readers get it.
// Usage: node scripts/serve-headers.ts [port] [dist]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './lib/headers.ts';

const port = Number(process.argv[2] ?? 4397);
const dist = process.argv[3] ?? 'dist';
const headersPath = join(dist, '_headers');
if (!existsSync(headersPath)) {
  console.error(`No ${headersPath}: run npm run build first.`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(headersPath, 'utf8'));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm',
};

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(dist, path));
  if (!file.startsWith(normalize(dist))) file = join(dist, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = existsSync(file) && statSync(file).isFile();
  const served = found ? file : join(dist, '404.html');
  for (const [name, value] of headersFor(found ? path : '/404.html', rules)) response.setHeader(name, value);
  const type = types[extname(served)] ?? 'application/octet-stream';
  response.setHeader('Content-Type', type);
  let body = readFileSync(served);
  // Text is compressed as every static host does; pagefind's own files and wasm are compressed already.
  if (/^(text\/|application\/(json|xml)|image\/svg)/.test(type)) {
    response.setHeader('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      response.setHeader('Content-Encoding', 'gzip');
    }
  }
  response.writeHead(found ? 200 : 404);
  response.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serve-headers: dist/ with its _headers at http://127.0.0.1:${port}/`));
