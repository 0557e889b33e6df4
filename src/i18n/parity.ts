/** Dotted paths of every string in a locale object (`home.situations.blocked`). */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix ? [prefix] : [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

// Plural forms differ by language (Russian has few and many, English not), so they count as one key.
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/** Keys the base locale has and the other lacks (`missing`), and keys only the other has (`extra`); plural forms count as one. */
export function compareKeys(base: unknown, other: unknown): { missing: string[]; extra: string[] } {
  const baseKeys = new Set(keyPaths(base).map(pluralBase));
  const otherKeys = new Set(keyPaths(other).map(pluralBase));
  return {
    missing: [...baseKeys].filter((key) => !otherKeys.has(key)),
    extra: [...otherKeys].filter((key) => !baseKeys.has(key)),
  };
}

/** Dotted paths whose value is not a non-empty string. */
export function emptyKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return typeof value === 'string' && value.trim() !== '' ? [] : [prefix];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => emptyKeys(inner, prefix ? `${prefix}.${key}` : key));
}
