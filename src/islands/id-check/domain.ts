// The genuine-domain rule as code: a host is AliExpress's own when it is exactly one of the company's domains
// or ends in a dot and one of them. Pure, so the rule's table of genuine and look-alike addresses tests it.

/** The domains the rule names, in the order the rule names them. */
export const genuineDomains = ['aliexpress.com', 'aliexpress.ru', 'alibaba.com'] as const;

/** The host of a pasted address ("https://login.aliexpress.com/x", "aliexpress.com.safe-login.net"), or undefined. */
export function hostOf(address: string): string | undefined {
  const text = address.trim();
  if (text === '' || /\s/.test(text)) return undefined;
  try {
    // Without a scheme the URL parser reads no host; "user@host" and "host:port" are its business, not ours.
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.hostname.replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Whether a host passes the rule: exactly a genuine domain, or a dot right before one. */
export function isGenuineHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return genuineDomains.some((domain) => name === domain || name.endsWith(`.${domain}`));
}
