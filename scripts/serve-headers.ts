// Serves dist/ the way Netlify or Cloudflare Pages would: static files plus the headers of dist/_headers,
// so the browser tests can prove the header policy blocks nothing the pages' own policies allow.
// Usage: node scripts/serve-headers.ts [port] [dist]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
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
  response.setHeader('Content-Type', types[extname(served)] ?? 'application/octet-stream');
  response.writeHead(found ? 200 : 404);
  response.end(readFileSync(served));
}).listen(port, '127.0.0.1', () => console.log(`serve-headers: dist/ with its _headers at http://127.0.0.1:${port}/`));
