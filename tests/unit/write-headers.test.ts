// scripts/write-headers.ts on a small built site: the header policy must allow what every page allows,
// the 404 page included, whose inline code may be its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const page = (policy: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;

/** Runs the script on a folder holding the given files, and returns its exit code, its output and the _headers it wrote. */
function writeHeaders(files: Record<string, string>): { status: number | null; output: string; headers: string } {
  const dist = mkdtempSync(join(tmpdir(), 'write-headers-'));
  try {
    for (const [path, html] of Object.entries(files)) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), html);
    }
    const run = spawnSync(process.execPath, ['scripts/write-headers.ts', dist], { encoding: 'utf8' });
    let headers = '';
    try {
      headers = readFileSync(join(dist, '_headers'), 'utf8');
    } catch {
      // No file written: the caller checks the exit code and the message.
    }
    return { status: run.status, output: run.stdout + run.stderr, headers };
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

test('the header policy holds every page’s hashes, the 404 page’s too, and the strict directives', () => {
  const { status, output, headers } = writeHeaders({
    'index.html': page("default-src 'self'; script-src 'self' 'sha256-root'"),
    'en/faq/index.html': page("default-src 'self'; script-src 'self' 'sha256-faq'; style-src 'self' 'sha256-style'"),
    '404.html': page("default-src 'self'; script-src 'self' 'sha256-only-on-404'"),
  });
  assert.equal(status, 0, output);
  assert.match(output, /covers 3 pages/);
  const csp = /Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
  for (const source of ["'sha256-root'", "'sha256-faq'", "'sha256-style'", "'sha256-only-on-404'", "frame-ancestors 'none'"]) assert.ok(csp.includes(source), `${source} missing from ${csp}`);
});

test('a build whose pages carry no policy fails with the reason, and writes nothing', () => {
  const { status, output, headers } = writeHeaders({ 'index.html': '<!doctype html><title>x</title>' });
  assert.equal(status, 1);
  assert.match(output, /No page in .* carries a Content-Security-Policy: is security.csp still on in astro.config.mjs\?/);
  assert.equal(headers, '');
});
