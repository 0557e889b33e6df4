/** Directives of a CSP string, by name (`script-src` → its sources). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

/** One policy allowing everything each page's own policy allows: the union of all their sources, directive by directive. */
export function unionCsp(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` file for static hosts: the site-wide CSP plus the headers a meta tag cannot set; `tagged` are files always asked for with the build's tag (`?ts=`), so they may be cached like pagefind's. */
export function headersFile(csp: string, tagged: readonly string[] = []): string {
  const common = [
    `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  Cross-Origin-Opener-Policy: same-origin',
  ];
  return [
    '# Written by `npm run build` (scripts/write-headers.ts) from the policies Astro put in each page.',
    '/*',
    ...common,
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '/pagefind/*',
    '  Cache-Control: public, max-age=3600',
    '',
    ...tagged.flatMap((path) => [path, '  Cache-Control: public, max-age=3600', '']),
  ].join('\n');
}

/** One block of a `_headers` file: a path pattern (`/*`, `/_astro/*`) and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file (Netlify and Cloudflare Pages format): unindented lines are paths, indented lines `Name: value`. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: trimmed, headers: [] });
    else {
      const at = line.indexOf(':');
      if (at !== -1 && rules.length) rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a static host sends for a path: every matching rule's, in file order (`*` matches any rest of the path). */
export function headersFor(path: string, rules: readonly HeaderRule[]): [string, string][] {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}
