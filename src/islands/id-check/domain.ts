// The genuine-domain rule as code: a host is AliExpress's own when it is exactly one of the company's domains
// or ends in a dot and one of them. Pure, so the rule's table of genuine and look-alike addresses tests it.
import { distance } from 'fastest-levenshtein';

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

/** Whether a genuine host is Alibaba Group's (alibaba.com), where sellers have pages too, rather than AliExpress's own. */
export function isAlibabaHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'alibaba.com' || name.endsWith('.alibaba.com');
}

// Letters look-alikes swap in: 1, I and | for l (the brands have no o for a 0 to stand in for). Folding both sides
// the same way makes "a1iexpress" and "aIiexpress" read as "aliexpress" (which folds to "allexpress").
const fold = (text: string) => text.toLowerCase().replace(/[1i|]/g, 'l');

// Typo-squats: a part of the address one or two edits from a brand ("alixpress", "aliexpres", "ali-express").
// The shorter brand allows one edit only, so that ordinary words stay clear of it.
const SQUATTED: [brand: string, edits: number][] = [[fold('aliexpress'), 2], [fold('alibaba'), 1]];

/** Whether a host names AliExpress or Alibaba, spelled right, with look-alike characters or one or two letters off. */
export function namesBrand(host: string): boolean {
  const name = fold(host);
  if (['aliexpress', 'alibaba'].some((brand) => name.includes(fold(brand))) || /^xn--|\.xn--/i.test(host)) return true;
  return name.split(/[.@]/).some((part) => SQUATTED.some(([brand, edits]) => distance(part.replace(/[-_]/g, ''), brand) <= edits));
}
