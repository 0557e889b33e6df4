/** The places the user ID can be found: app or website, current or older design. */
export const variantIds = ['app-current', 'app-older', 'web-current', 'web-older'] as const;

/** One of those places. */
export type VariantId = (typeof variantIds)[number];

/** Which variant to show: the one holding the URL fragment's target, else the first. */
export function chooseVariant(hash: string, owners: Record<string, VariantId>): VariantId {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, '')).slice(0, 200);
  } catch {
    return variantIds[0];
  }
  return Object.hasOwn(owners, id) ? owners[id]! : variantIds[0];
}

/** The variant for a place and a design. */
export function variantFor(place: 'app' | 'web', design: 'current' | 'older'): VariantId {
  return `${place}-${design}`;
}
